import { randomUUID } from 'node:crypto';
import { buildOrganisation, buildPerson } from '../builders/domain.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const fields = (res: { body: { details?: { field: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.field);
const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((p) => p.name);

describe('people', () => {
  let now = new Date('2025-06-15T12:00:00Z');
  let t: TestApp;
  let a: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let b: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let albeda: { id: string; name: string };
  let zadkine: { id: string; name: string };
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => now });
    a = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    b = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    base = `/api/coalitions/${a.coalition.id}/people`;
    albeda = await buildOrganisation(t.db, a.coalition.id, { name: 'Albeda', kind: 'mbo' });
    zadkine = await buildOrganisation(t.db, a.coalition.id, { name: 'Zadkine', kind: 'mbo' });
    const partnerUser = await buildUser(t.db);
    await buildMembership(t.db, a.coalition.id, partnerUser.id, 'partner', albeda.id);
    [coordinator, member, viewer, partner] = await Promise.all(
      [a.coordinator, a.member, a.viewer, partnerUser].map((u) => t.login(u.email)),
    );
  });
  afterAll(() => t.close());

  describe('create, read, update, and the affiliation history', () => {
    let person: { id: string; version: number };

    it('creates a person at an organisation and opens an affiliation today', async () => {
      const res = await member
        .post(base)
        .send({
          name: 'Fatima el Amrani',
          email: 'f.elamrani@albeda.example',
          phone: '+31 10 123 4567',
          organisationId: albeda.id,
          role: 'Teamleider techniek',
          layer: 'management',
          isKeyContact: true,
          notes: 'Beslist over stageplekken',
          externalId: 'p-1',
        })
        .expect(201);
      person = res.body;
      expect(res.body).toMatchObject({
        name: 'Fatima el Amrani',
        organisationId: albeda.id,
        organisationName: 'Albeda',
        layer: 'management',
        isKeyContact: true,
        status: 'active',
        leavingOn: null,
        successorId: null,
        notes: 'Beslist over stageplekken',
        externalId: 'p-1',
        version: 1,
        deletedAt: null,
        affiliations: [
          {
            organisationId: albeda.id,
            organisationName: 'Albeda',
            role: 'Teamleider techniek',
            startedOn: '2025-06-15',
            endedOn: null,
          },
        ],
      });
    });

    it('creates coalition staff without organisation and without affiliation', async () => {
      const res = await member.post(base).send({ name: 'Carla Coördinator' }).expect(201);
      expect(res.body).toMatchObject({
        organisationId: null,
        organisationName: null,
        isKeyContact: false,
        status: 'active',
        affiliations: [],
      });
    });

    it('corrects the job title on the current affiliation', async () => {
      const res = await member
        .patch(`${base}/${person.id}`)
        .send({ version: 1, role: 'Afdelingsmanager' })
        .expect(200);
      expect(res.body.version).toBe(2);
      expect(res.body.affiliations).toEqual([
        expect.objectContaining({ role: 'Afdelingsmanager', endedOn: null }),
      ]);
    });

    it('closes the affiliation and opens a new one on a move, keeping the history', async () => {
      now = new Date('2025-09-01T08:00:00Z');
      const moved = await member
        .patch(`${base}/${person.id}`)
        .send({ version: 2, organisationId: zadkine.id, role: 'Directeur' })
        .expect(200);
      expect(moved.body).toMatchObject({
        organisationId: zadkine.id,
        organisationName: 'Zadkine',
        role: 'Directeur',
        version: 3,
      });
      expect(moved.body.affiliations).toEqual([
        {
          organisationId: albeda.id,
          organisationName: 'Albeda',
          role: 'Afdelingsmanager',
          startedOn: '2025-06-15',
          endedOn: '2025-09-01',
        },
        {
          organisationId: zadkine.id,
          organisationName: 'Zadkine',
          role: 'Directeur',
          startedOn: '2025-09-01',
          endedOn: null,
        },
      ]);

      now = new Date('2025-10-01T08:00:00Z');
      await member
        .patch(`${base}/${person.id}`)
        .send({ version: 3, organisationId: null })
        .expect(200);
      const read = await viewer.get(`${base}/${person.id}`).expect(200);
      expect(read.body.organisationId).toBeNull();
      expect(read.body.affiliations.map((x: { endedOn: string }) => x.endedOn)).toEqual([
        '2025-09-01',
        '2025-10-01',
      ]);
      now = new Date('2025-06-15T12:00:00Z');
    });

    it('refuses a stale version with 409', async () => {
      const res = await member
        .patch(`${base}/${person.id}`)
        .send({ version: 1, phone: '010' })
        .expect(409);
      expect(res.body.currentVersion).toBe(4);
    });

    it('audits create and update with before/after of changed fields', async () => {
      const res = await coordinator
        .get(`/api/coalitions/${a.coalition.id}/audit-events`)
        .query({ entityType: 'person', entityId: person.id, sort: 'at' })
        .expect(200);
      expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'update',
        'update',
        'update',
      ]);
      expect(res.body.items[0].changes.name).toEqual({ before: null, after: 'Fatima el Amrani' });
      expect(res.body.items[1].changes).toEqual({
        role: { before: 'Teamleider techniek', after: 'Afdelingsmanager' },
      });
      expect(res.body.items[2].changes.organisationId).toEqual({
        before: albeda.id,
        after: zadkine.id,
      });
    });
  });

  describe('list', () => {
    let c: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
    let agent: Agent;
    let url: string;

    beforeAll(async () => {
      c = await buildCoalitionWithStaff(t.db, 'DNA');
      const org = await buildOrganisation(t.db, c.coalition.id, { name: 'Noorderpoort' });
      await buildPerson(t.db, c.coalition.id, {
        name: 'Anna',
        email: 'anna@noorderpoort.example',
        organisationId: org.id,
        layer: 'board',
        isKeyContact: true,
      });
      await buildPerson(t.db, c.coalition.id, {
        name: 'Bram',
        organisationId: org.id,
        status: 'leaving',
        leavingOn: '2025-12-31',
      });
      await buildPerson(t.db, c.coalition.id, {
        name: 'Cees',
        status: 'left',
        leftOn: '2025-01-31',
      });
      await buildPerson(t.db, c.coalition.id, { name: 'Dirk', deletedAt: '2025-01-01T00:00:00Z' });
      agent = await t.login(c.viewer.email);
      url = `/api/coalitions/${c.coalition.id}/people`;
    });

    it('filters, searches and sorts', async () => {
      expect(names(await agent.get(url).expect(200))).toEqual(['Anna', 'Bram', 'Cees']);
      const org = (await agent.get(url).query({ q: 'noorderpoort' }).expect(200)).body.items[0]
        .organisationId;
      expect(names(await agent.get(url).query({ organisationId: org }).expect(200))).toEqual([
        'Anna',
        'Bram',
      ]);
      expect(names(await agent.get(url).query({ status: 'leaving' }).expect(200))).toEqual([
        'Bram',
      ]);
      expect(names(await agent.get(url).query({ layer: 'board' }).expect(200))).toEqual(['Anna']);
      expect(names(await agent.get(url).query({ isKeyContact: 'true' }).expect(200))).toEqual([
        'Anna',
      ]);
      expect(names(await agent.get(url).query({ isKeyContact: 'false' }).expect(200))).toEqual([
        'Bram',
        'Cees',
      ]);
      expect(names(await agent.get(url).query({ sort: '-name', pageSize: 2 }).expect(200))).toEqual(
        ['Cees', 'Bram'],
      );
      expect(names(await agent.get(url).query({ sort: 'status' }).expect(200))).toEqual([
        'Anna',
        'Bram',
        'Cees',
      ]);
      expect(fields(await agent.get(url).query({ isKeyContact: 'yes' }).expect(400))).toContain(
        'isKeyContact',
      );
      await agent.get(url).query({ includeDeleted: 'true' }).expect(403);
      const coord = await t.login(c.coordinator.email);
      expect(names(await coord.get(url).query({ includeDeleted: 'true' }).expect(200))).toEqual([
        'Anna',
        'Bram',
        'Cees',
        'Dirk',
      ]);
    });
  });

  describe('validation', () => {
    let someone: { id: string };
    beforeAll(async () => {
      someone = await buildPerson(t.db, a.coalition.id, {
        name: 'Iemand',
        organisationId: zadkine.id,
      });
    });

    it.each([
      ['a missing name', {}, 'name'],
      ['a malformed e-mail', { name: 'X', email: 'nope' }, 'email'],
      ['an unknown layer', { name: 'X', layer: 'floor' }, 'layer'],
      ['a non-boolean key contact flag', { name: 'X', isKeyContact: 'yes' }, 'isKeyContact'],
      ['a null status', { name: 'X', status: null }, 'status'],
      ["status 'left' without leftOn", { name: 'X', status: 'left' }, 'leftOn'],
      ["status 'leaving' without leavingOn", { name: 'X', status: 'leaving' }, 'leavingOn'],
      ['an unknown organisation', { name: 'X', organisationId: randomUUID() }, 'organisationId'],
      ['an unknown successor', { name: 'X', successorId: randomUUID() }, 'successorId'],
      ['an unknown field', { name: 'X', age: 42 }, 'age'],
    ])('answers 400 naming the field for %s', async (_, body, field) => {
      const res = await member.post(base).send(body).expect(400);
      expect(fields(res)).toContain(field);
    });

    it('refuses references into another coalition', async () => {
      const foreignOrg = await buildOrganisation(t.db, b.coalition.id);
      const foreignPerson = await buildPerson(t.db, b.coalition.id);
      expect(
        fields(
          await member.post(base).send({ name: 'X', organisationId: foreignOrg.id }).expect(400),
        ),
      ).toEqual(['organisationId']);
      expect(
        fields(
          await member.post(base).send({ name: 'X', successorId: foreignPerson.id }).expect(400),
        ),
      ).toEqual(['successorId']);
    });

    it('checks the status rules and the successor on update', async () => {
      const url = `${base}/${someone.id}`;
      expect(
        fields(await member.patch(url).send({ version: 1, status: 'leaving' }).expect(400)),
      ).toEqual(['leavingOn']);
      expect(
        fields(await member.patch(url).send({ version: 1, successorId: someone.id }).expect(400)),
      ).toEqual(['successorId']);
      expect(fields(await member.patch(url).send({ status: 'active' }).expect(400))).toContain(
        'version',
      );

      const successor = await buildPerson(t.db, a.coalition.id, {
        name: 'Opvolger',
        organisationId: zadkine.id,
      });
      const leaving = await member
        .patch(url)
        .send({ version: 1, status: 'leaving', leavingOn: '2025-08-31', successorId: successor.id })
        .expect(200);
      expect(leaving.body).toMatchObject({
        status: 'leaving',
        leavingOn: '2025-08-31',
        successorId: successor.id,
        successorName: 'Opvolger',
      });
      // Clearing the date while still leaving would break the rule.
      expect(
        fields(await member.patch(url).send({ version: 2, leavingOn: null }).expect(400)),
      ).toEqual(['leavingOn']);
    });
  });

  describe('access', () => {
    it('answers 404 for another coalition’s person', async () => {
      const foreign = await buildPerson(t.db, b.coalition.id);
      await coordinator.get(`${base}/${foreign.id}`).expect(404);
      await coordinator.patch(`${base}/${foreign.id}`).send({ version: 1, phone: '1' }).expect(404);
      await coordinator.delete(`${base}/${foreign.id}`).expect(404);
    });

    it('lets viewers read but change nothing, and members not delete', async () => {
      const p = await buildPerson(t.db, a.coalition.id);
      await viewer.get(`${base}/${p.id}`).expect(200);
      await viewer.post(base).send({ name: 'X' }).expect(403);
      await viewer.patch(`${base}/${p.id}`).send({ version: 1, phone: '1' }).expect(403);
      await viewer.delete(`${base}/${p.id}`).expect(403);
      await viewer.post(`${base}/${p.id}/restore`).expect(403);
      await member.delete(`${base}/${p.id}`).expect(403);
      await member.post(`${base}/${p.id}/restore`).expect(403);
    });

    it('shows a partner only the people of its own organisation, without internal notes', async () => {
      const successor = await buildPerson(t.db, a.coalition.id, {
        name: 'Elders',
        organisationId: zadkine.id,
      });
      const own = await buildPerson(t.db, a.coalition.id, {
        name: 'Eigen Contact',
        organisationId: albeda.id,
        notes: 'Intern: lastig',
        status: 'leaving',
        leavingOn: '2025-12-31',
        successorId: successor.id,
      });
      const other = await buildPerson(t.db, a.coalition.id, {
        name: 'Ander Contact',
        organisationId: zadkine.id,
      });
      const staff = await buildPerson(t.db, a.coalition.id, { name: 'Staf' });

      const list = await partner.get(base).query({ pageSize: 200 }).expect(200);
      expect(
        list.body.items.every((p: { organisationId: string }) => p.organisationId === albeda.id),
      ).toBe(true);
      expect(names(list)).toContain('Eigen Contact');
      expect(list.body.items.every((p: { notes: string | null }) => p.notes === null)).toBe(true);
      const filtered = await partner.get(base).query({ organisationId: zadkine.id }).expect(200);
      expect(filtered.body.total).toBe(0);

      const detail = await partner.get(`${base}/${own.id}`).expect(200);
      expect(detail.body).toMatchObject({
        name: 'Eigen Contact',
        notes: null,
        successorId: null,
        successorName: null,
      });
      await partner.get(`${base}/${other.id}`).expect(404);
      await partner.get(`${base}/${staff.id}`).expect(404);
      await partner.post(base).send({ name: 'X' }).expect(403);
      // Partners edit only their own person (portal-contact.int-spec.ts); this one is somebody else.
      await partner.patch(`${base}/${own.id}`).send({ version: 1, phone: '1' }).expect(404);

      const staffView = await viewer.get(`${base}/${own.id}`).expect(200);
      expect(staffView.body).toMatchObject({ notes: 'Intern: lastig', successorName: 'Elders' });
    });

    it('shows a partner only the affiliations at its own organisation', async () => {
      const mover = await buildPerson(t.db, a.coalition.id, {
        name: 'Overstapper',
        organisationId: zadkine.id,
      });
      const moved = await member
        .patch(`${base}/${mover.id}`)
        .send({ version: 1, organisationId: albeda.id })
        .expect(200);
      expect(moved.body.affiliations).toHaveLength(2);
      const res = await partner.get(`${base}/${mover.id}`).expect(200);
      expect(res.body.affiliations).toEqual([
        expect.objectContaining({ organisationId: albeda.id, endedOn: null }),
      ]);
    });
  });

  describe('delete and restore', () => {
    it('soft-deletes and restores, coordinators only, audited', async () => {
      const p = await buildPerson(t.db, a.coalition.id, {
        name: 'Weg en Terug',
        organisationId: albeda.id,
      });
      await coordinator.delete(`${base}/${p.id}`).expect(204);
      await member.get(`${base}/${p.id}`).expect(404);
      expect((await member.get(base).query({ q: 'Weg en Terug' }).expect(200)).body.total).toBe(0);
      const seen = await coordinator.get(`${base}/${p.id}`).expect(200);
      expect(seen.body.deletedAt).not.toBeNull();
      await coordinator.delete(`${base}/${p.id}`).expect(404);

      const restored = await coordinator.post(`${base}/${p.id}/restore`).expect(200);
      expect(restored.body).toMatchObject({
        deletedAt: null,
        version: 3,
        affiliations: [expect.objectContaining({ organisationId: albeda.id })],
      });
      await coordinator.post(`${base}/${p.id}/restore`).expect(409);

      const audit = await coordinator
        .get(`/api/coalitions/${a.coalition.id}/audit-events`)
        .query({ entityType: 'person', entityId: p.id, sort: 'at' })
        .expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'delete',
        'restore',
      ]);
      expect(audit.body.items[0].changes.name).toEqual({ before: 'Weg en Terug', after: null });
      expect(Object.keys(audit.body.items[1].changes)).toEqual(['deletedAt']);
    });
  });
});
