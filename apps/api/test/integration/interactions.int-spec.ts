import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import {
  buildInteraction,
  buildManyInteractions,
  buildOrganisation,
  buildPerson,
} from '../builders/domain.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const NOW = new Date('2025-06-15T12:00:00Z');
const fields = (res: { body: { details?: { field: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.field);
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
const sorted = (values: string[]) => [...values].sort();

describe('interactions', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let b: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let deltion: { id: string };
  let windesheim: { id: string };
  let contact: { id: string };
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    a = await buildCoalitionWithStaff(t.db, 'Zwolse Koers');
    b = await buildCoalitionWithStaff(t.db, 'DNA');
    base = `/api/coalitions/${a.coalition.id}/interactions`;
    deltion = await buildOrganisation(t.db, a.coalition.id, { name: 'Deltion', kind: 'mbo' });
    windesheim = await buildOrganisation(t.db, a.coalition.id, { name: 'Windesheim', kind: 'hbo' });
    contact = await buildPerson(t.db, a.coalition.id, {
      name: 'Joost',
      organisationId: deltion.id,
    });
    const partnerUser = await buildUser(t.db);
    await buildMembership(t.db, a.coalition.id, partnerUser.id, 'partner', deltion.id);
    [coordinator, member, viewer, partner] = await Promise.all(
      [a.coordinator, a.member, a.viewer, partnerUser].map((u) => t.login(u.email)),
    );
  });
  afterAll(() => t.close());

  describe('create, read, update, delete', () => {
    let created: { id: string; version: number };

    it('logs an interaction as a member, recording who logged it', async () => {
      const res = await member
        .post(base)
        .send({
          occurredAt: '2025-06-10T09:30:00+02:00',
          kind: 'site_visit',
          initiatedBy: 'partner',
          summary: 'Rondleiding in de werkplaats',
          organisationIds: [deltion.id, windesheim.id],
          participantIds: [contact.id],
        })
        .expect(201);
      created = res.body;
      expect(res.body).toMatchObject({
        occurredAt: '2025-06-10T07:30:00.000Z',
        kind: 'site_visit',
        initiatedBy: 'partner',
        summary: 'Rondleiding in de werkplaats',
        participantIds: [contact.id],
        loggedById: a.member.id,
        loggedByName: expect.any(String),
        externalId: null,
        version: 1,
      });
      expect(sorted(res.body.organisationIds)).toEqual(sorted([deltion.id, windesheim.id]));
    });

    it('defaults initiatedBy to the coalition and participants to none', async () => {
      const res = await member
        .post(base)
        .send({
          occurredAt: '2025-06-01T10:00:00Z',
          kind: 'call',
          organisationIds: [windesheim.id],
        })
        .expect(201);
      expect(res.body).toMatchObject({
        initiatedBy: 'coalition',
        participantIds: [],
        summary: null,
      });
    });

    it('reads it back', async () => {
      const res = await viewer.get(`${base}/${created.id}`).expect(200);
      expect(res.body).toMatchObject({
        id: created.id,
        kind: 'site_visit',
        participantIds: [contact.id],
      });
    });

    it('updates fields and links with the version read; 409 on a stale one', async () => {
      const res = await member
        .patch(`${base}/${created.id}`)
        .send({
          version: 1,
          summary: 'Rondleiding en lunch',
          organisationIds: [deltion.id],
          participantIds: [],
        })
        .expect(200);
      expect(res.body).toMatchObject({
        summary: 'Rondleiding en lunch',
        organisationIds: [deltion.id],
        participantIds: [],
        version: 2,
      });
      const stale = await member
        .patch(`${base}/${created.id}`)
        .send({ version: 1, summary: 'x' })
        .expect(409);
      expect(stale.body.currentVersion).toBe(2);
    });

    it('soft-deletes for editors; the interaction leaves lists and reads', async () => {
      await viewer.delete(`${base}/${created.id}`).expect(403);
      await member.delete(`${base}/${created.id}`).expect(204);
      await viewer.get(`${base}/${created.id}`).expect(404);
      await member.patch(`${base}/${created.id}`).send({ version: 3, summary: 'x' }).expect(404);
      expect(ids(await viewer.get(base).query({ pageSize: 200 }).expect(200))).not.toContain(
        created.id,
      );
      await member.delete(`${base}/${created.id}`).expect(404);
    });

    it('audits create, update and delete', async () => {
      const res = await coordinator
        .get(`/api/coalitions/${a.coalition.id}/audit-events`)
        .query({ entityType: 'interaction', entityId: created.id, sort: 'at' })
        .expect(200);
      expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'update',
        'delete',
      ]);
      expect(res.body.items[0].changes.kind).toEqual({ before: null, after: 'site_visit' });
      const update = res.body.items[1].changes;
      expect(Object.keys(update).sort()).toEqual(['organisationIds', 'participantIds', 'summary']);
      expect(update.summary).toEqual({
        before: 'Rondleiding in de werkplaats',
        after: 'Rondleiding en lunch',
      });
      expect(update.participantIds).toEqual({ before: [contact.id], after: [] });
      expect(res.body.items[2].changes.summary).toEqual({
        before: 'Rondleiding en lunch',
        after: null,
      });
    });
  });

  describe('list', () => {
    let c: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
    let agent: Agent;
    let url: string;
    const made: Record<string, string> = {};
    let orgX: { id: string };
    let person: { id: string };

    beforeAll(async () => {
      c = await buildCoalitionWithStaff(t.db, 'Lijst');
      orgX = await buildOrganisation(t.db, c.coalition.id);
      const orgY = await buildOrganisation(t.db, c.coalition.id);
      person = await buildPerson(t.db, c.coalition.id, { organisationId: orgX.id });
      made.jan = (
        await buildInteraction(t.db, c.coalition.id, [orgX.id], {
          occurredAt: '2025-01-10T10:00:00Z',
          kind: 'meeting',
          participantIds: [person.id],
        })
      ).id;
      made.feb = (
        await buildInteraction(t.db, c.coalition.id, [orgY.id], {
          occurredAt: '2025-02-10T10:00:00Z',
          kind: 'email',
          summary: 'Offerte stageplekken',
        })
      ).id;
      made.mar = (
        await buildInteraction(t.db, c.coalition.id, [orgX.id, orgY.id], {
          occurredAt: '2025-03-10T10:00:00Z',
          kind: 'event',
          initiatedBy: 'partner',
        })
      ).id;
      made.gone = (
        await buildInteraction(t.db, c.coalition.id, [orgX.id], {
          occurredAt: '2025-04-10T10:00:00Z',
          deletedAt: '2025-04-11T00:00:00Z',
        })
      ).id;
      agent = await t.login(c.viewer.email);
      url = `/api/coalitions/${c.coalition.id}/interactions`;
    });

    it('lists newest first without soft-deleted interactions', async () => {
      const res = await agent.get(url).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
      expect(ids(res)).toEqual([made.mar, made.feb, made.jan]);
      expect(ids(await agent.get(url).query({ sort: 'occurredAt' }).expect(200))).toEqual([
        made.jan,
        made.feb,
        made.mar,
      ]);
    });

    it('filters by organisation, participant, kind, initiator, period and text', async () => {
      expect(ids(await agent.get(url).query({ organisationId: orgX.id }).expect(200))).toEqual([
        made.mar,
        made.jan,
      ]);
      expect(ids(await agent.get(url).query({ personId: person.id }).expect(200))).toEqual([
        made.jan,
      ]);
      expect(ids(await agent.get(url).query({ kind: 'email' }).expect(200))).toEqual([made.feb]);
      expect(ids(await agent.get(url).query({ initiatedBy: 'partner' }).expect(200))).toEqual([
        made.mar,
      ]);
      expect(
        ids(
          await agent
            .get(url)
            .query({ from: '2025-02-10T10:00:00Z', to: '2025-03-10T10:00:00Z' })
            .expect(200),
        ),
      ).toEqual([made.feb]);
      expect(ids(await agent.get(url).query({ q: 'stageplek' }).expect(200))).toEqual([made.feb]);
      expect(fields(await agent.get(url).query({ from: 'yesterday' }).expect(400))).toContain(
        'from',
      );
      expect(fields(await agent.get(url).query({ sort: 'summary' }).expect(400))).toEqual(['sort']);
    });
  });

  describe('validation', () => {
    const valid = () => ({
      occurredAt: '2025-06-01T10:00:00Z',
      kind: 'meeting',
      organisationIds: [deltion.id],
    });

    it.each([
      ['a missing occurredAt', { occurredAt: undefined }, 'occurredAt'],
      ['a date without time', { occurredAt: '2025-06-01' }, 'occurredAt'],
      ['a time without offset', { occurredAt: '2025-06-01T10:00:00' }, 'occurredAt'],
      ['more than a day ahead', { occurredAt: '2025-06-16T12:00:01Z' }, 'occurredAt'],
      ['an unknown kind', { kind: 'lunch' }, 'kind'],
      ['an unknown initiator', { initiatedBy: 'nobody' }, 'initiatedBy'],
      ['no organisations', { organisationIds: [] }, 'organisationIds'],
      ['a missing organisation list', { organisationIds: undefined }, 'organisationIds'],
      ['a malformed organisation id', { organisationIds: ['nope'] }, 'organisationIds'],
      [
        'a repeated organisation',
        { organisationIds: ['x', 'x'].map(() => '5f0c1a3e-0000-4000-8000-000000000001') },
        'organisationIds',
      ],
      ['an unknown organisation', { organisationIds: [randomUUID()] }, 'organisationIds'],
      ['an unknown participant', { participantIds: [randomUUID()] }, 'participantIds'],
      ['an unknown field', { mood: 'good' }, 'mood'],
    ])('answers 400 naming the field for %s', async (_, change, field) => {
      const res = await member
        .post(base)
        .send({ ...valid(), ...change })
        .expect(400);
      expect(fields(res)).toContain(field);
    });

    it('accepts an interaction up to one day ahead', async () => {
      await member
        .post(base)
        .send({ ...valid(), occurredAt: '2025-06-16T12:00:00Z' })
        .expect(201);
    });

    it('refuses organisations and people of another coalition', async () => {
      const foreignOrg = await buildOrganisation(t.db, b.coalition.id);
      const foreignPerson = await buildPerson(t.db, b.coalition.id);
      const org = await member
        .post(base)
        .send({ ...valid(), organisationIds: [deltion.id, foreignOrg.id] })
        .expect(400);
      expect(fields(org)).toEqual(['organisationIds']);
      const person = await member
        .post(base)
        .send({ ...valid(), participantIds: [foreignPerson.id] })
        .expect(400);
      expect(fields(person)).toEqual(['participantIds']);
    });

    it('refuses null or empty organisation lists on update', async () => {
      const i = await buildInteraction(t.db, a.coalition.id, [deltion.id]);
      expect(
        fields(
          await member
            .patch(`${base}/${i.id}`)
            .send({ version: 1, organisationIds: null })
            .expect(400),
        ),
      ).toContain('organisationIds');
      expect(
        fields(
          await member
            .patch(`${base}/${i.id}`)
            .send({ version: 1, organisationIds: [] })
            .expect(400),
        ),
      ).toContain('organisationIds');
      expect(
        fields(
          await member
            .patch(`${base}/${i.id}`)
            .send({ version: 1, occurredAt: '2025-07-01T00:00:00Z' })
            .expect(400),
        ),
      ).toEqual(['occurredAt']);
      expect(
        fields(await member.patch(`${base}/${i.id}`).send({ summary: 'x' }).expect(400)),
      ).toContain('version');
    });
  });

  describe('soft-deleted organisations', () => {
    it('stay on the interactions that list them, but cannot be added to new ones', async () => {
      const leaving = await buildOrganisation(t.db, a.coalition.id, { name: 'Vertrekt BV' });
      const i = await buildInteraction(t.db, a.coalition.id, [leaving.id, deltion.id], {
        occurredAt: '2025-05-01T10:00:00Z',
      });
      await coordinator
        .delete(`/api/coalitions/${a.coalition.id}/organisations/${leaving.id}`)
        .expect(204);

      const read = await viewer.get(`${base}/${i.id}`).expect(200);
      expect(sorted(read.body.organisationIds)).toEqual(sorted([leaving.id, deltion.id]));
      expect(ids(await viewer.get(base).query({ organisationId: leaving.id }).expect(200))).toEqual(
        [i.id],
      );

      await member
        .patch(`${base}/${i.id}`)
        .send({ version: 1, summary: 'Nog steeds geldig' })
        .expect(200);
      await member
        .patch(`${base}/${i.id}`)
        .send({ version: 2, organisationIds: [leaving.id, windesheim.id] })
        .expect(200);
      const fresh = await member
        .post(base)
        .send({ occurredAt: '2025-06-01T10:00:00Z', kind: 'call', organisationIds: [leaving.id] })
        .expect(400);
      expect(fields(fresh)).toEqual(['organisationIds']);
    });
  });

  describe('access', () => {
    it('answers 404 for another coalition’s interaction', async () => {
      const foreignOrg = await buildOrganisation(t.db, b.coalition.id);
      const foreign = await buildInteraction(t.db, b.coalition.id, [foreignOrg.id]);
      await coordinator.get(`${base}/${foreign.id}`).expect(404);
      await coordinator
        .patch(`${base}/${foreign.id}`)
        .send({ version: 1, summary: 'x' })
        .expect(404);
      await coordinator.delete(`${base}/${foreign.id}`).expect(404);
      await coordinator.get(`${base}/not-a-uuid`).expect(404);
    });

    it('lets viewers read but not log, edit or delete', async () => {
      const i = await buildInteraction(t.db, a.coalition.id, [deltion.id]);
      await viewer.get(`${base}/${i.id}`).expect(200);
      await viewer
        .post(base)
        .send({ occurredAt: '2025-06-01T10:00:00Z', kind: 'call', organisationIds: [deltion.id] })
        .expect(403);
      await viewer.patch(`${base}/${i.id}`).send({ version: 1, summary: 'x' }).expect(403);
      await viewer.delete(`${base}/${i.id}`).expect(403);
    });

    it('answers 403 to partners on every route: interactions name other organisations', async () => {
      const i = await buildInteraction(t.db, a.coalition.id, [deltion.id]);
      await partner.get(base).expect(403);
      await partner.get(`${base}/${i.id}`).expect(403);
      await partner
        .post(base)
        .send({ occurredAt: '2025-06-01T10:00:00Z', kind: 'call', organisationIds: [deltion.id] })
        .expect(403);
      await partner.patch(`${base}/${i.id}`).send({ version: 1, summary: 'x' }).expect(403);
      await partner.delete(`${base}/${i.id}`).expect(403);
    });
  });

  it('lists a page of 100 with as many queries as a page of 10', async () => {
    const c = await buildCoalitionWithStaff(t.db, 'Bulk');
    const orgs = [
      await buildOrganisation(t.db, c.coalition.id),
      await buildOrganisation(t.db, c.coalition.id),
    ];
    const people = [
      await buildPerson(t.db, c.coalition.id),
      await buildPerson(t.db, c.coalition.id),
    ];
    await buildManyInteractions(
      t.db,
      c.coalition.id,
      120,
      orgs.map((o) => o.id),
      people.map((p) => p.id),
    );
    const agent = await t.login(c.viewer.email);
    const url = `/api/coalitions/${c.coalition.id}/interactions`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const count = async (pageSize: number) => {
        spy.mockClear();
        const res = await agent.get(url).query({ pageSize }).expect(200);
        expect(res.body.total).toBe(120);
        expect(res.body.items).toHaveLength(pageSize);
        expect(
          res.body.items.every(
            (i: { organisationIds: string[]; participantIds: string[] }) =>
              i.organisationIds.length === 2 && i.participantIds.length === 2,
          ),
        ).toBe(true);
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
