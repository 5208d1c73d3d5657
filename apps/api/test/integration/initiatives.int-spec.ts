import type { InitiativeDto } from '@regiokracht/shared';
import type request from 'supertest';
import { sqlOne } from '../../src/database/sql';
import { buildPartner, insertOrganisation, insertPerson } from '../builders/delivery.builder';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = InstanceType<typeof request.agent>;

describe('initiatives', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let orgs: { id: string }[];
  let lead: { id: string; name: string };
  let other: { organisationId: string; personId: string; initiativeId: string };

  const base = () => `/api/coalitions/${cid}/initiatives`;
  const create = async (over: Record<string, unknown> = {}): Promise<InitiativeDto> =>
    (
      await member
        .post(base())
        .send({ name: 'Hybride docent', ...over })
        .expect(201)
    ).body;
  const sorted = (ids: string[]) => [...ids].sort();

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await buildCoalitionWithStaff(t.db);
    cid = staff.coalition.id;
    orgs = [
      await insertOrganisation(t.db, cid),
      await insertOrganisation(t.db, cid),
      await insertOrganisation(t.db, cid),
    ];
    lead = await insertPerson(t.db, cid, { name: 'Fatima El Amrani' });
    const partnerUser = await buildPartner(t.db, cid, orgs[0].id);
    const b = await buildCoalitionWithStaff(t.db);
    const bOrg = await insertOrganisation(t.db, b.coalition.id);
    const bPerson = await insertPerson(t.db, b.coalition.id);
    const bInitiative = await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO initiative (coalition_id, name) VALUES ($1, 'Elders') RETURNING id`,
      [b.coalition.id],
    );
    other = { organisationId: bOrg.id, personId: bPerson.id, initiativeId: bInitiative!.id };
    coordinator = await t.login(staff.coordinator.email);
    member = await t.login(staff.member.email);
    viewer = await t.login(staff.viewer.email);
    partner = await t.login(partnerUser.email);
  });
  afterAll(() => t.close());

  it('creates, reads, lists, updates and soft-deletes an initiative, auditing each step', async () => {
    const created = await create({
      theme: 'fossil → sustainable',
      description: 'Docenten uit het bedrijfsleven',
      phase: 'pilot',
      leadId: lead.id,
      organisationIds: [orgs[1].id, orgs[0].id],
    });
    expect(created).toMatchObject({
      name: 'Hybride docent',
      theme: 'fossil → sustainable',
      description: 'Docenten uit het bedrijfsleven',
      phase: 'pilot',
      leadId: lead.id,
      leadName: 'Fatima El Amrani',
      organisationIds: sorted([orgs[0].id, orgs[1].id]),
      version: 1,
    });
    expect((await viewer.get(`${base()}/${created.id}`).expect(200)).body).toEqual(created);
    expect((await viewer.get(base()).query({ q: 'bedrijfsleven' }).expect(200)).body).toMatchObject(
      {
        total: 1,
        items: [created],
      },
    );

    const patched = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, phase: 'scaling', organisationIds: [orgs[2].id] })
      .expect(200);
    expect(patched.body).toMatchObject({
      phase: 'scaling',
      organisationIds: [orgs[2].id],
      version: 2,
    });
    const kept = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 2, name: 'Hybride docent 2.0' })
      .expect(200);
    expect(kept.body.organisationIds).toEqual([orgs[2].id]);
    const stale = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, organisationIds: [] })
      .expect(409);
    expect(stale.body.currentVersion).toBe(3);
    expect((await member.get(`${base()}/${created.id}`).expect(200)).body.organisationIds).toEqual([
      orgs[2].id,
    ]);

    await member.delete(`${base()}/${created.id}`).expect(403);
    await coordinator.delete(`${base()}/${created.id}`).expect(204);
    await member.get(`${base()}/${created.id}`).expect(404);

    const events = (
      await coordinator
        .get(`/api/coalitions/${cid}/audit-events`)
        .query({ entityId: created.id, sort: 'at' })
        .expect(200)
    ).body.items;
    expect(
      events.map((e: { entityType: string; action: string }) => [e.entityType, e.action]),
    ).toEqual([
      ['initiative', 'create'],
      ['initiative', 'update'],
      ['initiative', 'update'],
      ['initiative', 'delete'],
    ]);
    expect(events[1].changes).toEqual({
      phase: { before: 'pilot', after: 'scaling' },
      organisationIds: { before: sorted([orgs[0].id, orgs[1].id]), after: [orgs[2].id] },
    });
    expect(events[3].changes.name).toEqual({ before: 'Hybride docent 2.0', after: null });
  });

  it('filters by phase, lead and organisation', async () => {
    const a = await create({ name: 'flt A', phase: 'idea', organisationIds: [orgs[0].id] });
    const b = await create({
      name: 'flt B',
      phase: 'embedded',
      leadId: lead.id,
      organisationIds: [orgs[0].id, orgs[1].id],
    });
    const c = await create({ name: 'flt C', phase: 'stopped' });
    const ids = async (query: Record<string, string>) =>
      (
        (
          await member
            .get(base())
            .query({ q: 'flt', ...query })
            .expect(200)
        ).body.items as InitiativeDto[]
      ).map((x) => x.id);
    expect(await ids({})).toEqual([a.id, b.id, c.id]);
    expect(await ids({ sort: '-phase' })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ phase: 'idea,stopped' })).toEqual([a.id, c.id]);
    expect(await ids({ leadId: lead.id })).toEqual([b.id]);
    expect(await ids({ organisationId: orgs[1].id })).toEqual([b.id]);
    expect(await ids({ organisationId: orgs[0].id })).toEqual([a.id, b.id]);
    const bad = await member.get(base()).query({ phase: 'dreaming' }).expect(400);
    expect(bad.body.details[0].field).toBe('phase');
  });

  it.each([
    ['name', { name: '' }],
    ['phase', { phase: 'dreaming' }],
    ['leadId', { leadId: 'someone' }],
    ['organisationIds', { organisationIds: 'all' }],
    ['organisationIds', { organisationIds: ['not-a-uuid'] }],
    ['budget', { budget: 1000 }],
  ])('refuses an invalid %s with 400', async (field, over) => {
    const res = await member
      .post(base())
      .send({ name: 'X', ...over })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses an organisation listed twice', async () => {
    const res = await member
      .post(base())
      .send({ name: 'X', organisationIds: [orgs[0].id, orgs[0].id] })
      .expect(400);
    expect(res.body.details[0].field).toBe('organisationIds');
  });

  it('keeps coalitions apart', async () => {
    await member.get(`${base()}/${other.initiativeId}`).expect(404);
    await member
      .patch(`${base()}/${other.initiativeId}`)
      .send({ version: 1, name: 'X' })
      .expect(404);
    await coordinator.delete(`${base()}/${other.initiativeId}`).expect(404);
    const lead = await member.post(base()).send({ name: 'X', leadId: other.personId }).expect(400);
    expect(lead.body.details[0].field).toBe('leadId');
    const orgsRes = await member
      .post(base())
      .send({ name: 'X', organisationIds: [orgs[0].id, other.organisationId] })
      .expect(400);
    expect(orgsRes.body.details[0].field).toBe('organisationIds');
    const c = await create();
    const patch = await member
      .patch(`${base()}/${c.id}`)
      .send({ version: 1, organisationIds: [other.organisationId] })
      .expect(400);
    expect(patch.body.details[0].field).toBe('organisationIds');
    expect((await member.get(`${base()}/${c.id}`).expect(200)).body.version).toBe(1);
  });

  it('refuses viewers every mutation and partners every access', async () => {
    const c = await create({ organisationIds: [orgs[0].id] });
    await viewer.post(base()).send({ name: 'X' }).expect(403);
    await viewer.patch(`${base()}/${c.id}`).send({ version: 1, name: 'Y' }).expect(403);
    await viewer.delete(`${base()}/${c.id}`).expect(403);
    await partner.get(base()).expect(403);
    await partner.get(`${base()}/${c.id}`).expect(403);
    await partner.post(base()).send({ name: 'X' }).expect(403);
  });

  it('aggregates the organisations of a whole page', async () => {
    const many = [];
    for (let i = 0; i < 3; i++)
      many.push(
        await create({ name: `agg ${i}`, organisationIds: orgs.slice(0, i + 1).map((o) => o.id) }),
      );
    const res = await member.get(base()).query({ q: 'agg', sort: 'name' }).expect(200);
    expect(res.body.items.map((x: InitiativeDto) => x.organisationIds.length)).toEqual([1, 2, 3]);
  });
});
