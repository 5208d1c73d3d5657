import type {
  CoalitionDto,
  DashboardDto,
  OrganisationInsightDto,
  OrganisationInsightsPage,
} from '@regiokracht/shared';
import { DEMO_LOGINS, DEMO_STORY, seedDemo } from '../../src/database/seed/seed';
import { createTestApp, type TestApp } from '../utils/test-app';

/** The demo world's stories, as the coordinator's insights tell them (asserted, not eyeballed). */
describe('insights on the demo world', () => {
  const NOW = new Date('2026-06-30T09:00:00.000Z');
  const teacher = DEMO_STORY.retiringTeacher;
  let t: TestApp;
  let dashboard: DashboardDto;
  let insights: Map<string, OrganisationInsightDto>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(NOW) });
    await seedDemo(t.db, NOW);
    const coordinator = await t.login('coordinator@regiokracht.demo', DEMO_LOGINS.password);
    const coalitions = (await coordinator.get('/api/coalitions').expect(200))
      .body as CoalitionDto[];
    const cid = coalitions.find((c) => c.name === DEMO_STORY.coalition)!.id;
    dashboard = (await coordinator.get(`/api/coalitions/${cid}/insights/dashboard`).expect(200))
      .body as DashboardDto;
    const page = (
      await coordinator
        .get(`/api/coalitions/${cid}/insights/organisations`)
        .query({ pageSize: 200 })
        .expect(200)
    ).body as OrganisationInsightsPage;
    expect(page.items).toHaveLength(page.total);
    insights = new Map(page.items.map((i) => [i.name, i]));
  });
  afterAll(() => t.close());

  it('rates the retiring key teacher’s organisations high risk because their owner leaves', () => {
    for (const name of teacher.organisations) {
      const organisation = insights.get(name)!;
      expect(organisation.succession.level).toBe('high');
      const ownerLeaving = organisation.succession.factors.find((f) => f.code === 'owner_leaving');
      expect(ownerLeaving?.people.map((p) => p.name)).toEqual([teacher.name]);
    }
  });

  it('names them on the dashboard: high risk to attend to, and what the teacher holds', () => {
    const attention = new Map(dashboard.needsAttention.items.map((i) => [i.name, i]));
    for (const name of teacher.organisations) {
      expect(attention.get(name)).toMatchObject({
        risk: 'high',
        reasons: expect.arrayContaining([
          {
            kind: 'succession',
            code: 'owner_leaving',
            message: `Relationship owner is not active: ${teacher.name}`,
          },
        ]),
      });
    }
    const departure = dashboard.departures.find((d) => d.person.name === teacher.name)!;
    expect(departure.daysUntilLeaving).toBe(teacher.leavingInDays);
    expect(departure.holds.organisations.map((o) => o.name).sort()).toEqual(
      [...teacher.organisations].sort(),
    );
    expect(dashboard.organisations.byRisk.high).toBeGreaterThanOrEqual(
      teacher.organisations.length,
    );
  });

  it('shows the drifting partners cooling or dormant, and the healthy ones engaged', () => {
    for (const partner of DEMO_STORY.driftingPartners) {
      expect([partner.name, insights.get(partner.name)!.engagement.health]).toEqual([
        partner.name,
        partner.health,
      ]);
    }
    const attention = new Map(dashboard.needsAttention.items.map((i) => [i.name, i]));
    for (const partner of DEMO_STORY.driftingPartners) {
      expect(attention.get(partner.name)?.reasons).toContainEqual(
        expect.objectContaining({ kind: 'engagement', code: partner.health }),
      );
    }
    for (const name of DEMO_STORY.healthyPartners)
      expect(insights.get(name)!.engagement.health).toBe('engaged');
    expect(dashboard.organisations.byHealth.dormant).toBeGreaterThanOrEqual(2);
    expect(dashboard.organisations.byHealth.cooling).toBeGreaterThanOrEqual(1);
  });

  it('counts the unowned and orphaned action items of the story', () => {
    expect(dashboard.actionItems.unowned).toBeGreaterThanOrEqual(
      DEMO_STORY.unownedActionItems.length,
    );
    expect(dashboard.actionItems.orphaned).toBeGreaterThan(0);
  });
});
