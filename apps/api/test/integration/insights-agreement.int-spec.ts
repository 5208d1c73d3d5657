import {
  HEALTHS,
  RISK_LEVELS,
  SUCCESSION_FACTOR_CODES,
  engagement,
  engagementSeries,
  fairShare,
  succession,
  type AnalyticsSettings,
  type CoalitionDto,
  type FairShareDto,
  type OrganisationInsightDto,
  type OrganisationInsightsPage,
} from '@regiokracht/shared';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import {
  currentOrganisations,
  engagementInput,
  fairShareInput,
  generateHistory,
  insertWorld,
  interactionsByOrganisation,
  successionInput,
  type World,
} from '../builders/random-history';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * The SQL of the insights must give, for every organisation, exactly what the pure functions of
 * the shared package give on the same data: a seeded random coalition of 300 organisations and
 * 5000 interactions, evaluated at several instants and with two half-lives.
 */
describe('insights agree with the pure analytics on a generated history', () => {
  const AS_OF = new Date('2026-06-30T12:00:00.000Z');
  const world = generateHistory({
    seed: 'regiokracht-insights-agreement',
    asOf: AS_OF,
    organisations: 300,
    interactions: 5000,
  });
  const interactionsOf = interactionsByOrganisation(world);

  let t: TestApp;
  let cid: string;
  let agent: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await createTestApp();
    const { coalition, coordinator } = await buildCoalitionWithStaff(t.db);
    cid = coalition.id;
    await insertWorld(t.db, cid, world);
    // A second coalition with its own history: nothing of it may leak into the first one's numbers.
    const other = await buildCoalitionWithStaff(t.db);
    await insertWorld(
      t.db,
      other.coalition.id,
      generateHistory({ seed: 'another', asOf: AS_OF, organisations: 20, interactions: 300 }),
    );
    agent = await t.login(coordinator.email);
  });
  afterAll(() => t.close());

  async function allInsights(
    asOf: Date,
  ): Promise<{ items: OrganisationInsightDto[]; settings: AnalyticsSettings }> {
    const items: OrganisationInsightDto[] = [];
    let page: OrganisationInsightsPage;
    let n = 1;
    do {
      const res = await agent
        .get(`/api/coalitions/${cid}/insights/organisations`)
        .query({ asOf: asOf.toISOString(), page: n++, pageSize: 200 })
        .expect(200);
      page = res.body as OrganisationInsightsPage;
      items.push(...page.items);
    } while (items.length < page.total);
    return { items, settings: page.settings };
  }

  /** Every disagreement, so one failing run shows all of them at once. */
  function disagreements(
    items: OrganisationInsightDto[],
    asOf: Date,
    settings: AnalyticsSettings,
    data: World = world,
  ): string[] {
    const problems: string[] = [];
    const byId = new Map(items.map((i) => [i.organisationId, i]));
    const expectedIds = currentOrganisations(data).map((o) => o.id);
    if (items.length !== expectedIds.length || expectedIds.some((id) => !byId.has(id))) {
      problems.push(`organisations: got ${items.length}, expected ${expectedIds.length}`);
    }
    for (const organisation of currentOrganisations(data)) {
      const actual = byId.get(organisation.id);
      if (!actual) continue;
      const interactions = interactionsOf.get(organisation.id);
      const label = `${organisation.name} (${organisation.id})`;

      const expectedEngagement = engagement(engagementInput(interactions), asOf, settings);
      if (JSON.stringify(actual.engagement) !== JSON.stringify(expectedEngagement)) {
        problems.push(
          `${label} engagement: ${JSON.stringify(actual.engagement)} ≠ ${JSON.stringify(expectedEngagement)}`,
        );
      }
      const expectedSeries = engagementSeries(engagementInput(interactions), asOf, settings);
      if (JSON.stringify(actual.series) !== JSON.stringify(expectedSeries)) {
        problems.push(
          `${label} series: ${JSON.stringify(actual.series)} ≠ ${JSON.stringify(expectedSeries)}`,
        );
      }

      const expected = succession(successionInput(data, organisation, interactions, asOf));
      const shape = (s: {
        level: string;
        score: number;
        factors: { code: string; personIds: string[]; actionItemIds?: string[] }[];
      }) =>
        JSON.stringify({
          level: s.level,
          score: s.score,
          factors: s.factors.map((f) => ({
            code: f.code,
            people: [...f.personIds].sort(),
            items: [...(f.actionItemIds ?? [])].sort(),
          })),
        });
      if (shape(actual.succession) !== shape(expected)) {
        problems.push(`${label} succession: ${shape(actual.succession)} ≠ ${shape(expected)}`);
      }
    }
    return problems;
  }

  /** A sanity check that the generated history exercises every branch the SQL has. */
  function coverage(items: OrganisationInsightDto[]) {
    const count = (pick: (i: OrganisationInsightDto) => string[]) => {
      const counts: Record<string, number> = {};
      for (const item of items) for (const key of pick(item)) counts[key] = (counts[key] ?? 0) + 1;
      return counts;
    };
    return {
      health: count((i) => [i.engagement.health]),
      risk: count((i) => [i.succession.level]),
      factors: count((i) => i.succession.factors.map((f) => f.code)),
    };
  }

  it('matches at asOf with the default settings', async () => {
    const { items, settings } = await allInsights(AS_OF);
    expect(disagreements(items, AS_OF, settings)).toEqual([]);
    const seen = coverage(items);
    for (const health of HEALTHS) expect(seen.health[health]).toBeGreaterThan(5);
    for (const level of RISK_LEVELS) expect(seen.risk[level]).toBeGreaterThan(5);
    for (const code of SUCCESSION_FACTOR_CODES) expect(seen.factors[code]).toBeGreaterThan(2);
  });

  it('matches at other instants: midnight, 200 days later, a year earlier', async () => {
    for (const asOf of [
      new Date('2026-03-01T00:00:00.000Z'),
      new Date(AS_OF.getTime() + 200 * 86_400_000),
      new Date('2025-06-30T12:00:00.000Z'),
    ]) {
      const { items, settings } = await allInsights(asOf);
      expect(disagreements(items, asOf, settings)).toEqual([]);
    }
  });

  it('matches with a 7-day half-life and other thresholds set on the coalition', async () => {
    const coalition = (await agent.get(`/api/coalitions/${cid}`).expect(200)).body as CoalitionDto;
    await agent
      .patch(`/api/coalitions/${cid}`)
      .send({
        version: coalition.version,
        settings: {
          halfLifeDays: 7,
          coolingDays: 30,
          dormantDays: 90,
          coolingRatio: 0.5,
          dormantRatio: 0.2,
        },
      })
      .expect(200);
    try {
      for (const asOf of [AS_OF, new Date('2026-03-01T00:00:00.000Z')]) {
        const { items, settings } = await allInsights(asOf);
        expect(settings.halfLifeDays).toBe(7);
        expect(disagreements(items, asOf, settings)).toEqual([]);
      }
    } finally {
      const current = (await agent.get(`/api/coalitions/${cid}`).expect(200)).body as CoalitionDto;
      await agent
        .patch(`/api/coalitions/${cid}`)
        .send({
          version: current.version,
          settings: {
            halfLifeDays: 60,
            coolingDays: 60,
            dormantDays: 120,
            coolingRatio: 0.35,
            dormantRatio: 0.1,
          },
        })
        .expect(200);
    }
  });

  it('matches the fair share of every company', async () => {
    for (const [from, to] of [
      ['2025-07-01', '2026-06-30'],
      ['2024-07-01', '2026-06-30'],
    ]) {
      const res = await agent
        .get(`/api/coalitions/${cid}/insights/fair-share`)
        .query({ from, to })
        .expect(200);
      const body = res.body as FairShareDto;
      const input = fairShareInput(world, from, to);
      const expected = fairShare(input);
      const classified = body.companies.filter((c) => c.sizeClass !== null);
      expect(Object.fromEntries(classified.map((c) => [c.organisationId, c.index]))).toEqual(
        expected,
      );
      // Deliveries are multiples of €0.005 (half units × cents): count in those to round exactly.
      const toCents = (eur: number) => Math.round(Math.round(eur * 200) / 2) / 100;
      const delivered = Object.fromEntries(input.map((c) => [c.id, toCents(c.deliveredValueEur)]));
      expect(
        Object.fromEntries(classified.map((c) => [c.organisationId, c.deliveredValueEur])),
      ).toEqual(delivered);
    }
  });
});
