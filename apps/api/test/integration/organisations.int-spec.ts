import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { buildManyOrganisations, buildOrganisation, buildPerson } from '../builders/domain.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const fields = (res: { body: { details?: { field: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.field);

describe('organisations', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let b: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let coordinatorB: Agent;
  let partner: Agent;
  let partnerOrg: { id: string; name: string };
  let competitor: { id: string; name: string };
  let staffPerson: { id: string };
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2025-06-15T12:00:00Z') });
    a = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    b = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    base = `/api/coalitions/${a.coalition.id}/organisations`;
    staffPerson = await buildPerson(t.db, a.coalition.id, { name: 'Coordinator Carla' });
    partnerOrg = await buildOrganisation(t.db, a.coalition.id, {
      name: 'Havenbedrijf Partner',
      sizeClass: 'large',
      relationshipOwnerId: staffPerson.id,
    });
    competitor = await buildOrganisation(t.db, a.coalition.id, {
      name: 'Concurrent BV',
      sizeClass: 'medium',
    });
    const partnerUser = await buildUser(t.db);
    await buildMembership(t.db, a.coalition.id, partnerUser.id, 'partner', partnerOrg.id);
    [coordinator, member, viewer, coordinatorB, partner] = await Promise.all(
      [a.coordinator, a.member, a.viewer, b.coordinator, partnerUser].map((u) => t.login(u.email)),
    );
  });
  afterAll(() => t.close());

  describe('create, read, update', () => {
    let created: { id: string; version: number };

    it('creates an organisation as a member and answers it in full', async () => {
      const res = await member
        .post(base)
        .send({
          name: 'Albeda',
          kind: 'mbo',
          sizeClass: 'large',
          sector: 'Onderwijs',
          city: 'Rotterdam',
          website: 'https://www.albeda.nl',
          joinedOn: '2023-09-01',
          interests: 'Stageplaatsen in de haven',
          relationshipOwnerId: staffPerson.id,
          externalId: 'crm-17',
        })
        .expect(201);
      created = res.body;
      expect(res.body).toMatchObject({
        name: 'Albeda',
        kind: 'mbo',
        sizeClass: 'large',
        status: 'active',
        joinedOn: '2023-09-01',
        leftOn: null,
        relationshipOwnerId: staffPerson.id,
        relationshipOwnerName: 'Coordinator Carla',
        externalId: 'crm-17',
        version: 1,
        deletedAt: null,
      });
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    });

    it('reads it back', async () => {
      const res = await viewer.get(`${base}/${created.id}`).expect(200);
      expect(res.body).toMatchObject({ id: created.id, name: 'Albeda', externalId: 'crm-17' });
    });

    it('lists with filters, search, sorting and paging', async () => {
      const all = await viewer.get(base).expect(200);
      expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
      expect(all.body.items.map((o: { name: string }) => o.name)).toEqual([
        'Albeda',
        'Concurrent BV',
        'Havenbedrijf Partner',
      ]);

      const mbo = await viewer.get(base).query({ kind: 'mbo' }).expect(200);
      expect(mbo.body.items.map((o: { id: string }) => o.id)).toEqual([created.id]);
      const bySize = await viewer.get(base).query({ sizeClass: 'medium' }).expect(200);
      expect(bySize.body.items.map((o: { name: string }) => o.name)).toEqual(['Concurrent BV']);
      const byOwner = await viewer
        .get(base)
        .query({ relationshipOwnerId: staffPerson.id, sort: '-name' })
        .expect(200);
      expect(byOwner.body.items.map((o: { name: string }) => o.name)).toEqual([
        'Havenbedrijf Partner',
        'Albeda',
      ]);
      const search = await viewer.get(base).query({ q: 'onderwijs' }).expect(200);
      expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Albeda']);
      // By size, not alphabetically: medium before large (the two large ones tie, broken by id).
      const sized = await viewer.get(base).query({ sort: 'sizeClass' }).expect(200);
      expect(sized.body.items.map((o: { sizeClass: string }) => o.sizeClass)).toEqual([
        'medium',
        'large',
        'large',
      ]);

      const page2 = await viewer.get(base).query({ pageSize: 2, page: 2 }).expect(200);
      expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page2.body.items).toHaveLength(1);
      const beyond = await viewer.get(base).query({ pageSize: 2, page: 5 }).expect(200);
      expect(beyond.body).toMatchObject({ items: [], total: 3 });
    });

    it('updates with the version read, and refuses a stale one with 409', async () => {
      const res = await member
        .patch(`${base}/${created.id}`)
        .send({ version: created.version, city: 'Schiedam', sizeClass: null })
        .expect(200);
      expect(res.body).toMatchObject({
        city: 'Schiedam',
        sizeClass: null,
        name: 'Albeda',
        version: 2,
      });
      const stale = await member
        .patch(`${base}/${created.id}`)
        .send({ version: 1, city: 'Delft' })
        .expect(409);
      expect(stale.body).toMatchObject({ statusCode: 409, currentVersion: 2 });
    });

    it('writes audit events with before/after of the changed fields only', async () => {
      const res = await coordinator
        .get(`/api/coalitions/${a.coalition.id}/audit-events`)
        .query({ entityType: 'organisation', entityId: created.id, sort: 'at' })
        .expect(200);
      const [create, update] = res.body.items;
      expect(create).toMatchObject({
        action: 'create',
        entityType: 'organisation',
        actorUserId: a.member.id,
      });
      expect(create.changes.name).toEqual({ before: null, after: 'Albeda' });
      expect(update.action).toBe('update');
      expect(update.changes).toEqual({
        city: { before: 'Rotterdam', after: 'Schiedam' },
        sizeClass: { before: 'large', after: null },
      });
    });
  });

  describe('validation', () => {
    it.each([
      ['a missing name', { kind: 'company' }, 'name'],
      ['a blank name', { name: '  ', kind: 'company' }, 'name'],
      ['an unknown kind', { name: 'X', kind: 'bank' }, 'kind'],
      ['an unknown size class', { name: 'X', kind: 'company', sizeClass: 'huge' }, 'sizeClass'],
      ['an unknown status', { name: 'X', kind: 'company', status: 'gone' }, 'status'],
      ['a malformed date', { name: 'X', kind: 'company', joinedOn: '2024-02-30' }, 'joinedOn'],
      [
        'a left date before the join date',
        { name: 'X', kind: 'company', joinedOn: '2024-05-01', leftOn: '2024-04-30' },
        'leftOn',
      ],
      [
        'a malformed owner id',
        { name: 'X', kind: 'company', relationshipOwnerId: 'nope' },
        'relationshipOwnerId',
      ],
      [
        'an unknown owner',
        { name: 'X', kind: 'company', relationshipOwnerId: randomUUID() },
        'relationshipOwnerId',
      ],
      ['an unknown field', { name: 'X', kind: 'company', colour: 'blue' }, 'colour'],
    ])('answers 400 naming the field for %s', async (_, body, field) => {
      const res = await member.post(base).send(body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(fields(res)).toContain(field);
    });

    it('refuses a person of another coalition as relationship owner', async () => {
      const foreign = await buildPerson(t.db, b.coalition.id);
      const res = await member
        .post(base)
        .send({ name: 'X', kind: 'company', relationshipOwnerId: foreign.id })
        .expect(400);
      expect(fields(res)).toEqual(['relationshipOwnerId']);
    });

    it('requires the version on update and refuses null for required fields', async () => {
      expect(
        fields(await member.patch(`${base}/${competitor.id}`).send({ city: 'Delft' }).expect(400)),
      ).toContain('version');
      expect(
        fields(
          await member
            .patch(`${base}/${competitor.id}`)
            .send({ version: 1, name: null })
            .expect(400),
        ),
      ).toContain('name');
      expect(
        fields(
          await member
            .patch(`${base}/${competitor.id}`)
            .send({ version: 1, leftOn: '2023-01-01' })
            .expect(400),
        ),
      ).toEqual(['leftOn']);
    });

    it('rejects a taken externalId with 409 naming the field', async () => {
      await buildOrganisation(t.db, a.coalition.id, { externalId: 'dup-1', name: 'Zzz Externe' });
      const res = await member
        .post(base)
        .send({ name: 'Y', kind: 'company', externalId: 'dup-1' })
        .expect(409);
      expect(fields(res)).toEqual(['externalId']);
    });

    it('validates list parameters', async () => {
      expect(fields(await viewer.get(base).query({ pageSize: 201 }).expect(400))).toContain(
        'pageSize',
      );
      expect(fields(await viewer.get(base).query({ sort: 'secret' }).expect(400))).toEqual([
        'sort',
      ]);
      expect(fields(await viewer.get(base).query({ kind: 'bank' }).expect(400))).toContain('kind');
    });
  });

  describe('access', () => {
    it('answers 404 for another coalition’s organisation, and for a coalition one is not in', async () => {
      const foreign = await buildOrganisation(t.db, b.coalition.id);
      await coordinator.get(`${base}/${foreign.id}`).expect(404);
      await coordinator
        .patch(`${base}/${foreign.id}`)
        .send({ version: 1, city: 'Delft' })
        .expect(404);
      await coordinator.delete(`${base}/${foreign.id}`).expect(404);
      await coordinatorB.get(base).expect(404);
      await coordinatorB.get(`${base}/${competitor.id}`).expect(404);
      await coordinator.get(`${base}/not-a-uuid`).expect(404);
    });

    it('lets viewers read but change nothing', async () => {
      await viewer.get(`${base}/${competitor.id}`).expect(200);
      await viewer.post(base).send({ name: 'X', kind: 'company' }).expect(403);
      await viewer
        .patch(`${base}/${competitor.id}`)
        .send({ version: 1, city: 'Delft' })
        .expect(403);
      await viewer.delete(`${base}/${competitor.id}`).expect(403);
      await viewer.post(`${base}/${competitor.id}/restore`).expect(403);
    });

    it('leaves deleting and restoring to coordinators', async () => {
      await member.delete(`${base}/${competitor.id}`).expect(403);
      await member.post(`${base}/${competitor.id}/restore`).expect(403);
      await member.get(base).query({ includeDeleted: true }).expect(403);
    });

    it('shows a partner only its own organisation', async () => {
      const list = await partner.get(base).expect(200);
      expect(list.body.total).toBe(1);
      expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([partnerOrg.id]);
      const own = await partner.get(`${base}/${partnerOrg.id}`).expect(200);
      expect(own.body).toMatchObject({
        name: 'Havenbedrijf Partner',
        relationshipOwnerName: 'Coordinator Carla',
      });
      await partner.get(`${base}/${competitor.id}`).expect(404);
      const searched = await partner.get(base).query({ q: 'Concurrent' }).expect(200);
      expect(searched.body).toMatchObject({ items: [], total: 0 });
      await partner.post(base).send({ name: 'X', kind: 'company' }).expect(403);
      await partner
        .patch(`${base}/${partnerOrg.id}`)
        .send({ version: 1, city: 'Delft' })
        .expect(403);
    });

    it('hides from a partner a relationship owner who works at another organisation', async () => {
      const outsider = await buildPerson(t.db, a.coalition.id, {
        organisationId: competitor.id,
        name: 'Concurrent Contact',
      });
      const org = await buildOrganisation(t.db, a.coalition.id, {
        relationshipOwnerId: outsider.id,
      });
      const user = await buildUser(t.db);
      await buildMembership(t.db, a.coalition.id, user.id, 'partner', org.id);
      const res = await (await t.login(user.email)).get(`${base}/${org.id}`).expect(200);
      expect(res.body).toMatchObject({ relationshipOwnerId: null, relationshipOwnerName: null });
      const staffView = await viewer.get(`${base}/${org.id}`).expect(200);
      expect(staffView.body.relationshipOwnerName).toBe('Concurrent Contact');
    });
  });

  describe('delete and restore', () => {
    it('refuses to delete while commitments or action items are open, listing what blocks it', async () => {
      const org = await buildOrganisation(t.db, a.coalition.id, { name: 'Blocked BV' });
      const commitment = await t.db.query(
        `INSERT INTO commitment (coalition_id, organisation_id, kind, quantity, unit, status)
         VALUES ($1, $2, 'internships', 4, 'places', 'pledged') RETURNING id`,
        [a.coalition.id, org.id],
      );
      await t.db.query(
        `INSERT INTO action_item (coalition_id, title, organisation_id, status) VALUES ($1, 'Bel terug', $2, 'in_progress')`,
        [a.coalition.id, org.id],
      );
      const res = await coordinator.delete(`${base}/${org.id}`).expect(409);
      expect(fields(res).sort()).toEqual(['actionItems', 'commitments']);

      await t.db.query(
        `UPDATE commitment SET status = 'fulfilled' WHERE coalition_id = $1 AND id = $2`,
        [a.coalition.id, commitment[0].id],
      );
      const still = await coordinator.delete(`${base}/${org.id}`).expect(409);
      expect(fields(still)).toEqual(['actionItems']);

      await t.db.query(
        `UPDATE action_item SET status = 'done', completed_at = now() WHERE coalition_id = $1 AND organisation_id = $2`,
        [a.coalition.id, org.id],
      );
      await coordinator.delete(`${base}/${org.id}`).expect(204);
    });

    it('soft-deletes: gone for staff, visible to coordinators on request, restorable, all audited', async () => {
      const org = await buildOrganisation(t.db, a.coalition.id, {
        name: 'Tijdelijk BV',
        externalId: 'tmp-1',
      });
      await coordinator.delete(`${base}/${org.id}`).expect(204);

      await member.get(`${base}/${org.id}`).expect(404);
      await member.patch(`${base}/${org.id}`).send({ version: 2, city: 'Delft' }).expect(404);
      const list = await member.get(base).query({ q: 'Tijdelijk' }).expect(200);
      expect(list.body.total).toBe(0);
      const withDeleted = await coordinator
        .get(base)
        .query({ q: 'Tijdelijk', includeDeleted: 'true' })
        .expect(200);
      expect(withDeleted.body.items).toHaveLength(1);
      expect(withDeleted.body.items[0].deletedAt).not.toBeNull();
      const seen = await coordinator.get(`${base}/${org.id}`).expect(200);
      expect(seen.body.deletedAt).not.toBeNull();
      await coordinator.delete(`${base}/${org.id}`).expect(404);

      const restored = await coordinator.post(`${base}/${org.id}/restore`).expect(200);
      expect(restored.body).toMatchObject({ id: org.id, deletedAt: null, version: 3 });
      await member.get(`${base}/${org.id}`).expect(200);
      await coordinator.post(`${base}/${org.id}/restore`).expect(409);

      const audit = await coordinator
        .get(`/api/coalitions/${a.coalition.id}/audit-events`)
        .query({ entityType: 'organisation', entityId: org.id, sort: 'at' })
        .expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'delete',
        'restore',
      ]);
      const [deleted, restoredEvent] = audit.body.items;
      expect(deleted.changes.name).toEqual({ before: 'Tijdelijk BV', after: null });
      expect(Object.keys(restoredEvent.changes)).toEqual(['deletedAt']);
      expect(restoredEvent.changes.deletedAt.after).toBeNull();
    });

    it('refuses a restore that would duplicate a live externalId', async () => {
      const org = await buildOrganisation(t.db, a.coalition.id, {
        externalId: 'ext-r',
        deletedAt: '2025-01-01T00:00:00Z',
      });
      await buildOrganisation(t.db, a.coalition.id, { externalId: 'ext-r' });
      const res = await coordinator.post(`${base}/${org.id}/restore`).expect(409);
      expect(fields(res)).toEqual(['externalId']);
    });
  });

  it('lists a page of 100 with as many queries as a page of 10', async () => {
    const c = await buildCoalitionWithStaff(t.db, 'Bulk');
    await buildManyOrganisations(t.db, c.coalition.id, 120);
    const agent = await t.login(c.viewer.email);
    const url = `/api/coalitions/${c.coalition.id}/organisations`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const count = async (pageSize: number) => {
        spy.mockClear();
        const res = await agent.get(url).query({ pageSize }).expect(200);
        expect(res.body).toMatchObject({ total: 120 });
        expect(res.body.items).toHaveLength(pageSize);
        return spy.mock.calls.length;
      };
      const small = await count(10);
      const large = await count(100);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    } finally {
      spy.mockRestore();
    }
  });
});
