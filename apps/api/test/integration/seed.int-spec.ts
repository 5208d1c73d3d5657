import {
  engagement,
  fairShare,
  succession,
  type EngagementInteraction,
  type SizeClass,
  type SuccessionPerson,
} from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../src/database/migrate';
import { DEMO_LOGINS, DEMO_STORY, seedDemo, seedDemoIfEmpty } from '../../src/database/seed/seed';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { createTestApp, type TestApp } from '../utils/test-app';
import { createTestDatabase, type TestDatabase } from '../utils/test-database';

const NOW = new Date('2026-11-15T10:00:00Z');
const DAY = 86_400_000;
const COALITIONS = [
  'Techniek College Rotterdam',
  'Zwolse Koers',
  'CIV Bio Sciences Leiden',
  'DNA — Drenthe, Noord, Alfa',
];

/** Everything a test or screenshot may see, without ids: equal for two seeds with the same `now`. */
async function fingerprint(db: DataSource) {
  const q = (sql: string) => sqlRows(db.manager, sql);
  const counts = await q(`
    SELECT c.name,
      (SELECT count(*) FROM organisation x WHERE x.coalition_id = c.id)::int AS organisations,
      (SELECT count(*) FROM person x WHERE x.coalition_id = c.id)::int AS people,
      (SELECT count(*) FROM affiliation x WHERE x.coalition_id = c.id)::int AS affiliations,
      (SELECT count(*) FROM interaction x WHERE x.coalition_id = c.id)::int AS interactions,
      (SELECT count(*) FROM interaction_participant x WHERE x.coalition_id = c.id)::int AS participants,
      (SELECT count(*) FROM commitment x WHERE x.coalition_id = c.id)::int AS commitments,
      (SELECT count(*) FROM contribution x WHERE x.coalition_id = c.id)::int AS contributions,
      (SELECT count(*) FROM benefit x WHERE x.coalition_id = c.id)::int AS benefits,
      (SELECT count(*) FROM action_item x WHERE x.coalition_id = c.id)::int AS action_items,
      (SELECT count(*) FROM initiative x WHERE x.coalition_id = c.id)::int AS initiatives,
      (SELECT count(*) FROM membership x WHERE x.coalition_id = c.id)::int AS memberships
    FROM coalition c ORDER BY c.name`);
  const organisations = await q(`
    SELECT c.name AS coalition, o.name, o.kind, o.size_class, o.status, o.joined_on::text AS joined_on
    FROM organisation o JOIN coalition c ON c.id = o.coalition_id ORDER BY 1, 2`);
  const interactions = await q(`
    SELECT c.name AS coalition, to_char(i.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS at, i.kind, i.summary
    FROM interaction i JOIN coalition c ON c.id = i.coalition_id ORDER BY 1, 2, 3, 4`);
  const people = await q(`
    SELECT c.name AS coalition, p.name, p.email, p.status, p.leaving_on::text AS leaving_on, p.is_key_contact
    FROM person p JOIN coalition c ON c.id = p.coalition_id ORDER BY 1, 2`);
  const ledger = await q(`
    SELECT c.name AS coalition, o.name AS organisation, m.kind, m.quantity::text AS quantity, m.status,
      (SELECT coalesce(sum(x.quantity), 0)::text FROM contribution x WHERE x.coalition_id = m.coalition_id AND x.commitment_id = m.id) AS delivered
    FROM commitment m JOIN coalition c ON c.id = m.coalition_id
    JOIN organisation o ON o.coalition_id = m.coalition_id AND o.id = m.organisation_id ORDER BY 1, 2, 3, 4, 5`);
  const actionItems = await q(`
    SELECT c.name AS coalition, a.title, a.status, a.due_on::text AS due_on, p.name AS owner
    FROM action_item a JOIN coalition c ON c.id = a.coalition_id
    LEFT JOIN person p ON p.coalition_id = a.coalition_id AND p.id = a.owner_id ORDER BY 1, 2, 3, 4, 5`);
  return { counts, organisations, interactions, people, ledger, actionItems };
}

describe('demo world (seed)', () => {
  let t: TestApp;
  let tcr: string;
  let closed = false;
  const closeApp = async () => {
    if (closed) return;
    closed = true;
    await t.close();
  };

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    await seedDemo(t.db, NOW);
    tcr = (await sqlOne<{ id: string }>(t.db.manager, 'SELECT id FROM coalition WHERE name = $1', [
      DEMO_STORY.coalition,
    ]))!.id;
  });
  afterAll(() => closeApp());

  it('creates the four coalitions of the research, each with 12–30 organisations', async () => {
    const rows = await sqlRows<{ name: string; organisations: number }>(
      t.db.manager,
      `SELECT c.name, count(o.id)::int AS organisations FROM coalition c
       LEFT JOIN organisation o ON o.coalition_id = c.id GROUP BY c.name ORDER BY c.name`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual([...COALITIONS].sort());
    for (const row of rows) {
      expect(row.organisations).toBeGreaterThanOrEqual(12);
      expect(row.organisations).toBeLessThanOrEqual(30);
    }
  });

  it('lets every demo login sign in and see its coalitions', async () => {
    for (const login of DEMO_LOGINS.users) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: login.email, password: DEMO_LOGINS.password })
        .expect(200);
      const names = (res.body.memberships as { coalitionName: string }[]).map(
        (m) => m.coalitionName,
      );
      expect({ email: login.email, names: names.sort() }).toEqual({
        email: login.email,
        names: [...login.coalitions].sort(),
      });
      if (login.coalition) expect(names).toContain(login.coalition);
      if (login.role === 'partner') {
        const partner = await sqlOne<{ id: string }>(
          t.db.manager,
          'SELECT id FROM organisation WHERE coalition_id = $1 AND name = $2',
          [tcr, DEMO_STORY.partnerCompany],
        );
        expect(res.body.memberships).toEqual([
          expect.objectContaining({ role: 'partner', organisationId: partner!.id }),
        ]);
      }
    }
    const agent = await t.login('member@regiokracht.demo', DEMO_LOGINS.password);
    const coalitions = await agent.get('/api/coalitions').expect(200);
    expect(JSON.stringify(coalitions.body)).toContain(DEMO_STORY.coalition);
  });

  it('gives every demo user a person with the same e-mail in each of their coalitions', async () => {
    const rows = await sqlRows<{ email: string; coalitions: string }>(
      t.db.manager,
      `SELECT u.email, count(DISTINCT p.coalition_id)::int AS people, count(DISTINCT m.coalition_id)::int AS coalitions
       FROM app_user u JOIN membership m ON m.user_id = u.id
       LEFT JOIN person p ON p.coalition_id = m.coalition_id AND lower(p.email) = lower(u.email)
       GROUP BY u.email`,
    );
    expect(rows.length).toBe(4);
    for (const row of rows)
      expect(row).toEqual(expect.objectContaining({ people: row.coalitions }));
  });

  it('has the retiring teacher: leaving in about 60 days, owner of exactly three organisations', async () => {
    const teacher = await sqlOne<{
      id: string;
      status: string;
      leaving_on: string;
      successor_id: string | null;
      is_key_contact: boolean;
      organisation: string;
    }>(
      t.db.manager,
      `SELECT p.id, p.status, p.leaving_on::text AS leaving_on, p.successor_id, p.is_key_contact, o.name AS organisation
       FROM person p JOIN organisation o ON o.coalition_id = p.coalition_id AND o.id = p.organisation_id
       WHERE p.coalition_id = $1 AND p.name = $2`,
      [tcr, DEMO_STORY.retiringTeacher.name],
    );
    expect(teacher).toEqual(
      expect.objectContaining({
        status: 'leaving',
        successor_id: null,
        is_key_contact: true,
        organisation: 'Albeda',
      }),
    );
    const daysToGo = (Date.parse(teacher!.leaving_on) - NOW.getTime()) / DAY;
    expect(daysToGo).toBeGreaterThan(58);
    expect(daysToGo).toBeLessThan(61);

    const owned = await sqlRows<{ name: string }>(
      t.db.manager,
      'SELECT name FROM organisation WHERE coalition_id = $1 AND relationship_owner_id = $2 ORDER BY name',
      [tcr, teacher!.id],
    );
    expect(owned.map((o) => o.name)).toEqual([...DEMO_STORY.retiringTeacher.organisations].sort());
    const held = await sqlOne<{ actions: number; commitments: number; initiatives: number }>(
      t.db.manager,
      `SELECT (SELECT count(*) FROM action_item WHERE coalition_id = $1 AND owner_id = $2 AND status IN ('open', 'in_progress', 'blocked'))::int AS actions,
              (SELECT count(*) FROM commitment WHERE coalition_id = $1 AND contact_id = $2)::int AS commitments,
              (SELECT count(*) FROM initiative WHERE coalition_id = $1 AND lead_id = $2)::int AS initiatives`,
      [tcr, teacher!.id],
    );
    expect(held!.actions).toBeGreaterThanOrEqual(3);
    expect(held!.commitments).toBeGreaterThanOrEqual(2);
    expect(held!.initiatives).toBe(1);
  });

  it('has action items nobody owns and items orphaned by a departed owner', async () => {
    const unowned = await sqlRows<{ title: string; overdue: boolean }>(
      t.db.manager,
      `SELECT title, due_on < $2::date AS overdue FROM action_item WHERE coalition_id = $1 AND owner_id IS NULL AND status = 'open'`,
      [tcr, NOW.toISOString().slice(0, 10)],
    );
    expect(unowned.map((a) => a.title)).toEqual(
      expect.arrayContaining([...DEMO_STORY.unownedActionItems]),
    );
    expect(unowned.some((a) => a.overdue)).toBe(true);
    const orphaned = await sqlOne<{ count: number }>(
      t.db.manager,
      `SELECT count(*)::int AS count FROM action_item a JOIN person p ON p.coalition_id = a.coalition_id AND p.id = a.owner_id
       WHERE a.coalition_id = $1 AND p.name = $2 AND p.status = 'left' AND a.status IN ('open', 'in_progress', 'blocked')`,
      [tcr, DEMO_STORY.departedOwner],
    );
    expect(orphaned!.count).toBeGreaterThanOrEqual(2);
  });

  it('has initiatives stuck in pilot for over a year, and others in every phase', async () => {
    const rows = await sqlRows<{ name: string; phase: string; stuck: boolean }>(
      t.db.manager,
      `SELECT name, phase, updated_at < $2::timestamptz - interval '365 days' AS stuck FROM initiative WHERE coalition_id = $1`,
      [tcr, NOW.toISOString()],
    );
    for (const name of DEMO_STORY.stuckInitiatives) {
      expect(rows.find((r) => r.name === name)).toEqual(
        expect.objectContaining({ phase: 'pilot', stuck: true }),
      );
    }
    expect(new Set(rows.map((r) => r.phase))).toEqual(
      new Set(['idea', 'pilot', 'scaling', 'embedded', 'stopped']),
    );
  });

  describe('read with the shared analytics', () => {
    let orgByName: Map<
      string,
      {
        id: string;
        kind: string;
        size_class: SizeClass | null;
        relationship_owner_id: string | null;
      }
    >;
    let people: SuccessionPerson[];
    let interactionsOf: (orgId: string) => (EngagementInteraction & { participantIds: string[] })[];
    let actionItemsOf: (orgId: string) => { id: string; status: 'open'; ownerId: string | null }[];

    beforeAll(async () => {
      const m = t.db.manager;
      const orgs = await sqlRows<{
        id: string;
        name: string;
        kind: string;
        size_class: SizeClass | null;
        relationship_owner_id: string | null;
      }>(
        m,
        'SELECT id, name, kind, size_class, relationship_owner_id FROM organisation WHERE coalition_id = $1',
        [tcr],
      );
      orgByName = new Map(orgs.map((o) => [o.name, o]));
      people = (
        await sqlRows<{
          id: string;
          organisation_id: string | null;
          status: SuccessionPerson['status'];
          is_key_contact: boolean;
          successor_id: string | null;
          left_on: string | null;
        }>(
          m,
          'SELECT id, organisation_id, status, is_key_contact, successor_id, left_on::text AS left_on FROM person WHERE coalition_id = $1',
          [tcr],
        )
      ).map((p) => ({
        id: p.id,
        organisationId: p.organisation_id,
        status: p.status,
        isKeyContact: p.is_key_contact,
        successorId: p.successor_id,
        leftOn: p.left_on,
      }));
      const interactions = await sqlRows<{
        id: string;
        occurred_at: Date | string;
        kind: EngagementInteraction['kind'];
        initiated_by: EngagementInteraction['initiatedBy'];
      }>(m, 'SELECT id, occurred_at, kind, initiated_by FROM interaction WHERE coalition_id = $1', [
        tcr,
      ]);
      const links = await sqlRows<{ interaction_id: string; organisation_id: string }>(
        m,
        'SELECT interaction_id, organisation_id FROM interaction_organisation WHERE coalition_id = $1',
        [tcr],
      );
      const participants = await sqlRows<{ interaction_id: string; person_id: string }>(
        m,
        'SELECT interaction_id, person_id FROM interaction_participant WHERE coalition_id = $1',
        [tcr],
      );
      const byId = new Map(
        interactions.map((i) => [
          i.id,
          {
            occurredAt: new Date(i.occurred_at),
            kind: i.kind,
            initiatedBy: i.initiated_by,
            participantIds: [] as string[],
          },
        ]),
      );
      for (const p of participants) byId.get(p.interaction_id)!.participantIds.push(p.person_id);
      interactionsOf = (orgId) =>
        links.filter((l) => l.organisation_id === orgId).map((l) => byId.get(l.interaction_id)!);
      const items = await sqlRows<{
        id: string;
        status: 'open';
        owner_id: string | null;
        organisation_id: string | null;
      }>(
        m,
        'SELECT id, status, owner_id, organisation_id FROM action_item WHERE coalition_id = $1',
        [tcr],
      );
      actionItemsOf = (orgId) =>
        items
          .filter((i) => i.organisation_id === orgId)
          .map((i) => ({ id: i.id, status: i.status, ownerId: i.owner_id }));
    });

    it('puts the teacher’s three organisations at high succession risk', () => {
      const teacherId = orgByName.get(
        DEMO_STORY.retiringTeacher.organisations[0],
      )!.relationship_owner_id;
      for (const name of DEMO_STORY.retiringTeacher.organisations) {
        const org = orgByName.get(name)!;
        const result = succession({
          people,
          interactions: interactionsOf(org.id),
          actionItems: actionItemsOf(org.id),
          org: { id: org.id, relationshipOwnerId: org.relationship_owner_id },
          asOf: NOW,
        });
        expect({ name, level: result.level }).toEqual({ name, level: 'high' });
        expect(result.factors.map((f) => f.code)).toContain('owner_leaving');
        // He took part in nearly all of their interactions of the last year.
        const lastYear = interactionsOf(org.id).filter(
          (i) => NOW.getTime() - (i.occurredAt as Date).getTime() < 365 * DAY,
        );
        const share =
          lastYear.filter((i) => i.participantIds.includes(teacherId!)).length / lastYear.length;
        expect(share).toBeGreaterThanOrEqual(0.8);
      }
    });

    it('shows the drifting partners cooling or dormant and the healthy partners engaged', () => {
      for (const { name, health } of DEMO_STORY.driftingPartners) {
        const result = engagement(interactionsOf(orgByName.get(name)!.id), NOW);
        expect({ name, health: result.health }).toEqual({ name, health });
      }
      for (const name of DEMO_STORY.healthyPartners) {
        expect({
          name,
          health: engagement(interactionsOf(orgByName.get(name)!.id), NOW).health,
        }).toEqual({ name, health: 'engaged' });
      }
    });

    it('gives the company that only takes a fair-share index far below 1', async () => {
      const delivered = await sqlRows<{ organisation_id: string; value: string }>(
        t.db.manager,
        `SELECT m.organisation_id, sum(x.quantity * m.unit_value_eur)::text AS value
         FROM contribution x JOIN commitment m ON m.coalition_id = x.coalition_id AND m.id = x.commitment_id
         WHERE x.coalition_id = $1 AND x.delivered_on > ($2::date - 365) AND x.delivered_on <= $2::date
         GROUP BY m.organisation_id`,
        [tcr, NOW.toISOString().slice(0, 10)],
      );
      const value = new Map(delivered.map((d) => [d.organisation_id, Number(d.value)]));
      const companies = [...orgByName.values()].filter((o) => o.kind === 'company');
      const index = fairShare(
        companies.map((c) => ({
          id: c.id,
          sizeClass: c.size_class!,
          deliveredValueEur: value.get(c.id) ?? 0,
        })),
      );
      const taker = index[orgByName.get(DEMO_STORY.taker)!.id];
      expect(taker).not.toBeNull();
      expect(taker!).toBeLessThan(0.5);
      expect(index[orgByName.get(DEMO_STORY.partnerCompany)!.id]!).toBeGreaterThan(0.5);
      const benefits = await sqlOne<{ count: number }>(
        t.db.manager,
        'SELECT count(*)::int AS count FROM benefit WHERE coalition_id = $1 AND organisation_id = $2',
        [tcr, orgByName.get(DEMO_STORY.taker)!.id],
      );
      expect(benefits!.count).toBeGreaterThanOrEqual(6);
    });
  });

  // Last: embedded PGlite is one instance per process, so the second database can only open once
  // the first one is closed (on PostgreSQL the two are simply separate databases).
  describe('determinism', () => {
    let other: TestDatabase | undefined;
    let db: DataSource | undefined;

    afterAll(async () => {
      await db?.destroy();
      await other?.drop();
    });

    it('seeds the same world into a second database for the same now, once', async () => {
      const first = await fingerprint(t.db);
      await closeApp();
      other = await createTestDatabase();
      db = await openDatabase(other.config);

      expect(await seedDemoIfEmpty(db, NOW)).toBe(true);
      const second = await fingerprint(db);
      expect(second.counts).toEqual(first.counts);
      expect(second.organisations).toEqual(first.organisations);
      expect(second.interactions).toEqual(first.interactions);
      expect(second.people).toEqual(first.people);
      expect(second.ledger).toEqual(first.ledger);
      expect(second.actionItems).toEqual(first.actionItems);

      expect(await seedDemoIfEmpty(db, NOW)).toBe(false);
      expect((await fingerprint(db)).counts).toEqual(first.counts);
    });
  });
});
