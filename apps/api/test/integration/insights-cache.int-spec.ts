import type { CoalitionDto, DashboardDto, OrganisationInsightsPage } from '@regiokracht/shared';
import { Client } from 'pg';
import request from 'supertest';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { InsightsCache } from '../../src/modules/insights/cache/insights-cache';
import { runInsightsEndpoint } from '../../bench/insights-bench';
import { INSIGHT_SORT_KEYS } from '../../src/modules/insights/insight-page';
import { INSIGHT_CTES } from '../../src/modules/insights/organisation-insights.sql';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { currentOrganisations, generateHistory, insertWorld } from '../builders/random-history';
import { onRealPostgres } from '../utils/test-database';
import { createTestApp, secondInstance, TEST_PASSWORD, type TestApp } from '../utils/test-app';

const AS_OF = new Date('2026-06-30T12:00:00.000Z');
const itOnPostgres = onRealPostgres ? it : it.skip;

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Endpoint = 'insights/organisations' | 'insights/dashboard';

/**
 * The insights cache must be invisible except in speed: every answer equals what computing afresh
 * gives at that moment, whatever changed in between and however it changed.
 */
describe('insights cache', () => {
  const world = generateHistory({ seed: 'insights-cache', asOf: AS_OF, organisations: 40 });
  const other = generateHistory({ seed: 'insights-cache-b', asOf: AS_OF, organisations: 10 });
  let now = AS_OF.getTime();
  let t: TestApp;
  let cid: string;
  let otherCid: string;
  let coordinator: Agent;
  let otherCoordinator: Agent;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(now) });
    const a = await buildCoalitionWithStaff(t.db);
    const b = await buildCoalitionWithStaff(t.db);
    cid = a.coalition.id;
    otherCid = b.coalition.id;
    await insertWorld(t.db, cid, world);
    await insertWorld(t.db, otherCid, other);
    coordinator = await t.login(a.coordinator.email);
    otherCoordinator = await t.login(b.coordinator.email);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    now = AS_OF.getTime();
  });

  async function get(agent: Agent, coalitionId: string, endpoint: Endpoint, query = {}) {
    const res = await agent
      .get(`/api/coalitions/${coalitionId}/${endpoint}`)
      .query(query)
      .expect(200);
    return { body: res.body as unknown, cache: res.get('Cache-Status') };
  }

  /** The endpoint's answer computed now without the cache, by the same code (insights-bench.ts). */
  function afresh(endpoint: Endpoint, coalitionId = cid) {
    return runInsightsEndpoint(endpoint, coalitionId, new Date(now), (sql, params) =>
      t.db.query(sql, params),
    ).then((value) => JSON.parse(JSON.stringify(value)) as unknown);
  }

  async function expectMissThenHit(endpoint: Endpoint) {
    const first = await get(coordinator, cid, endpoint);
    expect(first.cache).toBe('regiokracht-insights; fwd=miss');
    expect(first.body).toEqual(await afresh(endpoint));
    const second = await get(coordinator, cid, endpoint);
    expect(second.cache).toBe('regiokracht-insights; hit');
    expect(second.body).toEqual(first.body);
    return first.body;
  }

  /** An organisation the insights list (earlier tests delete some). */
  async function currentOrganisationId(): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      t.db.manager,
      `SELECT id FROM organisation WHERE coalition_id = $1 AND deleted_at IS NULL
          AND status <> 'left' ORDER BY name LIMIT 1`,
      [cid],
    );
    return row!.id;
  }

  /** A change in the coalition that the figures do not depend on, yet must invalidate them. */
  async function touch(): Promise<void> {
    await t.db.query(`UPDATE organisation SET website = 'https://touched.example' WHERE id = $1`, [
      world.organisations[0].id,
    ]);
  }

  it('answers a repeated request from the cache, equal to computing afresh', async () => {
    await touch();
    await expectMissThenHit('insights/organisations');
    await expectMissThenHit('insights/dashboard');
  });

  it('shows a change made through the API on the next request', async () => {
    const target = currentOrganisations(world).find((o) => o.status === 'active')!;
    await touch();
    await expectMissThenHit('insights/organisations');
    await coordinator
      .post(`/api/coalitions/${cid}/interactions`)
      .send({
        occurredAt: new Date(now).toISOString(),
        kind: 'meeting',
        initiatedBy: 'partner',
        summary: 'Cache test',
        organisationIds: [target.id],
        participantIds: [],
      })
      .expect(201);
    const page = (await expectMissThenHit('insights/organisations')) as OrganisationInsightsPage;
    const all = (
      await get(coordinator, cid, 'insights/organisations', { q: target.name, pageSize: 200 })
    ).body as OrganisationInsightsPage;
    expect(all.items.find((i) => i.organisationId === target.id)!.engagement).toMatchObject({
      daysSinceLastInteraction: 0,
    });
    expect(page.total).toBeGreaterThan(0);
    await expectMissThenHit('insights/dashboard');
  });

  it('shows a change made with plain SQL (an import, a handover, psql) on the next request', async () => {
    await touch();
    await expectMissThenHit('insights/dashboard');
    await t.db.query(
      `UPDATE person SET status = 'leaving', leaving_on = '2026-07-31'
        WHERE coalition_id = $1 AND status = 'active' AND organisation_id IS NOT NULL`,
      [cid],
    );
    const dashboard = (await expectMissThenHit('insights/dashboard')) as DashboardDto;
    expect(dashboard.organisations.byRisk.low).toBe(0);
    await t.db.query(`DELETE FROM interaction_participant WHERE coalition_id = $1`, [cid]);
    await expectMissThenHit('insights/organisations');
  });

  it('recomputes when the coalition changes its settings, and when an organisation is deleted', async () => {
    await touch();
    await expectMissThenHit('insights/organisations');
    const coalition = (await coordinator.get(`/api/coalitions/${cid}`).expect(200))
      .body as CoalitionDto;
    await coordinator
      .patch(`/api/coalitions/${cid}`)
      .send({ version: coalition.version, settings: { halfLifeDays: 45 } })
      .expect(200);
    const page = (await expectMissThenHit('insights/organisations')) as OrganisationInsightsPage;
    expect(page.settings.halfLifeDays).toBe(45);

    // One without open action items or live commitments: those block a delete (409).
    const free = await sqlOne<{ id: string }>(
      t.db.manager,
      `SELECT o.id FROM organisation o
        WHERE o.coalition_id = $1 AND o.deleted_at IS NULL AND o.status <> 'left'
          AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.coalition_id = o.coalition_id
                            AND a.organisation_id = o.id AND a.deleted_at IS NULL
                            AND a.status IN ('open', 'in_progress', 'blocked'))
          AND NOT EXISTS (SELECT 1 FROM commitment c WHERE c.coalition_id = o.coalition_id
                            AND c.organisation_id = o.id AND c.deleted_at IS NULL
                            AND c.status IN ('proposed', 'pledged', 'active'))
        ORDER BY o.name LIMIT 1`,
      [cid],
    );
    await coordinator.delete(`/api/coalitions/${cid}/organisations/${free!.id}`).expect(204);
    const after = (await expectMissThenHit('insights/organisations')) as OrganisationInsightsPage;
    expect(after.total).toBe(page.total - 1);
    const all = (await get(coordinator, cid, 'insights/organisations', { pageSize: 200 }))
      .body as OrganisationInsightsPage;
    expect(all.items.map((i) => i.organisationId)).not.toContain(free!.id);
  });

  it("keeps another coalition's figures when one coalition changes", async () => {
    const first = await get(otherCoordinator, otherCid, 'insights/dashboard');
    expect(first.body).toEqual(await afresh('insights/dashboard', otherCid));
    await touch();
    const second = await get(otherCoordinator, otherCid, 'insights/dashboard');
    expect(second.cache).toBe('regiokracht-insights; hit');
    expect(second.body).toEqual(first.body);
  });

  it('reuses figures for "now" up to a minute, then computes them at the new now', async () => {
    await touch();
    const first = (await get(coordinator, cid, 'insights/dashboard')).body as DashboardDto;
    expect(first.asOf).toBe(AS_OF.toISOString());
    now += 30_000;
    const within = await get(coordinator, cid, 'insights/dashboard');
    expect(within.cache).toBe('regiokracht-insights; hit');
    expect((within.body as DashboardDto).asOf).toBe(AS_OF.toISOString());
    now += 31_000;
    const later = await get(coordinator, cid, 'insights/dashboard');
    expect(later.cache).toBe('regiokracht-insights; fwd=miss');
    expect((later.body as DashboardDto).asOf).toBe(new Date(now).toISOString());
    expect(later.body).toEqual(await afresh('insights/dashboard'));
  });

  it('caches an explicit asOf separately from now', async () => {
    const asOf = '2026-01-15T00:00:00.000Z';
    const first = await get(coordinator, cid, 'insights/organisations', { asOf });
    const again = await get(coordinator, cid, 'insights/organisations', { asOf });
    expect(again.cache).toBe('regiokracht-insights; hit');
    expect((again.body as OrganisationInsightsPage).asOf).toBe(asOf);
    expect(again.body).toEqual(first.body);
    const live = await get(coordinator, cid, 'insights/organisations');
    expect((live.body as OrganisationInsightsPage).asOf).toBe(AS_OF.toISOString());
  });

  it('sorts and pages in memory exactly as SQL orders the same rows', async () => {
    const expressions: Record<keyof typeof INSIGHT_SORT_KEYS, string> = {
      name: 'lower(name)',
      score: 'score',
      peak: 'peak',
      index: 'engagement_index',
      daysSinceLastInteraction: 'days_since',
      health: 'health_rank',
      risk: '(risk_rank * 1000 - risk_score)',
      riskScore: 'risk_score',
    };
    const settings = (await coordinator.get(`/api/coalitions/${cid}`).expect(200))
      .body as CoalitionDto;
    const s = settings.settings;
    const params = [
      cid,
      AS_OF.toISOString(),
      s.halfLifeDays,
      s.coolingDays,
      s.dormantDays,
      s.coolingRatio,
      s.dormantRatio,
    ];
    for (const [field, expression] of Object.entries(expressions)) {
      for (const direction of ['ASC', 'DESC']) {
        const sort = direction === 'ASC' ? field : `-${field}`;
        const expected = await sqlRows<{ organisation_id: string }>(
          t.db.manager,
          `${INSIGHT_CTES}
           SELECT organisation_id FROM insight
            ORDER BY ${expression} ${direction} NULLS LAST, lower(name), organisation_id`,
          params,
        );
        const ids: string[] = [];
        for (let page = 1; ; page++) {
          const body = (
            await get(coordinator, cid, 'insights/organisations', { sort, page, pageSize: 7 })
          ).body as OrganisationInsightsPage;
          ids.push(...body.items.map((i) => i.organisationId));
          if (page * 7 >= body.total) break;
        }
        expect({ sort, ids }).toEqual({ sort, ids: expected.map((r) => r.organisation_id) });
      }
    }
  });

  it('deletes log rows older than a day, and only those', async () => {
    await t.db.query(
      `INSERT INTO coalition_change (coalition_id, xid, changed_at)
       VALUES ($1, '1', now() - interval '2 days')`,
      [otherCid],
    );
    const before = await sqlOne<{ n: number }>(
      t.db.manager,
      'SELECT count(*)::int AS n FROM coalition_change',
    );
    await t.app.get(InsightsCache).purgeLog();
    const rows = await sqlRows<{ old: boolean }>(
      t.db.manager,
      `SELECT changed_at < now() - interval '1 day' AS old FROM coalition_change`,
    );
    expect(rows.length).toBe(before!.n - 1);
    expect(rows.some((r) => r.old)).toBe(false);
  });

  itOnPostgres(
    'sees a change committed by a transaction that was still open when the figures were computed',
    async () => {
      await touch();
      const url = (t.database.config as { url: string }).url;
      const writer = new Client({ connectionString: url });
      await writer.connect();
      try {
        await writer.query('BEGIN');
        await writer.query(`UPDATE organisation SET deleted_at = now() WHERE id = $1`, [
          await currentOrganisationId(),
        ]);
        // Computed while the writer is open: its change is invisible, so not in these figures.
        const during = await get(coordinator, cid, 'insights/dashboard');
        expect(during.cache).toBe('regiokracht-insights; fwd=miss');
        expect(during.body).toEqual(await afresh('insights/dashboard'));
        await writer.query('COMMIT');
        const after = await get(coordinator, cid, 'insights/dashboard');
        expect(after.cache).toBe('regiokracht-insights; fwd=miss');
        expect((after.body as DashboardDto).organisations.total).toBe(
          (during.body as DashboardDto).organisations.total - 1,
        );
        expect(after.body).toEqual(await afresh('insights/dashboard'));
      } finally {
        await writer.end();
      }
    },
  );

  itOnPostgres("never serves figures another instance's change made stale", async () => {
    const second = await secondInstance(t, () => new Date(now));
    try {
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: (await coordinatorEmail(t, cid))!, password: TEST_PASSWORD })
        .expect(200);
      const cookie = login.get('Set-Cookie')![0].split(';')[0];
      const viaSecond = () =>
        request(second.getHttpServer())
          .get(`/api/coalitions/${cid}/insights/organisations`)
          .set('Cookie', cookie)
          .expect(200);
      await touch();
      await viaSecond();
      expect((await viaSecond()).get('Cache-Status')).toBe('regiokracht-insights; hit');
      const id = await currentOrganisationId();
      const { version } = (
        await coordinator.get(`/api/coalitions/${cid}/organisations/${id}`).expect(200)
      ).body as { version: number };
      await coordinator
        .patch(`/api/coalitions/${cid}/organisations/${id}`)
        .send({ version, name: 'Renamed By The First Instance' })
        .expect(200);
      const res = await viaSecond();
      expect(res.get('Cache-Status')).toBe('regiokracht-insights; fwd=miss');
      expect(JSON.stringify(res.body)).toContain('Renamed By The First Instance');
    } finally {
      await second.close();
    }
  });
});

async function coordinatorEmail(t: TestApp, coalitionId: string): Promise<string | undefined> {
  const row = await sqlOne<{ email: string }>(
    t.db.manager,
    `SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.coalition_id = $1 AND m.role = 'coordinator' LIMIT 1`,
    [coalitionId],
  );
  return row?.email;
}
