import type { CommitmentDto, ContributionDto } from '@regiokracht/shared';
import type request from 'supertest';
import { sqlOne } from '../../src/database/sql';
import {
  buildPartner,
  countQueries,
  insertInitiative,
  insertOrganisation,
  insertPerson,
} from '../builders/delivery.builder';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = InstanceType<typeof request.agent>;

describe('commitments and contributions', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let own: { id: string; name: string };
  let competitor: { id: string; name: string };
  let contact: { id: string };
  let initiative: { id: string };
  let other: {
    cid: string;
    organisationId: string;
    personId: string;
    initiativeId: string;
    commitmentId: string;
  };

  const base = () => `/api/coalitions/${cid}/commitments`;
  const pledge = (over: Record<string, unknown> = {}) => ({
    organisationId: own.id,
    kind: 'internships',
    quantity: 10,
    unit: 'places',
    unitValueEur: 25.5,
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}): Promise<CommitmentDto> =>
    (await member.post(base()).send(pledge(over)).expect(201)).body;
  const audit = async (entityId: string) =>
    (
      await coordinator
        .get(`/api/coalitions/${cid}/audit-events`)
        .query({ entityId, sort: 'at' })
        .expect(200)
    ).body.items as {
      action: string;
      entityType: string;
      changes: Record<string, { before: unknown; after: unknown }>;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    cid = staff.coalition.id;
    own = await insertOrganisation(t.db, cid, { name: 'Havenbedrijf' });
    competitor = await insertOrganisation(t.db, cid, { name: 'Scheepswerf' });
    contact = await insertPerson(t.db, cid, { organisationId: own.id, name: 'Anna de Vries' });
    initiative = await insertInitiative(t.db, cid);
    const partnerUser = await buildPartner(t.db, cid, own.id);

    const b = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    const bOrg = await insertOrganisation(t.db, b.coalition.id);
    const bPerson = await insertPerson(t.db, b.coalition.id, { organisationId: bOrg.id });
    const bInitiative = await insertInitiative(t.db, b.coalition.id);
    const bCommitment = await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO commitment (coalition_id, organisation_id, kind, quantity, unit)
       VALUES ($1, $2, 'funding', 1000, 'eur') RETURNING id`,
      [b.coalition.id, bOrg.id],
    );
    other = {
      cid: b.coalition.id,
      organisationId: bOrg.id,
      personId: bPerson.id,
      initiativeId: bInitiative.id,
      commitmentId: bCommitment!.id,
    };

    coordinator = await t.login(staff.coordinator.email);
    member = await t.login(staff.member.email);
    viewer = await t.login(staff.viewer.email);
    partner = await t.login(partnerUser.email);
  });
  afterAll(() => t.close());

  describe('commitments', () => {
    it('creates, reads, lists, updates and soft-deletes a commitment', async () => {
      const created = await create({
        contactId: contact.id,
        initiativeId: initiative.id,
        description: 'Stageplaatsen BBL',
      });
      expect(created).toMatchObject({
        organisationId: own.id,
        organisationName: 'Havenbedrijf',
        contactId: contact.id,
        contactName: 'Anna de Vries',
        kind: 'internships',
        description: 'Stageplaatsen BBL',
        quantity: 10,
        unit: 'places',
        unitValueEur: 25.5,
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        status: 'pledged',
        initiativeId: initiative.id,
        deliveredQuantity: 0,
        pledgedValueEur: 255,
        deliveredValueEur: 0,
        version: 1,
      });
      expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);

      const read = await member.get(`${base()}/${created.id}`).expect(200);
      expect(read.body).toEqual(created);

      const list = await viewer.get(base()).query({ q: 'BBL' }).expect(200);
      expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
      expect(list.body.items[0]).toEqual(created);

      const patched = await member
        .patch(`${base()}/${created.id}`)
        .send({ version: 1, quantity: 12, status: 'active', contactId: null })
        .expect(200);
      expect(patched.body).toMatchObject({
        quantity: 12,
        status: 'active',
        contactId: null,
        contactName: null,
        version: 2,
        pledgedValueEur: 306,
      });

      await coordinator.delete(`${base()}/${created.id}`).expect(204);
      await member.get(`${base()}/${created.id}`).expect(404);
      const after = await member.get(base()).query({ q: 'BBL' }).expect(200);
      expect(after.body.total).toBe(0);
      await coordinator.delete(`${base()}/${created.id}`).expect(404);
    });

    it('filters and sorts the list', async () => {
      const a = await create({
        kind: 'guest_lectures',
        unit: 'sessions',
        quantity: 3,
        startsOn: '2031-02-01',
        endsOn: null,
        description: 'filter-test',
      });
      const b = await create({
        organisationId: competitor.id,
        kind: 'equipment',
        unit: 'items',
        quantity: 7,
        startsOn: '2031-05-01',
        endsOn: null,
        status: 'proposed',
        initiativeId: initiative.id,
        description: 'filter-test',
      });
      const c = await create({
        kind: 'staff_hours',
        unit: 'hours',
        quantity: 40,
        startsOn: '2031-09-01',
        endsOn: null,
        contactId: contact.id,
        description: 'filter-test',
      });
      const ids = async (query: Record<string, string>) =>
        (
          (
            await member
              .get(base())
              .query({ q: 'filter-test', ...query })
              .expect(200)
          ).body.items as CommitmentDto[]
        ).map((x) => x.id);

      expect(await ids({ sort: 'startsOn' })).toEqual([a.id, b.id, c.id]);
      expect(await ids({ sort: '-quantity' })).toEqual([c.id, b.id, a.id]);
      expect(await ids({ organisationId: competitor.id })).toEqual([b.id]);
      expect(await ids({ contactId: contact.id })).toEqual([c.id]);
      expect(await ids({ initiativeId: initiative.id })).toEqual([b.id]);
      expect(await ids({ kind: 'equipment,staff_hours', sort: 'startsOn' })).toEqual([b.id, c.id]);
      expect(await ids({ status: 'proposed' })).toEqual([b.id]);
      expect(await ids({ from: '2031-03-01', to: '2031-06-30' })).toEqual([b.id]);
      expect(await ids({ from: '2031-05-01', sort: 'startsOn' })).toEqual([b.id, c.id]);

      const paged = await member
        .get(base())
        .query({ q: 'filter-test', sort: 'startsOn', page: 2, pageSize: 2 })
        .expect(200);
      expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(paged.body.items.map((x: CommitmentDto) => x.id)).toEqual([c.id]);

      const badSort = await member.get(base()).query({ sort: 'nope' }).expect(400);
      expect(badSort.body.details[0].field).toBe('sort');
      const badKind = await member.get(base()).query({ kind: 'internships,nope' }).expect(400);
      expect(badKind.body.details[0].field).toBe('kind');
      const badDate = await member.get(base()).query({ from: '2031-02-30' }).expect(400);
      expect(badDate.body.details[0].field).toBe('from');
    });

    it.each([
      ['endsOn', { startsOn: '2025-06-01', endsOn: '2025-05-31' }],
      ['quantity', { quantity: 0 }],
      ['quantity', { quantity: -3 }],
      ['quantity', { quantity: 1.234 }],
      ['unitValueEur', { unitValueEur: -0.01 }],
      ['kind', { kind: 'bribes' }],
      ['unit', { unit: 'tons' }],
      ['status', { status: 'maybe' }],
      ['startsOn', { startsOn: '2025-02-30' }],
      ['organisationId', { organisationId: 'not-a-uuid' }],
      ['nonsense', { nonsense: true }],
    ])('refuses an invalid %s on create with 400', async (field, over) => {
      const res = await member.post(base()).send(pledge(over)).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('refuses a missing required field', async () => {
      const { quantity: _q, ...rest } = pledge();
      const res = await member.post(base()).send(rest).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('quantity');
    });

    it('checks the period against the stored dates on update, and refuses null for required fields', async () => {
      const c = await create({ startsOn: '2025-03-01', endsOn: '2025-06-30' });
      const res = await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, endsOn: '2025-02-28' })
        .expect(400);
      expect(res.body.details).toEqual([
        { field: 'endsOn', message: 'must be on or after startsOn' },
      ]);
      const nullKind = await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, kind: null })
        .expect(400);
      expect(nullKind.body.details[0].field).toBe('kind');
      const noVersion = await member.patch(`${base()}/${c.id}`).send({ quantity: 2 }).expect(400);
      expect(noVersion.body.details[0].field).toBe('version');
      const unknown = await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, deliveredQuantity: 5 })
        .expect(400);
      expect(unknown.body.details[0]).toEqual({
        field: 'deliveredQuantity',
        message: 'is not a known field',
      });
      // Clearing the start lifts the rule.
      await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, startsOn: null, endsOn: '2025-02-28' })
        .expect(200);
    });

    it('answers 409 with the current version on a stale update', async () => {
      const c = await create();
      await member.patch(`${base()}/${c.id}`).send({ version: 1, quantity: 11 }).expect(200);
      const res = await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, quantity: 12 })
        .expect(409);
      expect(res.body.currentVersion).toBe(2);
    });

    it('keeps coalitions apart: ids of another coalition are 404 in the path and 400 in the body', async () => {
      await member.get(`${base()}/${other.commitmentId}`).expect(404);
      await member
        .patch(`${base()}/${other.commitmentId}`)
        .send({ version: 1, quantity: 2 })
        .expect(404);
      await coordinator.delete(`${base()}/${other.commitmentId}`).expect(404);
      await member.get(`${base()}/${other.commitmentId}/contributions`).expect(404);
      await member
        .post(`${base()}/${other.commitmentId}/contributions`)
        .send({ deliveredOn: '2025-01-01', quantity: 1 })
        .expect(404);
      await member.get(`${base()}/not-a-uuid`).expect(404);
      for (const [field, value] of [
        ['organisationId', other.organisationId],
        ['contactId', other.personId],
        ['initiativeId', other.initiativeId],
      ]) {
        const res = await member
          .post(base())
          .send(pledge({ [field]: value }))
          .expect(400);
        expect(res.body.details).toEqual([
          { field, message: expect.stringContaining('of this coalition') },
        ]);
      }
      const c = await create();
      const res = await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, organisationId: other.organisationId })
        .expect(400);
      expect(res.body.details[0].field).toBe('organisationId');
      // And coalition B's members do not see coalition A at all.
      await member.get(`/api/coalitions/${other.cid}/commitments`).expect(404);
    });

    it('lets viewers read but not write, and only coordinators delete', async () => {
      const c = await create();
      await viewer.get(`${base()}/${c.id}`).expect(200);
      await viewer.post(base()).send(pledge()).expect(403);
      await viewer.patch(`${base()}/${c.id}`).send({ version: 1, quantity: 2 }).expect(403);
      await viewer.delete(`${base()}/${c.id}`).expect(403);
      await member.delete(`${base()}/${c.id}`).expect(403);
      await partner.delete(`${base()}/${c.id}`).expect(403);
    });

    it('scopes partners to their own organisation', async () => {
      const mine = await create({ description: 'partner-scope' });
      const theirs = await create({ organisationId: competitor.id, description: 'partner-scope' });
      const list = await partner.get(base()).query({ q: 'partner-scope' }).expect(200);
      expect(list.body.items.map((x: CommitmentDto) => x.id)).toEqual([mine.id]);
      const all = await partner.get(base()).query({ pageSize: 200 }).expect(200);
      expect(all.body.items.every((x: CommitmentDto) => x.organisationId === own.id)).toBe(true);
      // Filtering on the competitor does not widen the scope.
      const filtered = await partner
        .get(base())
        .query({ organisationId: competitor.id })
        .expect(200);
      expect(filtered.body.total).toBe(0);
      await partner.get(`${base()}/${mine.id}`).expect(200);
      await partner.get(`${base()}/${theirs.id}`).expect(404);
      await partner.get(`${base()}/${theirs.id}/contributions`).expect(404);
      await partner.post(base()).send(pledge()).expect(403);
      await partner.patch(`${base()}/${mine.id}`).send({ version: 1, quantity: 99 }).expect(403);
    });
  });

  describe('contributions', () => {
    const contributions = (commitmentId: string) => `${base()}/${commitmentId}/contributions`;

    it('records deliveries, sums them on the commitment, updates and hard-deletes them', async () => {
      const c = await create({ quantity: 10, unitValueEur: 25.5 });
      const first = await member
        .post(contributions(c.id))
        .send({ deliveredOn: '2025-02-01', quantity: 3, note: 'Eerste lichting' })
        .expect(201);
      expect(first.body).toMatchObject({
        commitmentId: c.id,
        deliveredOn: '2025-02-01',
        quantity: 3,
        valueEur: 76.5,
        note: 'Eerste lichting',
        reportedByPartner: false,
        version: 1,
      });
      expect(first.body.reportedByUserId).toEqual(expect.any(String));
      await member
        .post(contributions(c.id))
        .send({ deliveredOn: '2025-03-01', quantity: 1.5 })
        .expect(201);

      const commitment = await member.get(`${base()}/${c.id}`).expect(200);
      expect(commitment.body).toMatchObject({
        deliveredQuantity: 4.5,
        deliveredValueEur: 114.75,
        pledgedValueEur: 255,
      });

      const list = await viewer.get(contributions(c.id)).expect(200);
      expect(list.body.total).toBe(2);
      expect(list.body.items.map((x: ContributionDto) => x.deliveredOn)).toEqual([
        '2025-03-01',
        '2025-02-01',
      ]);
      const one = await viewer.get(`${contributions(c.id)}/${first.body.id}`).expect(200);
      expect(one.body).toEqual(first.body);

      const patched = await member
        .patch(`${contributions(c.id)}/${first.body.id}`)
        .send({ version: 1, quantity: 4, note: null })
        .expect(200);
      expect(patched.body).toMatchObject({ quantity: 4, note: null, version: 2, valueEur: 102 });
      const stale = await member
        .patch(`${contributions(c.id)}/${first.body.id}`)
        .send({ version: 1, quantity: 5 })
        .expect(409);
      expect(stale.body.currentVersion).toBe(2);

      await member.delete(`${contributions(c.id)}/${first.body.id}`).expect(204);
      await member.get(`${contributions(c.id)}/${first.body.id}`).expect(404);
      const gone = await sqlOne(t.db.manager, 'SELECT 1 FROM contribution WHERE id = $1', [
        first.body.id,
      ]);
      expect(gone).toBeUndefined();
      const afterDelete = await member.get(`${base()}/${c.id}`).expect(200);
      expect(afterDelete.body.deliveredQuantity).toBe(1.5);
    });

    it.each([
      ['quantity', { deliveredOn: '2025-01-01', quantity: 0 }],
      ['quantity', { deliveredOn: '2025-01-01' }],
      ['deliveredOn', { quantity: 1 }],
      ['deliveredOn', { deliveredOn: '2025-13-01', quantity: 1 }],
      ['deliveredOn', { deliveredOn: '2025-01-01T10:00:00Z', quantity: 1 }],
      ['reportedByPartner', { deliveredOn: '2025-01-01', quantity: 1, reportedByPartner: true }],
    ])('refuses an invalid %s with 400', async (field, body) => {
      const c = await create();
      const res = await member.post(contributions(c.id)).send(body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it.each(['proposed', 'withdrawn'])(
      'refuses a contribution on a %s commitment with 409',
      async (status) => {
        const c = await create({ status });
        const res = await member
          .post(contributions(c.id))
          .send({ deliveredOn: '2025-01-01', quantity: 1 })
          .expect(409);
        expect(res.body.message).toContain(status);
        const count = await sqlOne<{ n: string }>(
          t.db.manager,
          'SELECT count(*) AS n FROM contribution WHERE commitment_id = $1',
          [c.id],
        );
        expect(Number(count!.n)).toBe(0);
      },
    );

    it('lets a partner report on its own commitments only', async () => {
      const mine = await create();
      const theirs = await create({ organisationId: competitor.id });
      const reported = await partner
        .post(contributions(mine.id))
        .send({ deliveredOn: '2025-04-01', quantity: 2 })
        .expect(201);
      expect(reported.body.reportedByPartner).toBe(true);
      await partner.get(contributions(mine.id)).expect(200);
      await partner.get(`${contributions(mine.id)}/${reported.body.id}`).expect(200);
      await partner
        .post(contributions(theirs.id))
        .send({ deliveredOn: '2025-04-01', quantity: 2 })
        .expect(404);
      await partner
        .patch(`${contributions(mine.id)}/${reported.body.id}`)
        .send({ version: 1, quantity: 3 })
        .expect(403);
      await partner.delete(`${contributions(mine.id)}/${reported.body.id}`).expect(403);
    });

    it('refuses viewers and answers 404 for a contribution under another commitment', async () => {
      const c = await create();
      const d = await create();
      const k = await member
        .post(contributions(c.id))
        .send({ deliveredOn: '2025-01-01', quantity: 1 })
        .expect(201);
      await viewer
        .post(contributions(c.id))
        .send({ deliveredOn: '2025-01-01', quantity: 1 })
        .expect(403);
      await viewer
        .patch(`${contributions(c.id)}/${k.body.id}`)
        .send({ version: 1, quantity: 2 })
        .expect(403);
      await viewer.delete(`${contributions(c.id)}/${k.body.id}`).expect(403);
      await member.get(`${contributions(d.id)}/${k.body.id}`).expect(404);
      await member
        .patch(`${contributions(d.id)}/${k.body.id}`)
        .send({ version: 1, quantity: 2 })
        .expect(404);
      await member.delete(`${contributions(d.id)}/${k.body.id}`).expect(404);
    });
  });

  describe('audit', () => {
    it('records every commitment mutation with before/after of the changed fields', async () => {
      const c = await create({ quantity: 5 });
      await member
        .patch(`${base()}/${c.id}`)
        .send({ version: 1, quantity: 6, status: 'active' })
        .expect(200);
      await coordinator.delete(`${base()}/${c.id}`).expect(204);
      const events = await audit(c.id);
      expect(events.map((e) => [e.entityType, e.action])).toEqual([
        ['commitment', 'create'],
        ['commitment', 'update'],
        ['commitment', 'delete'],
      ]);
      expect(events[0].changes.quantity).toEqual({ before: null, after: 5 });
      expect(events[1].changes).toEqual({
        quantity: { before: 5, after: 6 },
        status: { before: 'pledged', after: 'active' },
        pledgedValueEur: { before: 127.5, after: 153 },
      });
      expect(events[2].changes.status).toEqual({ before: 'active', after: null });
    });

    it('records every contribution mutation, keeping the values of a hard-deleted one', async () => {
      const c = await create();
      const k = await partner
        .post(`${base()}/${c.id}/contributions`)
        .send({ deliveredOn: '2025-05-01', quantity: 2 })
        .expect(201);
      await member
        .patch(`${base()}/${c.id}/contributions/${k.body.id}`)
        .send({ version: 1, deliveredOn: '2025-05-02' })
        .expect(200);
      await member.delete(`${base()}/${c.id}/contributions/${k.body.id}`).expect(204);
      const events = await audit(k.body.id);
      expect(events.map((e) => [e.entityType, e.action])).toEqual([
        ['contribution', 'create'],
        ['contribution', 'update'],
        ['contribution', 'delete'],
      ]);
      expect(events[0].changes.reportedByPartner).toEqual({ before: null, after: true });
      expect(events[1].changes).toEqual({
        deliveredOn: { before: '2025-05-01', after: '2025-05-02' },
      });
      expect(events[2].changes).toMatchObject({
        quantity: { before: 2, after: null },
        deliveredOn: { before: '2025-05-02', after: null },
        commitmentId: { before: c.id, after: null },
      });
    });
  });

  it('lists a page with the same number of queries for 10 and for 100 rows', async () => {
    const org = await insertOrganisation(t.db, cid, { name: 'Bulk BV' });
    await t.db.query(
      `WITH made AS (
         INSERT INTO commitment (coalition_id, organisation_id, kind, quantity, unit, unit_value_eur, description)
         SELECT $1, $2, 'staff_hours', 100, 'hours', 50, 'bulk ' || g FROM generate_series(1, 120) g
         RETURNING id)
       INSERT INTO contribution (coalition_id, commitment_id, delivered_on, quantity)
       SELECT $1, id, DATE '2025-01-01' + s, 2 FROM made, generate_series(0, 1) s`,
      [cid, org.id],
    );
    const counter = countQueries(t.db);
    try {
      await member.get(base()).query({ organisationId: org.id, pageSize: 10 }).expect(200);
      counter.reset();
      const small = await member
        .get(base())
        .query({ organisationId: org.id, pageSize: 10 })
        .expect(200);
      const forTen = counter.count;
      counter.reset();
      const large = await member
        .get(base())
        .query({ organisationId: org.id, pageSize: 100 })
        .expect(200);
      const forHundred = counter.count;
      expect(small.body.items).toHaveLength(10);
      expect(large.body.items).toHaveLength(100);
      expect(large.body.total).toBe(120);
      expect(large.body.items[0]).toMatchObject({
        deliveredQuantity: 4,
        deliveredValueEur: 200,
        pledgedValueEur: 5000,
      });
      // The page query and one aggregate for its delivered totals (plus the membership lookup).
      expect(forTen).toBeGreaterThanOrEqual(2);
      expect(forTen).toBeLessThanOrEqual(4);
      expect(forHundred).toBe(forTen);
    } finally {
      counter.stop();
    }
  });
});
