import type {
  CoalitionDto,
  DigestDto,
  Health,
  NotificationDto,
  NotificationsPage,
  OrganisationInsightsPage,
  PreferencesDto,
} from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { DEMO_LOGINS, DEMO_STORY, seedDemo } from '../../src/database/seed/seed';
import { DigestJob } from '../../src/modules/notifications/digest.job';
import { MAILER, type Mailer, type MailMessage } from '../../src/modules/notifications/mailer';
import { onRealPostgres } from '../utils/test-database';
import { createTestApp, secondInstance, type TestApp } from '../utils/test-app';

/**
 * The daily digest on the demo world, with a fixed clock. Expected entries are computed here
 * from the seeded rows with plain SQL (health: from the insights endpoint, its one definition).
 */
describe('daily digest and notifications', () => {
  const DAY1 = new Date('2026-06-30T09:00:00.000Z');
  const MS_PER_DAY = 86_400_000;
  const dayAfter = (days: number) => new Date(DAY1.getTime() + days * MS_PER_DAY);
  const COORDINATOR = 'coordinator@regiokracht.demo';
  const MEMBER = 'member@regiokracht.demo';
  const PARTNER = 'partner@regiokracht.demo';
  const OPEN = `('open', 'in_progress', 'blocked')`;
  const DRIFT: Record<Health, number> = { engaged: 0, no_contact: 0, cooling: 1, dormant: 2 };
  const DRIFTER = 'Digest Testbedrijf';

  let now = DAY1;
  let t: TestApp;
  let db: DataSource;
  let job: DigestJob;
  let sent: MailMessage[];
  let coordinator: Awaited<ReturnType<TestApp['login']>>;
  let coalitions: CoalitionDto[];
  let tcrId: string;
  let drifterId: string;
  let recentInteractionId: string;

  const day = (at: Date) => at.toISOString().slice(0, 10);

  async function notificationsOf(
    agent: typeof coordinator,
    query = {},
  ): Promise<NotificationsPage> {
    return (
      await agent
        .get('/api/notifications')
        .query({ pageSize: 200, ...query })
        .expect(200)
    ).body as NotificationsPage;
  }

  async function digestOf(email: string, coalitionId: string, on: Date): Promise<DigestDto | null> {
    const row = await sqlOne<{ payload: DigestDto | string }>(
      db.manager,
      `SELECT n.payload FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE lower(u.email) = $1 AND n.coalition_id = $2 AND n.digest_on = $3`,
      [email, coalitionId, day(on)],
    );
    if (!row) return null;
    return typeof row.payload === 'string' ? (JSON.parse(row.payload) as DigestDto) : row.payload;
  }

  async function healthOf(coalitionId: string): Promise<Map<string, Health>> {
    const page = (
      await coordinator
        .get(`/api/coalitions/${coalitionId}/insights/organisations`)
        .query({ pageSize: 200 })
        .expect(200)
    ).body as OrganisationInsightsPage;
    return new Map(page.items.map((i) => [i.organisationId, i.engagement.health]));
  }

  async function countNotifications(): Promise<number> {
    return Number(
      (await sqlOne<{ n: number }>(db.manager, 'SELECT count(*)::int AS n FROM notification'))!.n,
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(now) });
    db = t.db;
    await seedDemo(db, DAY1);
    job = t.app.get(DigestJob);
    sent = [];
    jest.spyOn(t.app.get<Mailer>(MAILER), 'send').mockImplementation((message) => {
      sent.push(message);
      return Promise.resolve();
    });
    coordinator = await t.login(COORDINATOR, DEMO_LOGINS.password);
    coalitions = (await coordinator.get('/api/coalitions').expect(200)).body as CoalitionDto[];
    tcrId = coalitions.find((c) => c.name === DEMO_STORY.coalition)!.id;

    // A partner of the coordinator's that is engaged today and will go dormant by tomorrow.
    const sanne = await sqlOne<{ id: string }>(
      db.manager,
      `SELECT id FROM person WHERE coalition_id = $1 AND lower(email) = $2`,
      [tcrId, COORDINATOR],
    );
    drifterId = (await sqlOne<{ id: string }>(
      db.manager,
      `INSERT INTO organisation (coalition_id, name, kind, status, relationship_owner_id)
       VALUES ($1, $2, 'company', 'active', $3) RETURNING id`,
      [tcrId, DRIFTER, sanne!.id],
    ))!.id;
    const [, recent] = await Promise.all(
      [130, 0.5].map((daysAgo) =>
        sqlOne<{ id: string }>(
          db.manager,
          `WITH i AS (
             INSERT INTO interaction (coalition_id, occurred_at, kind, initiated_by, summary)
             VALUES ($1, $2, 'meeting', 'coalition', 'Overleg') RETURNING id
           )
           INSERT INTO interaction_organisation (coalition_id, interaction_id, organisation_id)
           SELECT $1, i.id, $3 FROM i RETURNING interaction_id AS id`,
          [tcrId, new Date(DAY1.getTime() - daysAgo * MS_PER_DAY).toISOString(), drifterId],
        ),
      ),
    );
    recentInteractionId = recent!.id;

    // The partner's person owns an item of its own organisation and one of another's.
    await db.query(
      `INSERT INTO action_item (coalition_id, title, owner_id, organisation_id, due_on, status, priority)
       SELECT p.coalition_id, v.title, p.id, CASE WHEN v.own THEN p.organisation_id ELSE o.id END,
              $3::date + v.due, 'open', 'normal'
         FROM person p
         JOIN organisation o ON o.coalition_id = p.coalition_id AND o.name = $4
        CROSS JOIN (VALUES ('Eigen item', true, 1), ('Item van een ander', false, -1)) AS v(title, own, due)
        WHERE p.coalition_id = $1 AND lower(p.email) = $2`,
      [tcrId, PARTNER, day(DAY1), DEMO_STORY.driftingPartners[0].name],
    );

    // The member switches the e-mail off; the digest is still kept in the app.
    const member = await t.login(MEMBER, DEMO_LOGINS.password);
    const prefs = (await member.get('/api/me/preferences').expect(200)).body as PreferencesDto;
    expect(prefs.emailDigest).toBe(true);
    await member
      .patch('/api/me/preferences')
      .send({ version: prefs.version, emailDigest: false })
      .expect(200);
  });
  afterAll(() => t.close());

  describe('day 1', () => {
    let health1: Map<string, Map<string, Health>>;

    beforeAll(async () => {
      // Before the send hour a check does nothing.
      now = new Date('2026-06-30T03:00:00.000Z');
      expect(await job.tick()).toBeNull();
      now = DAY1;
      health1 = new Map();
      for (const c of coalitions) health1.set(c.id, await healthOf(c.id));
      expect(await job.tick()).toMatchObject({ day: '2026-06-30' });
    });

    it('gives the coordinator exactly the expected entries in each of her coalitions', async () => {
      for (const coalition of coalitions) {
        const digest = await digestOf(COORDINATOR, coalition.id, DAY1);
        const mine = `a.coalition_id = $1 AND a.deleted_at IS NULL AND a.status IN ${OPEN}
          AND a.owner_id IN (SELECT id FROM person WHERE coalition_id = $1 AND lower(email) = $2)`;
        const titles = async (condition: string) =>
          (
            await sqlRows<{ title: string }>(
              db.manager,
              `SELECT a.title FROM action_item a WHERE ${mine} AND ${condition} ORDER BY a.title`,
              [coalition.id, COORDINATOR, day(DAY1)],
            )
          ).map((r) => r.title);
        const overdue = await titles('a.due_on < $3::date');
        const dueSoon = await titles(`a.due_on >= $3::date AND a.due_on <= $3::date + 7`);

        const owned = await sqlRows<{ id: string; name: string }>(
          db.manager,
          `SELECT o.id::text AS id, o.name FROM organisation o
             JOIN person p ON p.coalition_id = o.coalition_id AND p.id = o.relationship_owner_id
            WHERE o.coalition_id = $1 AND lower(p.email) = $2 AND o.deleted_at IS NULL AND o.status <> 'left'`,
          [coalition.id, COORDINATOR],
        );
        const health = health1.get(coalition.id)!;
        const drifting = owned
          .filter((o) => DRIFT[health.get(o.id)!] > 0)
          .map((o) => o.name)
          .sort();

        const leaving = await sqlRows<{ name: string }>(
          db.manager,
          `SELECT p.name FROM person p
            WHERE p.coalition_id = $1 AND p.deleted_at IS NULL AND p.status = 'leaving'
              AND p.leaving_on <= $2::date + 60 AND p.successor_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM handover h WHERE h.coalition_id = p.coalition_id
                                AND h.departing_person_id = p.id AND h.status = 'draft')
              AND (p.is_key_contact
                   OR EXISTS (SELECT 1 FROM organisation o WHERE o.coalition_id = p.coalition_id
                                AND o.relationship_owner_id = p.id AND o.deleted_at IS NULL AND o.status <> 'left')
                   OR EXISTS (SELECT 1 FROM action_item a WHERE a.coalition_id = p.coalition_id
                                AND a.owner_id = p.id AND a.deleted_at IS NULL AND a.status IN ${OPEN})
                   OR EXISTS (SELECT 1 FROM commitment c WHERE c.coalition_id = p.coalition_id
                                AND c.contact_id = p.id AND c.deleted_at IS NULL
                                AND c.status IN ('proposed', 'pledged', 'active'))
                   OR EXISTS (SELECT 1 FROM initiative i WHERE i.coalition_id = p.coalition_id
                                AND i.lead_id = p.id AND i.deleted_at IS NULL AND i.phase <> 'stopped'))
            ORDER BY p.name`,
          [coalition.id, day(DAY1)],
        );

        const expected = {
          overdue,
          dueSoon,
          organisations: drifting,
          departures: leaving.map((p) => p.name),
        };
        const empty = Object.values(expected).every((list) => list.length === 0);
        if (empty) {
          expect([coalition.name, digest]).toEqual([coalition.name, null]);
          continue;
        }
        expect({
          coalition: coalition.name,
          overdue: digest!.overdue.map((i) => i.title).sort(),
          dueSoon: digest!.dueSoon.map((i) => i.title).sort(),
          organisations: digest!.organisations.map((o) => o.name).sort(),
          departures: digest!.departures.map((d) => d.name).sort(),
        }).toEqual({ coalition: coalition.name, ...expected });
      }
    });

    it('tells the story: her drifting partners, her overdue talk, and the retiring teacher', async () => {
      const digest = (await digestOf(COORDINATOR, tcrId, DAY1))!;
      const [botlek, , waalhaven] = DEMO_STORY.driftingPartners;
      expect(digest.organisations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: botlek.name,
            health: botlek.health,
            previousHealth: null,
          }),
          expect.objectContaining({ name: waalhaven.name, health: waalhaven.health }),
        ]),
      );
      expect(digest.organisations.map((o) => o.name)).not.toContain(DRIFTER);
      expect(digest.overdue.map((i) => i.title)).toContain(
        `Gesprek met de directie van ${botlek.name} over een herstart`,
      );
      const teacher = digest.departures.find((d) => d.name === DEMO_STORY.retiringTeacher.name)!;
      expect(teacher).toMatchObject({
        organisationName: DEMO_STORY.retiringTeacher.organisation,
        daysUntilLeaving: DEMO_STORY.retiringTeacher.leavingInDays,
      });
      expect(
        teacher.withoutSuccessor
          .filter((h) => h.type === 'organisation')
          .map((h) => h.label)
          .sort(),
      ).toEqual([...DEMO_STORY.retiringTeacher.organisations].sort());
      expect(teacher.withoutSuccessor.filter((h) => h.type === 'action_item')).toHaveLength(4);
    });

    it('gives a partner only its own organisation’s items, and no departures', async () => {
      const digest = (await digestOf(PARTNER, tcrId, DAY1))!;
      expect(digest.overdue).toEqual([]);
      expect(digest.dueSoon.map((i) => i.title)).toEqual(['Eigen item']);
      expect(digest.organisations).toEqual([]);
      expect(digest.departures).toEqual([]);
    });

    it('e-mails each user who wants it once, all coalitions in one mail; not the member who switched it off', async () => {
      const wanted = await sqlRows<{ email: string }>(
        db.manager,
        `SELECT DISTINCT u.email FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE n.digest_on = $1 AND u.email_digest ORDER BY u.email`,
        [day(DAY1)],
      );
      expect(sent.map((m) => m.to).sort()).toEqual(wanted.map((w) => w.email));
      expect(sent.map((m) => m.to)).not.toContain(MEMBER);
      expect(await digestOf(MEMBER, tcrId, DAY1)).not.toBeNull();
      const mail = sent.find((m) => m.to === COORDINATOR)!;
      expect(mail.text).toContain('== Techniek College Rotterdam ==');
      expect(mail.text).toContain('== Zwolse Koers ==');
      expect(mail.text).toContain(DEMO_STORY.retiringTeacher.name);
    });

    it('runs once a day: a second run the same day sends and stores nothing', async () => {
      const mails = sent.length;
      const stored = await countNotifications();
      expect(await job.run(DAY1)).toBeNull();
      expect(await job.tick()).toBeNull();
      expect(sent).toHaveLength(mails);
      expect(await countNotifications()).toBe(stored);
    });

    (onRealPostgres ? it : it.skip)(
      'does nothing on a second instance claiming the same day (PostgreSQL only: PGlite is one process)',
      async () => {
        const other = await secondInstance(t, () => new Date(now));
        try {
          const otherSend = jest.spyOn(other.get<Mailer>(MAILER), 'send');
          const mails = sent.length;
          const stored = await countNotifications();
          expect(await other.get(DigestJob).run(DAY1)).toBeNull();
          expect(otherSend).not.toHaveBeenCalled();
          expect(sent).toHaveLength(mails);
          expect(await countNotifications()).toBe(stored);
        } finally {
          await other.close();
        }
      },
    );
  });

  describe('HTTP', () => {
    it('lists only the caller’s notifications, newest first, with the unread count', async () => {
      const member = await t.login(MEMBER, DEMO_LOGINS.password);
      for (const [agent, email] of [
        [coordinator, COORDINATOR],
        [member, MEMBER],
      ] as const) {
        const page = await notificationsOf(agent);
        const own = await sqlRows<{ id: string }>(
          db.manager,
          `SELECT n.id::text AS id FROM notification n JOIN app_user u ON u.id = n.user_id
            WHERE lower(u.email) = $1 ORDER BY n.created_at DESC, n.id`,
          [email],
        );
        expect(page.total).toBe(own.length);
        expect(page.items.map((n) => n.id).sort()).toEqual(own.map((n) => n.id).sort());
        expect(page.unread).toBe(own.length);
        const times = page.items.map((n) => n.createdAt);
        expect([...times].sort().reverse()).toEqual(times);
      }
      const theirs = (await notificationsOf(coordinator)).items[0];
      await member.post(`/api/notifications/${theirs.id}/read`).expect(404);
      await t.http().get('/api/notifications').expect(401);
    });

    it('hides the digests of a coalition the user is no longer a member of', async () => {
      const viewer = await t.login('viewer@regiokracht.demo', DEMO_LOGINS.password);
      expect((await notificationsOf(viewer)).total).toBeGreaterThan(0);
      await db.query(
        `UPDATE membership SET deleted_at = now()
          WHERE coalition_id = $1 AND user_id = (SELECT id FROM app_user WHERE email = $2)`,
        [tcrId, 'viewer@regiokracht.demo'],
      );
      expect(await notificationsOf(viewer)).toMatchObject({ total: 0, unread: 0, items: [] });
      await viewer.post('/api/notifications/read-all').expect(200, { marked: 0 });
    });

    it('marks one read, then all', async () => {
      const before = await notificationsOf(coordinator);
      expect(before.unread).toBeGreaterThan(1);
      const first = before.items[0];
      const read = (await coordinator.post(`/api/notifications/${first.id}/read`).expect(200))
        .body as NotificationDto;
      expect(read.readAt).toBe(DAY1.toISOString());
      expect((await notificationsOf(coordinator)).unread).toBe(before.unread - 1);
      await coordinator
        .post(`/api/notifications/00000000-0000-4000-8000-000000000000/read`)
        .expect(404);
      await coordinator.post('/api/notifications/not-a-uuid/read').expect(404);
      const all = await coordinator.post('/api/notifications/read-all').expect(200);
      expect(all.body).toEqual({ marked: before.unread - 1 });
      const after = await notificationsOf(coordinator);
      expect(after.unread).toBe(0);
      expect((await notificationsOf(coordinator, { unreadOnly: true })).items).toEqual([]);
    });

    it('keeps preferences per user with an optimistic version', async () => {
      const prefs = (await coordinator.get('/api/me/preferences').expect(200))
        .body as PreferencesDto;
      expect(prefs.emailDigest).toBe(true);
      const stale = await coordinator
        .patch('/api/me/preferences')
        .send({ version: prefs.version - 1 || 99, emailDigest: false })
        .expect(409);
      expect(stale.body.currentVersion).toBe(prefs.version);
      await coordinator
        .patch('/api/me/preferences')
        .send({ version: prefs.version, emailDigest: 'no' })
        .expect(400);
      await coordinator
        .patch('/api/me/preferences')
        .send({ version: prefs.version, emailDigest: true, language: 'nl' })
        .expect(400);
    });
  });

  describe('the days after', () => {
    it('tells the owner about a partner that turned dormant, on the next day and only then', async () => {
      const health1 = await healthOf(tcrId);
      await db.query('UPDATE interaction SET deleted_at = $2 WHERE coalition_id = $1 AND id = $3', [
        tcrId,
        DAY1.toISOString(),
        recentInteractionId,
      ]);
      // A draft handover gives one of the teacher's organisations a successor.
      const [koudijs] = DEMO_STORY.retiringTeacher.organisations.slice(1);
      await db.query(
        `WITH h AS (
           INSERT INTO handover (coalition_id, departing_person_id)
           SELECT $1, id FROM person WHERE coalition_id = $1 AND name = $2 RETURNING id
         )
         INSERT INTO handover_item (coalition_id, handover_id, item_type, item_id, label, successor_id)
         SELECT $1, h.id, 'organisation_owner', o.id, o.name, daan.id
           FROM h
           JOIN organisation o ON o.coalition_id = $1 AND o.name = $3
           JOIN person daan ON daan.coalition_id = $1 AND lower(daan.email) = $4`,
        [tcrId, DEMO_STORY.retiringTeacher.name, koudijs, MEMBER],
      );
      const mails = sent.length;
      now = dayAfter(1);
      expect(await job.run()).toMatchObject({ day: '2026-07-01' });
      const health2 = await healthOf(tcrId);
      expect(health1.get(drifterId)).toBe('engaged');
      expect(health2.get(drifterId)).toBe('dormant');

      const owned = await sqlRows<{ id: string; name: string }>(
        db.manager,
        `SELECT o.id::text AS id, o.name FROM organisation o
           JOIN person p ON p.coalition_id = o.coalition_id AND p.id = o.relationship_owner_id
          WHERE o.coalition_id = $1 AND lower(p.email) = $2 AND o.deleted_at IS NULL AND o.status <> 'left'`,
        [tcrId, COORDINATOR],
      );
      const worse = owned
        .filter((o) => {
          const after = DRIFT[health2.get(o.id)!];
          return after > 0 && after > DRIFT[health1.get(o.id)!];
        })
        .map((o) => o.name);
      const digest = (await digestOf(COORDINATOR, tcrId, now))!;
      expect(digest.organisations.map((o) => o.name).sort()).toEqual(worse.sort());
      expect(digest.organisations).toContainEqual(
        expect.objectContaining({ id: drifterId, health: 'dormant', previousHealth: 'engaged' }),
      );
      expect(sent.length).toBeGreaterThan(mails);
      const teacher = digest.departures.find((d) => d.name === DEMO_STORY.retiringTeacher.name)!;
      expect(
        teacher.withoutSuccessor.filter((h) => h.type === 'organisation').map((h) => h.label),
      ).not.toContain(koudijs);
      expect(teacher.withoutSuccessor.length).toBeGreaterThan(0);

      // A successor on the teacher's record covers everything they hold.
      await db.query(
        `UPDATE person p SET successor_id = daan.id
           FROM person daan
          WHERE p.coalition_id = $1 AND p.name = $2 AND daan.coalition_id = $1 AND lower(daan.email) = $3`,
        [tcrId, DEMO_STORY.retiringTeacher.name, MEMBER],
      );
      now = dayAfter(2);
      expect(await job.run()).toMatchObject({ day: '2026-07-02' });
      const day3 = await digestOf(COORDINATOR, tcrId, now);
      expect(day3?.organisations.map((o) => o.id) ?? []).not.toContain(drifterId);
      expect(day3?.departures.map((d) => d.name) ?? []).not.toContain(
        DEMO_STORY.retiringTeacher.name,
      );
    });

    it('takes over a run whose instance died, without storing a digest twice', async () => {
      now = dayAfter(3);
      const crashed = new Date(now.getTime() - 60 * 60_000).toISOString();
      await db.query(
        `INSERT INTO digest_run (run_date, instance, started_at, heartbeat_at) VALUES ($1, 'dead', $2, $2)`,
        [day(now), crashed],
      );
      const result = await job.run();
      expect(result).toMatchObject({ day: day(now) });
      expect(result!.notifications).toBeGreaterThan(0);
      expect(await job.run()).toBeNull();
      const perUser = await sqlRows<{ n: number }>(
        db.manager,
        `SELECT count(*)::int AS n FROM notification WHERE digest_on = $1 GROUP BY coalition_id, user_id`,
        [day(now)],
      );
      expect(perUser.every((r) => Number(r.n) === 1)).toBe(true);
    });

    (onRealPostgres ? it : it.skip)(
      'lets exactly one of two instances run a day when they check at the same time (PostgreSQL only)',
      async () => {
        now = dayAfter(4);
        const other = await secondInstance(t, () => new Date(now));
        try {
          const mails = sent.length;
          const otherSent: MailMessage[] = [];
          jest.spyOn(other.get<Mailer>(MAILER), 'send').mockImplementation((message) => {
            otherSent.push(message);
            return Promise.resolve();
          });
          const results = await Promise.all([job.run(), other.get(DigestJob).run()]);
          expect(results.filter((r) => r !== null)).toHaveLength(1);
          const recipients = [...sent.slice(mails), ...otherSent].map((m) => m.to);
          expect(new Set(recipients).size).toBe(recipients.length);
          expect(recipients.length).toBeGreaterThan(0);
        } finally {
          await other.close();
        }
      },
    );
  });
});
