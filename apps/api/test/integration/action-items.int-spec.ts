import type { ActionItemDto } from '@regiokracht/shared';
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

const NOW = new Date('2025-06-15T10:00:00.000Z');

describe('action items', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let own: { id: string; name: string };
  let competitor: { id: string };
  let active: { id: string; name: string };
  let leaving: { id: string };
  let left: { id: string };
  let initiative: { id: string };
  let other: { organisationId: string; personId: string; initiativeId: string; itemId: string };

  const base = () => `/api/coalitions/${cid}/action-items`;
  const create = async (over: Record<string, unknown> = {}): Promise<ActionItemDto> =>
    (
      await member
        .post(base())
        .send({ title: 'Stageplekken inventariseren', ...over })
        .expect(201)
    ).body;
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
    t = await createTestApp({ now: () => NOW });
    const staff = await buildCoalitionWithStaff(t.db);
    cid = staff.coalition.id;
    own = await insertOrganisation(t.db, cid, { name: 'Deltion' });
    competitor = await insertOrganisation(t.db, cid);
    active = await insertPerson(t.db, cid, { name: 'Jan Jansen', organisationId: own.id });
    leaving = await insertPerson(t.db, cid, { status: 'leaving' });
    left = await insertPerson(t.db, cid, { status: 'left' });
    initiative = await insertInitiative(t.db, cid);
    const partnerUser = await buildPartner(t.db, cid, own.id);

    const b = await buildCoalitionWithStaff(t.db);
    const bOrg = await insertOrganisation(t.db, b.coalition.id);
    const bPerson = await insertPerson(t.db, b.coalition.id);
    const bInitiative = await insertInitiative(t.db, b.coalition.id);
    const bItem = await sqlOne<{ id: string }>(
      t.db.manager,
      `INSERT INTO action_item (coalition_id, title) VALUES ($1, 'Elders') RETURNING id`,
      [b.coalition.id],
    );
    other = {
      organisationId: bOrg.id,
      personId: bPerson.id,
      initiativeId: bInitiative.id,
      itemId: bItem!.id,
    };

    coordinator = await t.login(staff.coordinator.email);
    member = await t.login(staff.member.email);
    viewer = await t.login(staff.viewer.email);
    partner = await t.login(partnerUser.email);
  });
  afterAll(() => t.close());

  it('creates, reads, lists, updates and soft-deletes an action item', async () => {
    const created = await create({
      description: 'Met de bedrijven in de haven',
      ownerId: active.id,
      organisationId: own.id,
      initiativeId: initiative.id,
      dueOn: '2025-07-01',
      priority: 'high',
    });
    expect(created).toMatchObject({
      title: 'Stageplekken inventariseren',
      description: 'Met de bedrijven in de haven',
      ownerId: active.id,
      ownerName: 'Jan Jansen',
      ownerStatus: 'active',
      organisationId: own.id,
      organisationName: 'Deltion',
      initiativeId: initiative.id,
      dueOn: '2025-07-01',
      status: 'open',
      priority: 'high',
      completedAt: null,
      version: 1,
    });
    expect((await viewer.get(`${base()}/${created.id}`).expect(200)).body).toEqual(created);
    const list = await viewer.get(base()).query({ q: 'haven' }).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [created] });

    const patched = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, ownerId: null, title: 'Herzien' })
      .expect(200);
    expect(patched.body).toMatchObject({
      ownerId: null,
      ownerName: null,
      ownerStatus: null,
      title: 'Herzien',
      version: 2,
    });
    const stale = await member
      .patch(`${base()}/${created.id}`)
      .send({ version: 1, priority: 'low' })
      .expect(409);
    expect(stale.body.currentVersion).toBe(2);

    await member.delete(`${base()}/${created.id}`).expect(204);
    await member.get(`${base()}/${created.id}`).expect(404);
    expect((await member.get(base()).query({ q: 'haven' }).expect(200)).body.total).toBe(0);

    const events = await audit(created.id);
    expect(events.map((e) => [e.entityType, e.action])).toEqual([
      ['action_item', 'create'],
      ['action_item', 'update'],
      ['action_item', 'delete'],
    ]);
    expect(events[1].changes).toEqual({
      title: { before: 'Stageplekken inventariseren', after: 'Herzien' },
      ownerId: { before: active.id, after: null },
      ownerName: { before: 'Jan Jansen', after: null },
      ownerStatus: { before: 'active', after: null },
    });
    expect(events[2].changes.title).toEqual({ before: 'Herzien', after: null });
  });

  it('stamps completedAt when an item becomes done and clears it when it leaves done', async () => {
    const item = await create();
    const done = await member
      .patch(`${base()}/${item.id}`)
      .send({ version: 1, status: 'done' })
      .expect(200);
    expect(done.body.completedAt).toBe(NOW.toISOString());
    const stillDone = await member
      .patch(`${base()}/${item.id}`)
      .send({ version: 2, title: 'Nog steeds klaar' })
      .expect(200);
    expect(stillDone.body.completedAt).toBe(NOW.toISOString());
    const reopened = await member
      .patch(`${base()}/${item.id}`)
      .send({ version: 3, status: 'in_progress' })
      .expect(200);
    expect(reopened.body.completedAt).toBeNull();
    const createdDone = await create({ status: 'done' });
    expect(createdDone.completedAt).toBe(NOW.toISOString());

    const events = await audit(item.id);
    expect(events[1].changes).toEqual({
      status: { before: 'open', after: 'done' },
      completedAt: { before: null, after: NOW.toISOString() },
    });
    expect(events[3].changes.completedAt).toEqual({ before: NOW.toISOString(), after: null });
  });

  it('filters unowned, orphaned and overdue items', async () => {
    const tag = { description: 'queue-test' };
    const unowned = await create({ ...tag, dueOn: '2025-06-20' });
    const ownedByActive = await create({ ...tag, ownerId: active.id, dueOn: '2025-06-14' });
    const ownedByLeaving = await create({ ...tag, ownerId: leaving.id, status: 'blocked' });
    const ownedByLeft = await create({
      ...tag,
      ownerId: left.id,
      status: 'in_progress',
      dueOn: '2025-06-15',
    });
    const doneByLeft = await create({
      ...tag,
      ownerId: left.id,
      status: 'done',
      dueOn: '2025-01-01',
    });
    const droppedOverdue = await create({ ...tag, status: 'dropped', dueOn: '2025-01-01' });
    const ids = async (query: Record<string, string>) =>
      (
        (
          await member
            .get(base())
            .query({ q: 'queue-test', sort: 'createdAt', ...query })
            .expect(200)
        ).body.items as ActionItemDto[]
      ).map((x) => x.id);

    expect(await ids({ unowned: 'true' })).toEqual([unowned.id, droppedOverdue.id]);
    expect(await ids({ unowned: 'true', status: 'open,in_progress,blocked' })).toEqual([
      unowned.id,
    ]);
    expect(await ids({ orphaned: 'true' })).toEqual([ownedByLeaving.id, ownedByLeft.id]);
    expect(await ids({ overdue: 'true' })).toEqual([ownedByActive.id]);
    expect(await ids({ overdue: 'false' })).toHaveLength(6);
    expect(await ids({ ownerId: left.id })).toEqual([ownedByLeft.id, doneByLeft.id]);
    expect(await ids({ status: 'done,dropped' })).toEqual([doneByLeft.id, droppedOverdue.id]);
    expect(await ids({ dueBefore: '2025-06-15' })).toEqual([
      ownedByActive.id,
      doneByLeft.id,
      droppedOverdue.id,
    ]);

    const orphan = (await member.get(`${base()}/${ownedByLeft.id}`).expect(200)).body;
    expect(orphan.ownerStatus).toBe('left');

    const bad = await member.get(base()).query({ orphaned: 'yes' }).expect(400);
    expect(bad.body.details[0].field).toBe('orphaned');
    const badStatus = await member.get(base()).query({ status: 'open,finished' }).expect(400);
    expect(badStatus.body.details[0].field).toBe('status');
  });

  it('filters by organisation, initiative and priority, and sorts by meaning', async () => {
    const tag = { description: 'sort-test' };
    const low = await create({
      ...tag,
      title: 'B',
      priority: 'low',
      organisationId: own.id,
      dueOn: '2025-08-01',
    });
    const high = await create({
      ...tag,
      title: 'A',
      priority: 'high',
      initiativeId: initiative.id,
      dueOn: '2025-07-01',
    });
    const normal = await create({
      ...tag,
      title: 'C',
      priority: 'normal',
      organisationId: competitor.id,
    });
    const ids = async (query: Record<string, string>) =>
      (
        (
          await member
            .get(base())
            .query({ q: 'sort-test', ...query })
            .expect(200)
        ).body.items as ActionItemDto[]
      ).map((x) => x.id);
    expect(await ids({})).toEqual([high.id, low.id, normal.id]);
    expect(await ids({ sort: 'priority' })).toEqual([low.id, normal.id, high.id]);
    expect(await ids({ sort: '-priority' })).toEqual([high.id, normal.id, low.id]);
    expect(await ids({ sort: 'title' })).toEqual([high.id, low.id, normal.id]);
    expect(await ids({ organisationId: own.id })).toEqual([low.id]);
    expect(await ids({ initiativeId: initiative.id })).toEqual([high.id]);
    expect(await ids({ priority: 'low,normal', sort: 'priority' })).toEqual([low.id, normal.id]);
    const bad = await member.get(base()).query({ sort: 'ownerName' }).expect(400);
    expect(bad.body.details[0].field).toBe('sort');
  });

  it.each([
    ['title', { title: '' }],
    ['title', { title: undefined }],
    ['ownerId', { ownerId: 'somebody' }],
    ['ownerIds', { ownerIds: [] }],
    ['status', { status: 'finished' }],
    ['priority', { priority: 'urgent' }],
    ['dueOn', { dueOn: '15-06-2025' }],
    ['completedAt', { completedAt: '2025-06-15T10:00:00Z' }],
  ])('refuses an invalid %s with 400', async (field, over) => {
    const res = await member
      .post(base())
      .send({ title: 'X', ...over })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('keeps coalitions apart', async () => {
    await member.get(`${base()}/${other.itemId}`).expect(404);
    await member.patch(`${base()}/${other.itemId}`).send({ version: 1, title: 'X' }).expect(404);
    await member.delete(`${base()}/${other.itemId}`).expect(404);
    for (const [field, value] of [
      ['ownerId', other.personId],
      ['organisationId', other.organisationId],
      ['initiativeId', other.initiativeId],
    ]) {
      const res = await member
        .post(base())
        .send({ title: 'X', [field]: value })
        .expect(400);
      expect(res.body.details).toEqual([
        { field, message: expect.stringContaining('of this coalition') },
      ]);
    }
  });

  it('refuses viewers and partners every mutation', async () => {
    const item = await create({ organisationId: own.id });
    for (const agent of [viewer, partner]) {
      await agent.post(base()).send({ title: 'X' }).expect(403);
      await agent.patch(`${base()}/${item.id}`).send({ version: 1, title: 'Y' }).expect(403);
      await agent.delete(`${base()}/${item.id}`).expect(403);
      await agent
        .post(`${base()}/bulk-assign`)
        .send({ items: [{ id: item.id, version: 1 }], ownerId: null })
        .expect(403);
    }
  });

  it('shows a partner only its own organisation’s items', async () => {
    const mine = await create({ organisationId: own.id, description: 'partner-test' });
    const theirs = await create({ organisationId: competitor.id, description: 'partner-test' });
    const internal = await create({ description: 'partner-test' });
    const list = await partner.get(base()).query({ q: 'partner-test' }).expect(200);
    expect(list.body.items.map((x: ActionItemDto) => x.id)).toEqual([mine.id]);
    await partner.get(`${base()}/${mine.id}`).expect(200);
    await partner.get(`${base()}/${theirs.id}`).expect(404);
    await partner.get(`${base()}/${internal.id}`).expect(404);
  });

  describe('bulk assign', () => {
    const bulk = () => `${base()}/bulk-assign`;

    it('gives many items one owner in one step, with one audit event each', async () => {
      const items = [await create(), await create({ ownerId: left.id }), await create()];
      const patchedFirst = await member
        .patch(`${base()}/${items[0].id}`)
        .send({ version: 1, priority: 'high' })
        .expect(200);
      const body = {
        items: [
          { id: items[0].id, version: patchedFirst.body.version },
          { id: items[1].id, version: 1 },
          { id: items[2].id, version: 1 },
        ],
        ownerId: active.id,
      };
      const res = await member.post(bulk()).send(body).expect(200);
      expect(
        res.body.items.map((x: ActionItemDto) => [x.id, x.ownerId, x.ownerName, x.version]),
      ).toEqual([
        [items[0].id, active.id, 'Jan Jansen', 3],
        [items[1].id, active.id, 'Jan Jansen', 2],
        [items[2].id, active.id, 'Jan Jansen', 2],
      ]);
      const events = await audit(items[1].id);
      expect(events.map((e) => e.action)).toEqual(['create', 'update']);
      expect(events[1].changes.ownerId).toEqual({ before: left.id, after: active.id });
      for (const item of items) expect((await audit(item.id)).length).toBeGreaterThanOrEqual(2);

      const unassigned = await member
        .post(bulk())
        .send({ items: [{ id: items[2].id, version: 2 }], ownerId: null })
        .expect(200);
      expect(unassigned.body.items[0]).toMatchObject({ ownerId: null, version: 3 });
    });

    it('changes nothing when one version is stale', async () => {
      const a = await create();
      const b = await create();
      await member.patch(`${base()}/${b.id}`).send({ version: 1, title: 'Changed' }).expect(200);
      const res = await member
        .post(bulk())
        .send({
          items: [
            { id: a.id, version: 1 },
            { id: b.id, version: 1 },
          ],
          ownerId: active.id,
        })
        .expect(409);
      expect(res.body.details).toEqual([
        { field: 'items.1.version', message: expect.stringContaining('version 2') },
      ]);
      expect((await member.get(`${base()}/${a.id}`).expect(200)).body).toMatchObject({
        ownerId: null,
        version: 1,
      });
      expect(await audit(a.id)).toHaveLength(1);
    });

    it('refuses unknown items, duplicates, foreign owners and empty lists with 400', async () => {
      const a = await create();
      const foreign = await member
        .post(bulk())
        .send({
          items: [
            { id: a.id, version: 1 },
            { id: other.itemId, version: 1 },
          ],
          ownerId: active.id,
        })
        .expect(400);
      expect(foreign.body.details[0].field).toBe('items.1.id');
      const twice = await member
        .post(bulk())
        .send({
          items: [
            { id: a.id, version: 1 },
            { id: a.id, version: 1 },
          ],
          ownerId: active.id,
        })
        .expect(400);
      expect(twice.body.details[0].field).toBe('items.1.id');
      const owner = await member
        .post(bulk())
        .send({ items: [{ id: a.id, version: 1 }], ownerId: other.personId })
        .expect(400);
      expect(owner.body.details[0].field).toBe('ownerId');
      const empty = await member.post(bulk()).send({ items: [], ownerId: active.id }).expect(400);
      expect(empty.body.details[0].field).toBe('items');
      const noOwner = await member
        .post(bulk())
        .send({ items: [{ id: a.id, version: 1 }] })
        .expect(400);
      expect(noOwner.body.details[0].field).toBe('ownerId');
      const badVersion = await member
        .post(bulk())
        .send({ items: [{ id: a.id }], ownerId: null })
        .expect(400);
      expect(badVersion.body.details[0].field).toBe('items.0.version');
      expect((await member.get(`${base()}/${a.id}`).expect(200)).body.version).toBe(1);
    });
  });

  it('lists a page with the same number of queries for 10 and for 100 rows', async () => {
    const org = await insertOrganisation(t.db, cid, { name: 'Bulk BV' });
    await t.db.query(
      `INSERT INTO action_item (coalition_id, title, owner_id, organisation_id, due_on)
       SELECT $1, 'bulk ' || g, $2, $3, DATE '2025-01-01' + g FROM generate_series(1, 120) g`,
      [cid, active.id, org.id],
    );
    const counter = countQueries(t.db);
    try {
      const query = { organisationId: org.id, orphaned: 'false', overdue: 'false' };
      await member
        .get(base())
        .query({ ...query, pageSize: 10 })
        .expect(200);
      counter.reset();
      const small = await member
        .get(base())
        .query({ ...query, pageSize: 10 })
        .expect(200);
      const forTen = counter.count;
      counter.reset();
      const large = await member
        .get(base())
        .query({ ...query, pageSize: 100 })
        .expect(200);
      const forHundred = counter.count;
      expect(small.body.items).toHaveLength(10);
      expect(large.body.items).toHaveLength(100);
      expect(large.body.items[99]).toMatchObject({
        ownerName: 'Jan Jansen',
        organisationName: 'Bulk BV',
      });
      expect(forTen).toBeGreaterThanOrEqual(1);
      expect(forTen).toBeLessThanOrEqual(3);
      expect(forHundred).toBe(forTen);
    } finally {
      counter.stop();
    }
  });
});
