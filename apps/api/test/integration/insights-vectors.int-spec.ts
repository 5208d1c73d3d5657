import type {
  AnalyticsSettings,
  Engagement,
  EngagementInteraction,
  FairShareCompany,
  FairShareDto,
  OrganisationInsightsPage,
  RiskLevel,
  SuccessionInput,
} from '@regiokracht/shared';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { buildCoalition, buildMembership, buildUser } from '../builders/platform.builder';
import { emptyWorld, insertWorld, worldRow, type World } from '../builders/random-history';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * the shared worked examples (the same file the shared package's vector spec reads), computed by
 * the API's SQL through HTTP: each example in a coalition of its own, with its own settings.
 */
const SHARED_VECTORS = path.resolve(__dirname, '../../../../../shared/analytics-vectors.json');
const COMMITTED_COPY = path.resolve(
  __dirname,
  '../../../../packages/shared/test-data/analytics-vectors.json',
);

interface Vectors {
  engagement: {
    name: string;
    interactions: EngagementInteraction[];
    asOf: string;
    settings?: Partial<AnalyticsSettings>;
    expected: Engagement;
  }[];
  succession: (SuccessionInput & {
    name: string;
    expected: { level: RiskLevel; score: number; factors: string[] };
  })[];
  fairShare: {
    name: string;
    companies: FairShareCompany[];
    expected: Record<string, number | null>;
  }[];
}

const vectors = JSON.parse(
  readFileSync(existsSync(SHARED_VECTORS) ? SHARED_VECTORS : COMMITTED_COPY, 'utf8'),
) as Vectors;
const named = <T extends { name: string }>(examples: T[]) =>
  examples.map((e) => [e.name, e] as const);

describe('analytics vectors through the API', () => {
  let t: TestApp;
  let viewer: { id: string; email: string };
  let agent: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await createTestApp();
    viewer = await buildUser(t.db);
    agent = await t.login(viewer.email);
  });
  afterAll(() => t.close());

  /** A coalition of its own holding `world`, readable by the viewer. */
  async function coalitionWith(world: World, settings: object = {}): Promise<string> {
    const { id } = await buildCoalition(t.db, { settings });
    await buildMembership(t.db, id, viewer.id, 'viewer');
    await insertWorld(t.db, id, world);
    return id;
  }

  /** A uuid per label of the example ('org', 'a', 'owner', …). */
  function labels(): (label: string) => string {
    const ids = new Map<string, string>();
    return (label) => {
      if (!ids.has(label)) ids.set(label, crypto.randomUUID());
      return ids.get(label)!;
    };
  }

  it.each(named(vectors.engagement))('engagement: %s', async (_name, example) => {
    const world = emptyWorld();
    const orgId = crypto.randomUUID();
    world.organisations.push(worldRow.organisation({ id: orgId, name: 'Vector', sizeClass: null }));
    world.interactions = example.interactions.map((i) =>
      worldRow.interaction({
        occurredAt: new Date(i.occurredAt),
        kind: i.kind,
        initiatedBy: i.initiatedBy,
        organisationIds: [orgId],
      }),
    );
    const cid = await coalitionWith(world, example.settings);

    const res = await agent
      .get(`/api/coalitions/${cid}/insights/organisations`)
      .query({ asOf: example.asOf })
      .expect(200);
    const page = res.body as OrganisationInsightsPage;
    expect(page.items).toHaveLength(1);
    expect(page.items[0].engagement).toEqual(example.expected);
    expect(page.items[0].series.at(-1)).toEqual({
      at: new Date(example.asOf).toISOString(),
      score: example.expected.score,
    });
  });

  it.each(named(vectors.succession))('succession: %s', async (_name, example) => {
    const id = labels();
    const world = emptyWorld();
    const organisationLabels = new Set([
      example.org.id,
      ...example.people.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    ]);
    for (const label of organisationLabels) {
      world.organisations.push(worldRow.organisation({ id: id(label), name: label }));
    }
    world.organisations.find((o) => o.id === id(example.org.id))!.relationshipOwnerId =
      example.org.relationshipOwnerId === null ? null : id(example.org.relationshipOwnerId);
    world.people = example.people.map((p) => {
      if (p.leftOn !== null) expect(String(p.leftOn)).toMatch(/T00:00:00(\.000)?Z$/); // a date in the database
      return {
        id: id(p.id),
        name: p.id,
        organisationId: p.organisationId === null ? null : id(p.organisationId),
        status: p.status,
        isKeyContact: p.isKeyContact,
        leavingOn: p.status === 'leaving' ? '2026-09-01' : null,
        leftOn: p.leftOn === null ? null : String(p.leftOn).slice(0, 10),
        successorId: p.successorId === null ? null : id(p.successorId),
        deleted: false,
      };
    });
    world.interactions = example.interactions.map((i) =>
      worldRow.interaction({
        occurredAt: new Date(i.occurredAt),
        organisationIds: [id(example.org.id)],
        participantIds: [...new Set(i.participantIds)].map(id),
      }),
    );
    world.actionItems = example.actionItems.map((a) =>
      worldRow.actionItem({
        ownerId: a.ownerId === null ? null : id(a.ownerId),
        organisationId: id(example.org.id),
        status: a.status,
      }),
    );
    const cid = await coalitionWith(world);

    const res = await agent
      .get(`/api/coalitions/${cid}/insights/organisations`)
      .query({ asOf: new Date(example.asOf).toISOString(), pageSize: 10 })
      .expect(200);
    const item = (res.body as OrganisationInsightsPage).items.find(
      (i) => i.organisationId === id(example.org.id),
    )!;
    expect(item.succession.level).toBe(example.expected.level);
    expect(item.succession.score).toBe(example.expected.score);
    expect(item.succession.factors.map((f) => f.code)).toEqual(example.expected.factors);
  });

  it.each(named(vectors.fairShare))('fair share: %s', async (_name, example) => {
    const id = labels();
    const world = emptyWorld();
    for (const company of example.companies) {
      world.organisations.push(
        worldRow.organisation({
          id: id(company.id),
          name: company.id,
          sizeClass: company.sizeClass,
        }),
      );
      if (company.deliveredValueEur === 0) continue;
      const commitment = worldRow.commitment({
        organisationId: id(company.id),
        quantity: company.deliveredValueEur,
        unit: 'eur',
        unitValueEur: 1,
      });
      world.commitments.push(commitment);
      world.contributions.push(
        worldRow.contribution({
          commitmentId: commitment.id,
          deliveredOn: '2026-03-01',
          quantity: company.deliveredValueEur,
        }),
      );
    }
    const cid = await coalitionWith(world);

    const res = await agent
      .get(`/api/coalitions/${cid}/insights/fair-share`)
      .query({ from: '2025-07-01', to: '2026-06-30' })
      .expect(200);
    const indexes = Object.fromEntries(
      (res.body as FairShareDto).companies.map((c) => [c.name, c.index]),
    );
    expect(indexes).toEqual(example.expected);
  });
});
