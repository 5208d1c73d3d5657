import {
  engagement,
  type CoalitionDto,
  type DashboardDto,
  type FairShareDto,
  type OrganisationInsightsPage,
  type ResponsibilitiesDto,
} from '@regiokracht/shared';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import {
  dayOf,
  daysBefore,
  emptyWorld,
  engagementInput,
  insertWorld,
  worldRow,
  type WorldInteraction,
  type WorldOrganisation,
  type WorldPerson,
} from '../builders/random-history';
import { createTestApp, type TestApp } from '../utils/test-app';

const AS_OF = new Date('2026-06-30T12:00:00.000Z');

/**
 * A small coalition whose stories are known: a steady partner, one drifting away, one cooling, a
 * school whose key teacher and relationship owner are leaving, a prospect never contacted, and a
 * partner that left the coalition.
 */
function story() {
  const world = emptyWorld();
  const coordinator = worldRow.person({ name: 'Coby Coordinator' });
  const retiringOwner = worldRow.person({
    name: 'Rita Retiring',
    status: 'leaving',
    leavingOn: '2026-09-30',
  });
  const leftStaff = worldRow.person({ name: 'Lars Left', status: 'left', leftOn: '2026-01-15' });
  const org = (name: string, over: Partial<WorldOrganisation> = {}) =>
    worldRow.organisation({ name, relationshipOwnerId: coordinator.id, ...over });
  const steady = org('Steady Works', { sizeClass: 'small' });
  const drifting = org('Drifting Ltd', { sizeClass: 'medium' });
  const cooling = org('Cooling College', { kind: 'mbo', sizeClass: null });
  const school = org('Retiring School', {
    kind: 'vo',
    sizeClass: null,
    relationshipOwnerId: retiringOwner.id,
  });
  const prospect = org('Silent Prospect', { status: 'prospect', relationshipOwnerId: null });
  const gone = org('Gone Partner', { status: 'left' });
  world.organisations.push(steady, drifting, cooling, school, prospect, gone);

  const contact = (
    organisation: WorldOrganisation,
    name: string,
    over: Partial<WorldPerson> = {},
  ) => worldRow.person({ name, organisationId: organisation.id, ...over });
  const a1 = contact(steady, 'Anna Steady');
  const a2 = contact(steady, 'Bram Steady');
  const b1 = contact(drifting, 'Dirk Drifting');
  const b2 = contact(drifting, 'Daan Drifting');
  const c1 = contact(cooling, 'Carla Cooling');
  const c2 = contact(cooling, 'Cees Cooling');
  const keyTeacher = contact(school, 'Karel Key', {
    isKeyContact: true,
    status: 'leaving',
    leavingOn: '2026-08-31',
  });
  const d2 = contact(school, 'Dora School');
  world.people.push(coordinator, retiringOwner, leftStaff, a1, a2, b1, b2, c1, c2, keyTeacher, d2);

  /** Meetings every `stepDays` from `fromDaysAgo` down to `toDaysAgo`; participants by meeting number. */
  const every = (
    organisation: WorldOrganisation,
    fromDaysAgo: number,
    toDaysAgo: number,
    stepDays: number,
    participants: (n: number) => string[] = () => [],
  ) => {
    const list: WorldInteraction[] = [];
    for (let days = fromDaysAgo, n = 0; days >= toDaysAgo; days -= stepDays, n++) {
      list.push(
        worldRow.interaction({
          occurredAt: daysBefore(AS_OF, days),
          organisationIds: [organisation.id],
          participantIds: participants(n),
        }),
      );
    }
    return list;
  };
  // Shares stay below the 0.7 of `concentrated`: 60 % for Anna (a key contact by share), 50/50 elsewhere.
  world.interactions.push(
    ...every(steady, 703, 3, 7, (n) => [n % 5 < 3 ? a1.id : a2.id, coordinator.id]),
    ...every(drifting, 690, 150, 30, (n) => [n % 2 ? b1.id : b2.id]),
    ...every(cooling, 397, 75, 7, (n) => [n % 2 ? c1.id : c2.id]),
    ...every(school, 509, 5, 14, () => [keyTeacher.id]),
    ...every(gone, 100, 5, 7),
    // After asOf: must not count.
    worldRow.interaction({ occurredAt: daysBefore(AS_OF, -10), organisationIds: [drifting.id] }),
  );

  const items = {
    overdue: worldRow.actionItem({
      organisationId: steady.id,
      ownerId: coordinator.id,
      dueOn: dayOf(daysBefore(AS_OF, 10)),
    }),
    unowned: worldRow.actionItem({
      organisationId: drifting.id,
      dueOn: dayOf(daysBefore(AS_OF, -10)),
    }),
    orphaned: worldRow.actionItem({
      organisationId: cooling.id,
      ownerId: leftStaff.id,
      status: 'in_progress',
    }),
    done: worldRow.actionItem({ organisationId: steady.id, status: 'done' }),
    withoutOrganisation: worldRow.actionItem({
      ownerId: retiringOwner.id,
      status: 'blocked',
      dueOn: dayOf(daysBefore(AS_OF, 1)),
    }),
  };
  world.actionItems.push(...Object.values(items));

  const active = worldRow.commitment({
    organisationId: steady.id,
    contactId: a1.id,
    quantity: 10,
    unit: 'hours',
    unitValueEur: 50,
  });
  const pledged = worldRow.commitment({
    organisationId: drifting.id,
    contactId: b1.id,
    quantity: 5,
    unit: 'places',
    unitValueEur: 100,
    status: 'pledged',
  });
  world.commitments.push(active, pledged);
  world.contributions.push(
    worldRow.contribution({ commitmentId: active.id, deliveredOn: '2026-03-01', quantity: 4 }),
    worldRow.contribution({ commitmentId: active.id, deliveredOn: '2026-07-15', quantity: 2 }),
  );
  return {
    world,
    steady,
    drifting,
    cooling,
    school,
    prospect,
    gone,
    coordinator,
    retiringOwner,
    leftStaff,
    a1,
    b1,
    keyTeacher,
    items,
  };
}

describe('insights over HTTP', () => {
  const s = story();
  let t: TestApp;
  let cid: string;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(AS_OF) });
    staff = await buildCoalitionWithStaff(t.db);
    cid = staff.coalition.id;
    await insertWorld(t.db, cid, s.world);
    coordinator = await t.login(staff.coordinator.email);
  });
  afterAll(() => t.close());

  async function insights(
    query: Record<string, string | number> = {},
  ): Promise<OrganisationInsightsPage> {
    return (
      await coordinator
        .get(`/api/coalitions/${cid}/insights/organisations`)
        .query(query)
        .expect(200)
    ).body as OrganisationInsightsPage;
  }
  const byName = (page: OrganisationInsightsPage) => new Map(page.items.map((i) => [i.name, i]));

  describe('organisations', () => {
    it('tells each story at asOf, now by default', async () => {
      const page = await insights();
      expect(page.asOf).toBe(AS_OF.toISOString());
      const items = byName(page);
      expect([...items.keys()].sort()).toEqual([
        'Cooling College',
        'Drifting Ltd',
        'Retiring School',
        'Silent Prospect',
        'Steady Works',
      ]);

      const steady = items.get('Steady Works')!;
      const interactions = s.world.interactions.filter((i) =>
        i.organisationIds.includes(s.steady.id),
      );
      expect(steady.engagement).toEqual(engagement(engagementInput(interactions), AS_OF));
      expect(steady.engagement.health).toBe('engaged');
      expect(steady.succession).toEqual({ level: 'low', score: 0, factors: [] });
      expect(steady.series).toHaveLength(12);
      expect(steady.series[11]).toEqual({
        at: AS_OF.toISOString(),
        score: steady.engagement.score,
      });
      expect(steady.series[0].at).toBe('2025-07-30T12:00:00.000Z');

      expect(items.get('Drifting Ltd')!.engagement).toMatchObject({
        health: 'dormant',
        daysSinceLastInteraction: 150,
      });
      expect(items.get('Cooling College')!.engagement).toMatchObject({
        health: 'cooling',
        daysSinceLastInteraction: 75,
      });
      expect(items.get('Cooling College')!.succession).toMatchObject({
        level: 'medium',
        score: 10,
      });
      expect(items.get('Cooling College')!.succession.factors).toEqual([
        {
          code: 'orphaned_actions',
          points: 10,
          personIds: [s.leftStaff.id],
          people: [{ id: s.leftStaff.id, name: 'Lars Left' }],
          actionItemIds: [s.items.orphaned.id],
        },
      ]);

      const school = items.get('Retiring School')!;
      expect(school.succession.level).toBe('high');
      expect(school.succession.factors.map((f) => [f.code, f.people.map((p) => p.name)])).toEqual([
        ['key_contact_leaving', ['Karel Key']],
        ['owner_leaving', ['Rita Retiring']],
        ['single_contact', ['Dora School']],
      ]);

      const prospect = items.get('Silent Prospect')!;
      expect(prospect.engagement).toEqual({
        score: 0,
        peak: 0,
        index: 0,
        daysSinceLastInteraction: null,
        health: 'no_contact',
      });
      expect(prospect.succession.factors.map((f) => f.code)).toEqual(['no_contact']);
      expect(prospect.series.every((p) => p.score === 0)).toBe(true);
    });

    it('turns a steady history dormant when evaluated 200 days later', async () => {
      const later = new Date(AS_OF.getTime() + 200 * 86_400_000);
      const steady = byName(await insights({ asOf: later.toISOString() })).get('Steady Works')!;
      expect(steady.engagement).toMatchObject({ health: 'dormant', daysSinceLastInteraction: 203 });
      expect(steady.series[11].at).toBe(later.toISOString());
    });

    it('ignores what happened after asOf', async () => {
      const earlier = byName(await insights({ asOf: daysBefore(AS_OF, 300).toISOString() }));
      expect(earlier.get('Drifting Ltd')!.engagement).toMatchObject({
        health: 'engaged',
        daysSinceLastInteraction: 0,
      });
      expect(earlier.get('Steady Works')!.engagement.daysSinceLastInteraction).toBe(4);
    });

    it('recomputes when the coalition changes its half-life', async () => {
      const before = byName(await insights()).get('Drifting Ltd')!.engagement;
      const coalition = (await coordinator.get(`/api/coalitions/${cid}`).expect(200))
        .body as CoalitionDto;
      await coordinator
        .patch(`/api/coalitions/${cid}`)
        .send({ version: coalition.version, settings: { halfLifeDays: 200 } })
        .expect(200);
      try {
        const page = await insights();
        expect(page.settings.halfLifeDays).toBe(200);
        const after = byName(page).get('Drifting Ltd')!.engagement;
        const interactions = s.world.interactions.filter((i) =>
          i.organisationIds.includes(s.drifting.id),
        );
        expect(after).toEqual(
          engagement(engagementInput(interactions), AS_OF, { halfLifeDays: 200 }),
        );
        expect(after.score).toBeGreaterThan(before.score);
      } finally {
        const current = (await coordinator.get(`/api/coalitions/${cid}`).expect(200))
          .body as CoalitionDto;
        await coordinator
          .patch(`/api/coalitions/${cid}`)
          .send({ version: current.version, settings: { halfLifeDays: 60 } })
          .expect(200);
      }
    });

    it('filters, searches, sorts and pages', async () => {
      expect((await insights({ health: 'dormant' })).items.map((i) => i.name)).toEqual([
        'Drifting Ltd',
      ]);
      expect((await insights({ risk: 'high' })).items.map((i) => i.name)).toEqual([
        'Retiring School',
        'Silent Prospect',
      ]);
      expect((await insights({ q: 'drift' })).items.map((i) => i.name)).toEqual(['Drifting Ltd']);
      const byScore = (await insights({ sort: '-score' })).items.map((i) => i.engagement.score);
      expect(byScore).toEqual([...byScore].sort((x, y) => y - x));
      expect((await insights({ sort: 'health' })).items.map((i) => i.engagement.health)).toEqual([
        'dormant',
        'cooling',
        'no_contact',
        'engaged',
        'engaged',
      ]);
      // High with the higher score first; ties by name.
      expect((await insights({ sort: 'risk' })).items.map((i) => i.name)).toEqual([
        'Retiring School',
        'Silent Prospect',
        'Cooling College',
        'Drifting Ltd',
        'Steady Works',
      ]);
      const page = await insights({ pageSize: 2, page: 3 });
      expect(page).toMatchObject({ total: 5, page: 3, pageSize: 2 });
      expect(page.items).toHaveLength(1);
    });

    it('rejects a malformed asOf, naming it', async () => {
      for (const asOf of ['yesterday', '2026-06-30T12:00', '2026-02-30T12:00:00Z']) {
        const res = await coordinator
          .get(`/api/coalitions/${cid}/insights/organisations`)
          .query({ asOf })
          .expect(400);
        expect(res.body.details.length).toBeGreaterThan(0);
        expect(res.body.details.every((d: { field: string }) => d.field === 'asOf')).toBe(true);
      }
      const res = await coordinator
        .get(`/api/coalitions/${cid}/insights/dashboard`)
        .query({ asOf: 'soon' })
        .expect(400);
      expect(res.body.details[0].field).toBe('asOf');
      await coordinator
        .get(`/api/coalitions/${cid}/insights/organisations`)
        .query({ health: 'sleepy' })
        .expect(400);
      await coordinator
        .get(`/api/coalitions/${cid}/insights/organisations`)
        .query({ sort: 'bogus' })
        .expect(400);
    });
  });

  it('is for staff only: partners 403, strangers 404', async () => {
    const partner = await buildUser(t.db);
    await buildMembership(t.db, cid, partner.id, 'partner', s.steady.id);
    const stranger = await buildUser(t.db);
    const asPartner = await t.login(partner.email);
    const asStranger = await t.login(stranger.email);
    const asViewer = await t.login(staff.viewer.email);
    for (const path of ['organisations', 'dashboard', 'responsibilities', 'fair-share']) {
      await asPartner.get(`/api/coalitions/${cid}/insights/${path}`).expect(403);
      await asStranger.get(`/api/coalitions/${cid}/insights/${path}`).expect(404);
      await asViewer.get(`/api/coalitions/${cid}/insights/${path}`).expect(200);
    }
  });

  describe('dashboard', () => {
    let dashboard: DashboardDto;
    beforeAll(async () => {
      dashboard = (await coordinator.get(`/api/coalitions/${cid}/insights/dashboard`).expect(200))
        .body as DashboardDto;
    });

    it('counts organisations by health and risk', () => {
      expect(dashboard.organisations).toEqual({
        total: 5,
        byHealth: { engaged: 2, cooling: 1, dormant: 1, no_contact: 1 },
        byRisk: { low: 1, medium: 2, high: 2 },
      });
    });

    it('counts open, overdue, unowned and orphaned action items', () => {
      expect(dashboard.actionItems).toEqual({ open: 4, overdue: 2, unowned: 1, orphaned: 2 });
    });

    it('sets pledges against deliveries up to asOf', () => {
      const byStatus = Object.fromEntries(dashboard.commitments.byStatus.map((c) => [c.status, c]));
      expect(byStatus.active).toEqual({
        status: 'active',
        count: 1,
        pledgedValueEur: 500,
        deliveredValueEur: 200,
        quantities: [{ unit: 'hours', pledged: 10, delivered: 4 }],
      });
      expect(byStatus.pledged).toMatchObject({
        count: 1,
        pledgedValueEur: 500,
        deliveredValueEur: 0,
      });
      expect(byStatus.withdrawn).toMatchObject({ count: 0, quantities: [] });
      expect(dashboard.commitments).toMatchObject({
        pledgedValueEur: 1000,
        deliveredValueEur: 200,
      });
    });

    it('lists who is leaving soon with what they hold', () => {
      expect(dashboard.departures.map((d) => [d.person.name, d.daysUntilLeaving])).toEqual([
        ['Karel Key', 62],
        ['Rita Retiring', 92],
      ]);
      expect(dashboard.departures[0].holds.keyContactOf.map((o) => o.name)).toEqual([
        'Retiring School',
      ]);
      const rita = dashboard.departures[1].holds;
      expect(rita.organisations.map((o) => o.name)).toEqual(['Retiring School']);
      expect(rita.actionItems.map((a) => a.id)).toEqual([s.items.withoutOrganisation.id]);
    });

    it('ranks what needs attention, with reasons', () => {
      const { needsAttention } = dashboard;
      expect(needsAttention.total).toBe(5);
      expect(needsAttention.items.map((i) => i.name)).toEqual([
        'Silent Prospect', // high, never contacted
        'Retiring School', // high, engaged
        'Drifting Ltd', // medium (an unowned action item), dormant
        'Cooling College', // medium (an orphaned action item), cooling
        'Steady Works', // low, engaged, one overdue item
      ]);
      const school = needsAttention.items[1];
      expect(school.reasons).toEqual([
        {
          kind: 'succession',
          code: 'key_contact_leaving',
          message: 'Key contact leaving without a successor: Karel Key',
        },
        {
          kind: 'succession',
          code: 'owner_leaving',
          message: 'Relationship owner is not active: Rita Retiring',
        },
        {
          kind: 'succession',
          code: 'single_contact',
          message: 'Only one active contact: Dora School',
        },
      ]);
      expect(needsAttention.items[2].reasons).toEqual([
        {
          kind: 'succession',
          code: 'orphaned_actions',
          message: '1 open action item without an active owner',
        },
        {
          kind: 'engagement',
          code: 'dormant',
          message: expect.stringMatching(/^Dormant: last interaction 150 days ago/),
        },
      ]);
      expect(needsAttention.items[4]).toMatchObject({
        overdueActionItems: 1,
        reasons: [{ kind: 'action_items', code: 'overdue', message: '1 overdue action item' }],
      });
    });
  });

  it('shows who holds what, and what nobody holds', async () => {
    const body = (
      await coordinator.get(`/api/coalitions/${cid}/insights/responsibilities`).expect(200)
    ).body as ResponsibilitiesDto;
    const holders = new Map(body.people.map((p) => [p.person.name, p]));
    expect(body.people[0].person).toMatchObject({
      name: 'Lars Left',
      status: 'left',
      leftOn: '2026-01-15',
    });
    expect(body.people[0].holds.actionItems.map((a) => a.id)).toEqual([s.items.orphaned.id]);
    const coby = holders.get('Coby Coordinator')!;
    expect(coby.holds.organisations.map((o) => o.name).sort()).toEqual([
      'Cooling College',
      'Drifting Ltd',
      'Steady Works',
    ]);
    expect(coby.holds.actionItems.map((a) => a.id)).toEqual([s.items.overdue.id]);
    expect(holders.get('Anna Steady')!.holds).toMatchObject({
      commitments: [
        expect.objectContaining({ organisationName: 'Steady Works', status: 'active' }),
      ],
      keyContactOf: [{ id: s.steady.id, name: 'Steady Works' }], // by share: in every meeting
    });
    expect(holders.get('Dirk Drifting')!.holds.commitments).toHaveLength(1);
    expect(holders.get('Karel Key')!.holds.keyContactOf.map((o) => o.name)).toEqual([
      'Retiring School',
    ]);
    expect(body.unowned.actionItems.map((a) => a.id)).toEqual([s.items.unowned.id]);
    expect(body.unowned.organisations.map((o) => o.name)).toEqual(['Silent Prospect']);
    expect(holders.get('Coby Coordinator')!.total).toBe(4);
  });

  it('computes fair share over the last 12 months by default, with names for staff', async () => {
    const body = (await coordinator.get(`/api/coalitions/${cid}/insights/fair-share`).expect(200))
      .body as FairShareDto;
    expect(body).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
      totalDeliveredValueEur: 200,
      companies: [
        {
          organisationId: s.drifting.id,
          name: 'Drifting Ltd',
          sizeClass: 'medium',
          deliveredValueEur: 0,
          index: 0,
        },
        {
          organisationId: s.steady.id,
          name: 'Steady Works',
          sizeClass: 'small',
          deliveredValueEur: 200,
          index: 3,
        },
      ],
    });
    const later = await coordinator
      .get(`/api/coalitions/${cid}/insights/fair-share`)
      .query({ from: '2026-07-01', to: '2026-12-31' })
      .expect(200);
    expect(
      (later.body as FairShareDto).companies.find((c) => c.name === 'Steady Works'),
    ).toMatchObject({ deliveredValueEur: 100 });
    const res = await coordinator
      .get(`/api/coalitions/${cid}/insights/fair-share`)
      .query({ from: '2026-07-01', to: '2026-06-30' })
      .expect(400);
    expect(res.body.details).toEqual([{ field: 'from', message: expect.any(String) }]);
    await coordinator
      .get(`/api/coalitions/${cid}/insights/fair-share`)
      .query({ to: '2026-02-30' })
      .expect(400);
  });
});
