import type { HandoverDto, OrganisationInsightDto } from '@regiokracht/shared';
import type request from 'supertest';
import { DEMO_STORY } from '../../src/database/seed/demo-story';
import { seedDemo } from '../../src/database/seed/seed';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = InstanceType<typeof request.agent>;

/** The demo world is counted back from this instant; the retiring teacher leaves 60 days later. */
const NOW = new Date('2026-03-02T09:00:00Z');

describe('handovers (the retiring teacher of the demo world)', () => {
  let t: TestApp;
  let cid: string;
  let coordinator: Agent;
  let member: Agent;
  let viewer: Agent;
  let partner: Agent;
  let henk: { id: string; name: string; organisation_id: string };
  /** An active colleague at Albeda: takes over the key-contact role and everything by default. */
  let colleague: { id: string; name: string };
  /** Another active person: takes over one relationship. */
  let other: { id: string; name: string };
  let handover: HandoverDto;
  /** Succession of Henk's organisations before the handover. */
  let riskBefore: Map<string, OrganisationInsightDto['succession']>;

  const base = () => `/api/coalitions/${cid}/handovers`;
  const transferEvents = async () =>
    Number(
      (await sqlOne<{ n: string }>(
        t.db.manager,
        `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1 AND action = 'transfer'`,
        [cid],
      ))!.n,
    );
  const insights = async () => {
    const res = await viewer
      .get(`/api/coalitions/${cid}/insights/organisations`)
      .query({ pageSize: 200, asOf: NOW.toISOString() })
      .expect(200);
    return new Map(
      (res.body.items as OrganisationInsightDto[]).map((i) => [i.organisationId, i.succession]),
    );
  };
  const factorsNaming = (
    succession: OrganisationInsightDto['succession'] | undefined,
    personId: string,
  ) => (succession?.factors ?? []).filter((f) => f.personIds.includes(personId)).map((f) => f.code);

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    await seedDemo(t.db, NOW);
    cid = (await sqlOne<{ id: string }>(t.db.manager, 'SELECT id FROM coalition WHERE name = $1', [
      DEMO_STORY.coalition,
    ]))!.id;
    const agents: Agent[] = [];
    for (const role of ['coordinator', 'member', 'viewer'] as const) {
      const user = await buildUser(t.db);
      await buildMembership(t.db, cid, user.id, role);
      agents.push(await t.login(user.email));
    }
    [coordinator, member, viewer] = agents;
    const partnerOrg = await sqlOne<{ id: string }>(
      t.db.manager,
      'SELECT id FROM organisation WHERE coalition_id = $1 AND name = $2',
      [cid, DEMO_STORY.partnerCompany],
    );
    const partnerUser = await buildUser(t.db);
    await buildMembership(t.db, cid, partnerUser.id, 'partner', partnerOrg!.id);
    partner = await t.login(partnerUser.email);

    henk = (await sqlOne(
      t.db.manager,
      'SELECT id, name, organisation_id FROM person WHERE coalition_id = $1 AND name = $2',
      [cid, DEMO_STORY.retiringTeacher.name],
    ))!;
    [colleague] = await sqlRows(
      t.db.manager,
      `SELECT id, name FROM person WHERE coalition_id = $1 AND organisation_id = $2 AND status = 'active' AND deleted_at IS NULL
        ORDER BY name, id LIMIT 1`,
      [cid, henk.organisation_id],
    );
    [other] = await sqlRows(
      t.db.manager,
      `SELECT id, name FROM person WHERE coalition_id = $1 AND organisation_id <> $2 AND status = 'active' AND deleted_at IS NULL
        ORDER BY name, id LIMIT 1`,
      [cid, henk.organisation_id],
    );
    riskBefore = await insights();
  });

  afterAll(() => t?.close());

  it('is for staff: partners do not see handovers, viewers cannot start one', async () => {
    await partner.get(base()).expect(403);
    await viewer.post(base()).send({ departingPersonId: henk.id }).expect(403);
    await viewer.get(base()).expect(200);
  });

  it('drafts exactly what the departing person holds', async () => {
    const res = await member.post(base()).send({ departingPersonId: henk.id }).expect(201);
    handover = res.body;
    expect(handover).toMatchObject({
      status: 'draft',
      departingPerson: { id: henk.id, status: 'leaving' },
      report: null,
    });

    // What he holds, read straight from the tables (and, for key contacts, from the succession analytics).
    const held = async (sql: string) =>
      (await sqlRows<{ id: string }>(t.db.manager, sql, [cid, henk.id])).map((r) => r.id);
    const actionItems = await held(
      `SELECT id FROM action_item WHERE coalition_id = $1 AND owner_id = $2 AND deleted_at IS NULL
          AND status IN ('open', 'in_progress', 'blocked')`,
    );
    const organisations = await held(
      `SELECT id FROM organisation WHERE coalition_id = $1 AND relationship_owner_id = $2 AND deleted_at IS NULL AND status <> 'left'`,
    );
    const commitments = await held(
      `SELECT id FROM commitment WHERE coalition_id = $1 AND contact_id = $2 AND deleted_at IS NULL
          AND status IN ('proposed', 'pledged', 'active')`,
    );
    const initiatives = await held(
      `SELECT id FROM initiative WHERE coalition_id = $1 AND lead_id = $2 AND deleted_at IS NULL AND phase <> 'stopped'`,
    );
    const keyContactOf = [...riskBefore]
      .filter(([, s]) => factorsNaming(s, henk.id).includes('key_contact_leaving'))
      .map(([id]) => id);
    const expected = [
      ...actionItems.map((id) => `action_item:${id}`),
      ...organisations.map((id) => `organisation_owner:${id}`),
      ...commitments.map((id) => `commitment_contact:${id}`),
      ...initiatives.map((id) => `initiative_lead:${id}`),
      ...keyContactOf.map((id) => `key_contact:${id}`),
    ].sort();
    expect(handover.items.map((i) => `${i.itemType}:${i.itemId}`).sort()).toEqual(expected);

    // The story: three relationships, his own school as key contact, and more than just those.
    expect(
      handover.items
        .filter((i) => i.itemType === 'organisation_owner')
        .map((i) => i.label)
        .sort(),
    ).toEqual([...DEMO_STORY.retiringTeacher.organisations].sort());
    expect(keyContactOf).toEqual([henk.organisation_id]);
    expect(actionItems.length).toBeGreaterThan(0);
    expect(commitments.length).toBeGreaterThan(0);
    expect(initiatives.length).toBeGreaterThan(0);
    expect(handover.items.every((i) => i.state === 'pending' && !i.addedAfterDraft)).toBe(true);
    expect(handover.summary).toEqual({
      open: handover.items.length,
      withSuccessor: 0,
      dropped: 0,
      missingSuccessor: handover.items.length,
      needsReview: 0,
    });
  });

  it('allows one draft per person: a second one answers 409 with the existing draft', async () => {
    const res = await coordinator.post(base()).send({ departingPersonId: henk.id }).expect(409);
    expect(res.body.handoverId).toBe(handover.id);
    const unknown = await member
      .post(base())
      .send({ departingPersonId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.details[0].field).toBe('departingPersonId');
  });

  it('refuses completion while items have no successor, listing them, and changes nothing', async () => {
    const res = await member.post(`${base()}/${handover.id}/complete`).expect(409);
    expect(res.body.blockers).toHaveLength(handover.items.length);
    expect(res.body.blockers.every((b: { reason: string }) => b.reason === 'no_successor')).toBe(
      true,
    );
    expect(res.body.details[0].field).toMatch(/^items\./);
    const owned = await sqlOne<{ n: string }>(
      t.db.manager,
      `SELECT count(*) AS n FROM organisation WHERE coalition_id = $1 AND relationship_owner_id = $2`,
      [cid, henk.id],
    );
    expect(Number(owned!.n)).toBe(3);
    expect(await transferEvents()).toBe(0);
  });

  it('takes only active people other than the departing person as successors; only action items can be dropped', async () => {
    const patch = (body: object) =>
      member.patch(`${base()}/${handover.id}`).send({ version: handover.version, ...body });
    const organisationItem = handover.items.find((i) => i.itemType === 'organisation_owner')!;
    const actionItem = handover.items.find((i) => i.itemType === 'action_item')!;
    const departed = await sqlOne<{ id: string }>(
      t.db.manager,
      `SELECT id FROM person WHERE coalition_id = $1 AND name = $2`,
      [cid, DEMO_STORY.departedOwner],
    );

    expect((await patch({ defaultSuccessorId: henk.id }).expect(400)).body.details[0].field).toBe(
      'defaultSuccessorId',
    );
    const notActive = await patch({
      items: [{ id: organisationItem.id, successorId: departed!.id }],
    }).expect(400);
    expect(notActive.body.details[0]).toMatchObject({ field: 'items.0.successorId' });
    expect(notActive.body.details[0].message).toMatch(/choose an active person/);
    expect(
      (
        await patch({ items: [{ id: organisationItem.id, drop: true, dropReason: 'x' }] }).expect(
          400,
        )
      ).body.details[0].field,
    ).toBe('items.0.drop');
    expect(
      (await patch({ items: [{ id: actionItem.id, drop: true }] }).expect(400)).body.details[0]
        .field,
    ).toBe('items.0.dropReason');
    expect((await patch({ items: [{ id: colleague.id }] }).expect(400)).body.details[0].field).toBe(
      'items.0.id',
    );
    await member
      .patch(`${base()}/${handover.id}`)
      .send({ version: handover.version + 5, notes: 'x' })
      .expect(409);
    await viewer
      .patch(`${base()}/${handover.id}`)
      .send({ version: handover.version, notes: 'x' })
      .expect(403);
  });

  it('sets successors per item, a default successor, drops and the dossier', async () => {
    const koudijs = handover.items.find(
      (i) =>
        i.itemType === 'organisation_owner' &&
        i.label === DEMO_STORY.retiringTeacher.organisations[1],
    )!;
    const keyContact = handover.items.find((i) => i.itemType === 'key_contact')!;
    const dropped = handover.items.find((i) => i.itemType === 'action_item')!;
    const res = await member
      .patch(`${base()}/${handover.id}`)
      .send({
        version: handover.version,
        defaultSuccessorId: colleague.id,
        notes:
          'Bel Gert Koudijs vóór de zomer.\nBeloofd: 3 stageplekken <script>alert(1)</script> & meer.',
        items: [
          { id: koudijs.id, successorId: other.id },
          { id: keyContact.id, successorId: colleague.id },
          { id: dropped.id, drop: true, dropReason: 'Overtaken by the new covenant' },
        ],
      })
      .expect(200);
    handover = res.body;
    expect(handover.version).toBe(2);
    expect(handover.defaultSuccessorName).toBe(colleague.name);
    expect(handover.items.find((i) => i.id === koudijs.id)).toMatchObject({
      successorId: other.id,
      effectiveSuccessorId: other.id,
    });
    expect(handover.items.find((i) => i.id === dropped.id)).toMatchObject({
      drop: true,
      effectiveSuccessorId: null,
    });
    const rest = handover.items.filter((i) => ![koudijs.id, dropped.id].includes(i.id));
    expect(rest.every((i) => i.effectiveSuccessorId === colleague.id)).toBe(true);
    expect(handover.summary).toMatchObject({ missingSuccessor: 0, dropped: 1, needsReview: 0 });
  });

  it('holds completion for things taken on or changed after the draft until they are reviewed', async () => {
    const created = await member
      .post(`/api/coalitions/${cid}/action-items`)
      .send({ title: 'Laatste rondleiding plannen', ownerId: henk.id })
      .expect(201);
    const initiativeItem = handover.items.find((i) => i.itemType === 'initiative_lead')!;
    const initiative = (
      await member.get(`/api/coalitions/${cid}/initiatives/${initiativeItem.itemId}`).expect(200)
    ).body;
    await member
      .patch(`/api/coalitions/${cid}/initiatives/${initiative.id}`)
      .send({ version: initiative.version, phase: 'scaling' })
      .expect(200);

    const refused = await member.post(`${base()}/${handover.id}/complete`).expect(409);
    const blockers = refused.body.blockers as { itemId: string; reason: string }[];
    expect(blockers.map((b) => [b.itemId, b.reason]).sort()).toEqual(
      [
        [created.body.id, 'needs_review'],
        [initiative.id, 'needs_review'],
      ].sort(),
    );
    // Nothing moved; the new item is in the draft now instead of being left behind.
    const ownerNow = await sqlOne<{ owner_id: string }>(
      t.db.manager,
      `SELECT owner_id FROM action_item WHERE coalition_id = $1 AND id = $2`,
      [cid, created.body.id],
    );
    expect(ownerNow!.owner_id).toBe(henk.id);
    handover = (await viewer.get(`${base()}/${handover.id}`).expect(200)).body;
    const added = handover.items.find((i) => i.itemId === created.body.id)!;
    expect(added).toMatchObject({
      addedAfterDraft: true,
      state: 'needs_review',
      effectiveSuccessorId: colleague.id,
    });
    expect(handover.items.find((i) => i.itemId === initiative.id)).toMatchObject({
      state: 'needs_review',
      detail: { phase: 'scaling' },
    });

    const reviewed = await member
      .patch(`${base()}/${handover.id}`)
      .send({
        version: handover.version,
        items: handover.items.filter((i) => i.state === 'needs_review').map((i) => ({ id: i.id })),
      })
      .expect(200);
    handover = reviewed.body;
    expect(handover.summary.needsReview).toBe(0);
  });

  it('completes all or nothing: a failure mid-way leaves no transfer and no audit event', async () => {
    // Initiatives move after action items, relationships and commitments: fail there.
    await t.db.query(`
      CREATE FUNCTION test_fail_lead_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure'; END $$;
      CREATE TRIGGER test_fail_lead_change BEFORE UPDATE OF lead_id ON initiative
        FOR EACH ROW EXECUTE FUNCTION test_fail_lead_change();`);
    const auditBefore = await sqlOne<{ n: string }>(
      t.db.manager,
      `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1`,
      [cid],
    );
    try {
      await member.post(`${base()}/${handover.id}/complete`).expect(500);
    } finally {
      await t.db.query(
        `DROP TRIGGER test_fail_lead_change ON initiative; DROP FUNCTION test_fail_lead_change();`,
      );
    }
    const auditAfter = await sqlOne<{ n: string }>(
      t.db.manager,
      `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1`,
      [cid],
    );
    expect(auditAfter!.n).toBe(auditBefore!.n);
    expect(await transferEvents()).toBe(0);
    const stillHis = await sqlOne<{ items: string; organisations: string; person: string | null }>(
      t.db.manager,
      `SELECT (SELECT count(*) FROM action_item WHERE coalition_id = $1 AND owner_id = $2 AND status IN ('open', 'in_progress', 'blocked')) AS items,
              (SELECT count(*) FROM organisation WHERE coalition_id = $1 AND relationship_owner_id = $2) AS organisations,
              (SELECT successor_id FROM person WHERE coalition_id = $1 AND id = $2) AS person`,
      [cid, henk.id],
    );
    expect(Number(stillHis!.items)).toBe(
      handover.items.filter((i) => i.itemType === 'action_item').length,
    );
    expect(Number(stillHis!.organisations)).toBe(3);
    expect(stillHis!.person).toBeNull();
    expect((await viewer.get(`${base()}/${handover.id}`).expect(200)).body.status).toBe('draft');
  });

  it('completes: everything moves, the person gets a successor, and the succession risk drops', async () => {
    const res = await member.post(`${base()}/${handover.id}/complete`).expect(200);
    const done: HandoverDto = res.body;
    expect(done.status).toBe('completed');
    const moving = handover.items.filter((i) => !i.drop);
    expect(done.report!.transfers).toHaveLength(moving.length);
    expect(done.report!.dropped).toEqual([
      expect.objectContaining({
        itemId: handover.items.find((i) => i.drop)!.itemId,
        reason: 'Overtaken by the new covenant',
      }),
    ]);
    expect(done.report!.departingPerson).toMatchObject({
      id: henk.id,
      statusAfter: 'leaving',
      successor: { id: colleague.id },
    });
    expect(done.items.every((i) => i.state === 'applied')).toBe(true);
    expect(done.report!.bySuccessor.map((s) => s.id).sort()).toEqual(
      [colleague.id, other.id].sort(),
    );

    const left = await sqlOne<Record<string, string>>(
      t.db.manager,
      `SELECT (SELECT count(*) FROM action_item WHERE coalition_id = $1 AND owner_id = $2 AND status IN ('open', 'in_progress', 'blocked')) AS items,
              (SELECT count(*) FROM organisation WHERE coalition_id = $1 AND relationship_owner_id = $2) AS organisations,
              (SELECT count(*) FROM commitment WHERE coalition_id = $1 AND contact_id = $2 AND status IN ('proposed', 'pledged', 'active')) AS commitments,
              (SELECT count(*) FROM initiative WHERE coalition_id = $1 AND lead_id = $2 AND phase <> 'stopped') AS initiatives`,
      [cid, henk.id],
    );
    expect(Object.values(left!).map(Number)).toEqual([0, 0, 0, 0]);
    for (const item of moving.filter((i) => i.itemType !== 'key_contact')) {
      const table = {
        action_item: 'action_item',
        organisation_owner: 'organisation',
        commitment_contact: 'commitment',
        initiative_lead: 'initiative',
      }[item.itemType as 'action_item'];
      const column = {
        action_item: 'owner_id',
        organisation: 'relationship_owner_id',
        commitment: 'contact_id',
        initiative: 'lead_id',
      }[table as 'action_item'];
      const row = await sqlOne<{ holder: string }>(
        t.db.manager,
        `SELECT ${column} AS holder FROM ${table} WHERE coalition_id = $1 AND id = $2`,
        [cid, item.itemId],
      );
      expect(row!.holder).toBe(item.effectiveSuccessorId);
    }
    const dropped = await sqlOne<{ status: string }>(
      t.db.manager,
      `SELECT status FROM action_item WHERE coalition_id = $1 AND id = $2`,
      [cid, handover.items.find((i) => i.drop)!.itemId],
    );
    expect(dropped!.status).toBe('dropped');
    const people = await sqlRows<{
      id: string;
      status: string;
      successor_id: string | null;
      is_key_contact: boolean;
    }>(
      t.db.manager,
      `SELECT id, status, successor_id, is_key_contact FROM person WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
      [cid, [henk.id, colleague.id]],
    );
    expect(people.find((p) => p.id === henk.id)).toMatchObject({
      status: 'leaving',
      successor_id: colleague.id,
      is_key_contact: false,
    });
    expect(people.find((p) => p.id === colleague.id)).toMatchObject({ is_key_contact: true });

    // One audit event per transfer, with action transfer.
    const events = await sqlRows<{ entity_id: string }>(
      t.db.manager,
      `SELECT entity_id FROM audit_event WHERE coalition_id = $1 AND action = 'transfer' ORDER BY entity_id`,
      [cid],
    );
    expect(events.map((e) => e.entity_id).sort()).toEqual(moving.map((i) => i.itemId).sort());

    // docs/domain.md: a key contact leaving with a successor, and an owner who is active, are no risk.
    const riskAfter = await insights();
    const affected = [
      ...new Set(moving.flatMap((i) => (i.organisationId ? [i.organisationId] : []))),
    ];
    for (const organisationId of affected) {
      expect(
        factorsNaming(riskAfter.get(organisationId), henk.id).filter(
          (c) => c === 'key_contact_leaving' || c === 'owner_leaving',
        ),
      ).toEqual([]);
    }
    for (const organisationId of [
      henk.organisation_id,
      ...handover.items.filter((i) => i.itemType === 'organisation_owner').map((i) => i.itemId),
    ]) {
      const before = riskBefore.get(organisationId)!;
      const after = riskAfter.get(organisationId)!;
      expect(
        factorsNaming(before, henk.id).some(
          (c) => c === 'key_contact_leaving' || c === 'owner_leaving',
        ),
      ).toBe(true);
      expect(after.score).toBeLessThan(before.score);
    }
  });

  it('answers a second completion with the same report and changes nothing', async () => {
    const first = (await viewer.get(`${base()}/${handover.id}`).expect(200)).body as HandoverDto;
    const events = await sqlOne<{ n: string }>(
      t.db.manager,
      `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1`,
      [cid],
    );
    const versions = await sqlRows(
      t.db.manager,
      `SELECT id, version FROM organisation WHERE coalition_id = $1 ORDER BY id`,
      [cid],
    );
    const again = await coordinator.post(`${base()}/${handover.id}/complete`).expect(200);
    expect(again.body).toEqual(first);
    expect(
      await sqlOne(t.db.manager, `SELECT count(*) AS n FROM audit_event WHERE coalition_id = $1`, [
        cid,
      ]),
    ).toEqual(events);
    expect(
      await sqlRows(
        t.db.manager,
        `SELECT id, version FROM organisation WHERE coalition_id = $1 ORDER BY id`,
        [cid],
      ),
    ).toEqual(versions);
  });

  it('refuses to make the departed person owner, contact or lead of anything, naming the successor', async () => {
    const api = `/api/coalitions/${cid}`;
    const expectRefused = (res: request.Response, field: string) => {
      expect(res.status).toBe(409);
      expect(res.body.message).toBe(
        `${henk.name} has handed over to ${colleague.name}; assign ${colleague.name} instead`,
      );
      expect(res.body.successorId).toBe(colleague.id);
      expect(res.body.details).toEqual([
        { field, message: `${henk.name} has handed over to ${colleague.name}` },
      ]);
    };
    expectRefused(
      await member.post(`${api}/action-items`).send({ title: 'Nog één ding', ownerId: henk.id }),
      'ownerId',
    );
    const item = (
      await member.post(`${api}/action-items`).send({ title: 'Iets anders' }).expect(201)
    ).body;
    expectRefused(
      await member
        .patch(`${api}/action-items/${item.id}`)
        .send({ version: item.version, ownerId: henk.id }),
      'ownerId',
    );
    expectRefused(
      await member
        .post(`${api}/action-items/bulk-assign`)
        .send({ items: [{ id: item.id, version: item.version }], ownerId: henk.id }),
      'ownerId',
    );

    const organisationId = handover.items.find((i) => i.itemType === 'organisation_owner')!.itemId;
    const organisation = (await member.get(`${api}/organisations/${organisationId}`).expect(200))
      .body;
    expectRefused(
      await member
        .patch(`${api}/organisations/${organisationId}`)
        .send({ version: organisation.version, relationshipOwnerId: henk.id }),
      'relationshipOwnerId',
    );
    expectRefused(
      await member.post(`${api}/commitments`).send({
        organisationId,
        contactId: henk.id,
        kind: 'internships',
        quantity: 2,
        unit: 'places',
      }),
      'contactId',
    );
    const initiativeId = handover.items.find((i) => i.itemType === 'initiative_lead')!.itemId;
    const initiative = (await member.get(`${api}/initiatives/${initiativeId}`).expect(200)).body;
    expectRefused(
      await member
        .patch(`${api}/initiatives/${initiativeId}`)
        .send({ version: initiative.version, leadId: henk.id }),
      'leadId',
    );

    // Keeping him on a finished item he once owned is no assignment: editing it still works.
    const droppedId = handover.items.find((i) => i.drop)!.itemId;
    const droppedItem = (await member.get(`${api}/action-items/${droppedId}`).expect(200)).body;
    await member
      .patch(`${api}/action-items/${droppedId}`)
      .send({ version: droppedItem.version, ownerId: henk.id, description: 'Zie overdracht' })
      .expect(200);
  });

  it('lists handovers and reads one with its report', async () => {
    const list = await viewer.get(base()).query({ status: 'completed' }).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1 });
    expect(list.body.items[0]).toMatchObject({
      id: handover.id,
      departingPerson: { id: henk.id, successorId: colleague.id },
    });
    expect(list.body.items[0].items).toBeUndefined();
    expect((await viewer.get(base()).query({ status: 'draft' }).expect(200)).body.total).toBe(0);
    expect((await viewer.get(base()).query({ q: 'smits' }).expect(200)).body.total).toBe(1);
    await viewer.get(base()).query({ sort: 'nonsense' }).expect(400);
    const one = await viewer.get(`${base()}/${handover.id}`).expect(200);
    expect(one.body.report.transfers.length).toBeGreaterThan(0);
    await partner.get(`${base()}/${handover.id}`).expect(403);
    await viewer.get(`${base()}/not-a-uuid`).expect(404);
  });

  it('prints a self-contained report for the successor, with every user text escaped', async () => {
    const res = await viewer.get(`${base()}/${handover.id}/report.html`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    const html = res.text;
    expect(html).toContain(`Handover of ${henk.name}`);
    expect(html).toContain(`For ${colleague.name}`);
    for (const name of DEMO_STORY.retiringTeacher.organisations) expect(html).toContain(name);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; meer');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<link|src=/);
    await partner.get(`${base()}/${handover.id}/report.html`).expect(403);
    await t.http().get(`${base()}/${handover.id}/report.html`).expect(401);
  });

  it('keeps a completed handover as record; a draft can be discarded', async () => {
    await member.patch(`${base()}/${handover.id}`).send({ version: 3, notes: 'x' }).expect(409);
    await coordinator.delete(`${base()}/${handover.id}`).expect(409);
    const draft = (await member.post(base()).send({ departingPersonId: other.id }).expect(201))
      .body;
    await viewer.delete(`${base()}/${draft.id}`).expect(403);
    await member.delete(`${base()}/${draft.id}`).expect(204);
    await viewer.get(`${base()}/${draft.id}`).expect(404);
  });

  it('shows a person marked leaving among the upcoming departures', async () => {
    const person = (await member.get(`/api/coalitions/${cid}/people/${other.id}`).expect(200)).body;
    await member
      .patch(`/api/coalitions/${cid}/people/${other.id}`)
      .send({ version: person.version, status: 'leaving', leavingOn: '2026-04-15' })
      .expect(200);
    const dashboard = await viewer
      .get(`/api/coalitions/${cid}/insights/dashboard`)
      .query({ asOf: NOW.toISOString() })
      .expect(200);
    expect(dashboard.body.departures.map((d: { person: { id: string } }) => d.person.id)).toContain(
      other.id,
    );
  });
});
