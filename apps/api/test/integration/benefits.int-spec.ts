import type { BenefitDto } from '@regiokracht/shared';
import type request from 'supertest';
import { sqlOne } from '../../src/database/sql';
import { buildPartner, insertOrganisation } from '../builders/delivery.builder';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = InstanceType<typeof request.agent>;

describe('benefits', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let own: { id: string; name: string };
  let competitor: { id: string };
  let other: { organisationId: string; benefitId: string };

  const base = () => `/api/coalitions/${cid}/benefits`;
  const benefit = (over: Record<string, unknown> = {}) => ({
    organisationId: own.id,
    kind: 'hire',
    quantity: 2,
    receivedOn: '2025-03-15',
    note: 'Twee monteurs aangenomen',
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}): Promise<BenefitDto> =>
    (await member.post(base()).send(benefit(over)).expect(201)).body;

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await buildCoalitionWithStaff(t.db);
    cid = staff.coalition.id;
    own = await insertOrganisation(t.db, cid, { name: 'Installatiebedrijf Noord' });
    competitor = await insertOrganisation(t.db, cid);
    const partnerUser = await buildPartner(t.db, cid, own.id);
    const b = await buildCoalitionWithStaff(t.db);
    const bOrg = await insertOrganisation(t.db, b.coalition.id);
    const bBenefit = await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO benefit (coalition_id, organisation_id, kind, received_on) VALUES ($1, $2, 'hire', '2025-01-01') RETURNING id`,
      [b.coalition.id, bOrg.id],
    );
    other = { organisationId: bOrg.id, benefitId: bBenefit!.id };
    coordinator = await t.login(staff.coordinator.email);
    member = await t.login(staff.member.email);
    viewer = await t.login(staff.viewer.email);
    partner = await t.login(partnerUser.email);
  });
  afterAll(() => t.close());

  it('creates, reads, lists, updates and soft-deletes a benefit, auditing each step', async () => {
    const created = await create();
    expect(created).toMatchObject({
      organisationId: own.id,
      organisationName: 'Installatiebedrijf Noord',
      kind: 'hire',
      quantity: 2,
      receivedOn: '2025-03-15',
      note: 'Twee monteurs aangenomen',
      version: 1,
    });
    expect((await viewer.get(`${base()}/${created.id}`).expect(200)).body).toEqual(created);
    const list = await viewer.get(base()).query({ q: 'monteurs' }).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [created] });

    const patched = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, kind: 'apprentice', note: null })
      .expect(200);
    expect(patched.body).toMatchObject({ kind: 'apprentice', note: null, version: 2 });
    const stale = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, quantity: 3 })
      .expect(409);
    expect(stale.body.currentVersion).toBe(2);

    await member.delete(`${base()}/${created.id}`).expect(204);
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
      ['benefit', 'create'],
      ['benefit', 'update'],
      ['benefit', 'delete'],
    ]);
    expect(events[1].changes).toEqual({
      kind: { before: 'hire', after: 'apprentice' },
      note: { before: 'Twee monteurs aangenomen', after: null },
    });
    expect(events[2].changes.kind).toEqual({ before: 'apprentice', after: null });
  });

  it('defaults the quantity to 1', async () => {
    const { quantity: _q, ...rest } = benefit();
    const res = await member.post(base()).send(rest).expect(201);
    expect(res.body.quantity).toBe(1);
  });

  it('filters by organisation, kind and period', async () => {
    const a = await create({ kind: 'training', receivedOn: '2032-01-10', note: 'flt' });
    const b = await create({
      organisationId: competitor.id,
      kind: 'subsidy',
      receivedOn: '2032-04-10',
      note: 'flt',
    });
    const c = await create({ kind: 'intern_placed', receivedOn: '2032-08-10', note: 'flt' });
    const ids = async (query: Record<string, string>) =>
      (
        (
          await member
            .get(base())
            .query({ q: 'flt', ...query })
            .expect(200)
        ).body.items as BenefitDto[]
      ).map((x) => x.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ sort: 'receivedOn' })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ organisationId: competitor.id })).toEqual([b.id]);
    expect(await ids({ kind: 'training,intern_placed', sort: 'receivedOn' })).toEqual([a.id, c.id]);
    expect(await ids({ from: '2032-02-01', to: '2032-04-10' })).toEqual([b.id]);
    const bad = await member.get(base()).query({ kind: 'gift' }).expect(400);
    expect(bad.body.details[0].field).toBe('kind');
  });

  it.each([
    ['quantity', { quantity: 0 }],
    ['kind', { kind: 'gift' }],
    ['receivedOn', { receivedOn: 'yesterday' }],
    ['receivedOn', { receivedOn: undefined }],
    ['organisationId', { organisationId: undefined }],
    ['value', { value: 100 }],
  ])('refuses an invalid %s with 400', async (field, over) => {
    const res = await member.post(base()).send(benefit(over)).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('keeps coalitions apart', async () => {
    await member.get(`${base()}/${other.benefitId}`).expect(404);
    await member
      .patch(`${base()}/${other.benefitId}`)
      .send({ version: 1, quantity: 2 })
      .expect(404);
    await member.delete(`${base()}/${other.benefitId}`).expect(404);
    const res = await member
      .post(base())
      .send(benefit({ organisationId: other.organisationId }))
      .expect(400);
    expect(res.body.details[0].field).toBe('organisationId');
    const c = await create();
    const patch = await member
      .patch(`${base()}/${c.id}`)
      .send({ version: 1, organisationId: other.organisationId })
      .expect(400);
    expect(patch.body.details[0].field).toBe('organisationId');
  });

  it('refuses viewers and partners every mutation', async () => {
    const c = await create();
    for (const agent of [viewer, partner]) {
      await agent.post(base()).send(benefit()).expect(403);
      await agent.patch(`${base()}/${c.id}`).send({ version: 1, quantity: 5 }).expect(403);
      await agent.delete(`${base()}/${c.id}`).expect(403);
    }
  });

  it('shows a partner only its own organisation’s benefits', async () => {
    const mine = await create({ note: 'scope' });
    const theirs = await create({ organisationId: competitor.id, note: 'scope' });
    const list = await partner.get(base()).query({ q: 'scope' }).expect(200);
    expect(list.body.items.map((x: BenefitDto) => x.id)).toEqual([mine.id]);
    await partner.get(`${base()}/${mine.id}`).expect(200);
    await partner.get(`${base()}/${theirs.id}`).expect(404);
  });
});
