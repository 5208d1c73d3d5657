import {
  anonymisedAggregate,
  fairShare,
  type PortalDto,
  type SizeClass,
} from '@regiokracht/shared';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import {
  daysBefore,
  emptyWorld,
  insertWorld,
  worldRow,
  type WorldOrganisation,
} from '../builders/random-history';
import { createTestApp, type TestApp } from '../utils/test-app';

const NOW = new Date('2026-06-30T12:00:00.000Z');

/** The partner's own company among others: 2 other small ones, 3 medium, 1 large. */
function world() {
  const w = emptyWorld();
  const coordinator = worldRow.person({ name: 'Coby Coordinator' });
  const own = worldRow.organisation({
    name: 'Partner Co',
    sizeClass: 'small',
    relationshipOwnerId: coordinator.id,
  });
  const others: [string, SizeClass, number][] = [
    ['Rival Alpha', 'small', 500],
    ['Rival Beta', 'small', 700],
    ['Medium One', 'medium', 3000],
    ['Medium Two', 'medium', 5000],
    ['Medium Three', 'medium', 9000],
    ['Giant NV', 'large', 0],
  ];
  const school = worldRow.organisation({ name: 'Secret School', kind: 'mbo', sizeClass: null });
  w.organisations.push(own, school);
  const ownPerson = worldRow.person({ name: 'Olga Own', organisationId: own.id });
  const schoolPerson = worldRow.person({ name: 'Sam Schoolteacher', organisationId: school.id });
  w.people.push(coordinator, ownPerson, schoolPerson);

  const deliver = (
    organisation: WorldOrganisation,
    valueEur: number,
    deliveredOn = '2026-03-01',
  ) => {
    const commitment = worldRow.commitment({
      organisationId: organisation.id,
      quantity: valueEur / 10,
      unit: 'hours',
      unitValueEur: 10,
    });
    w.commitments.push(commitment);
    w.contributions.push(
      worldRow.contribution({ commitmentId: commitment.id, deliveredOn, quantity: valueEur / 10 }),
    );
    return commitment;
  };
  for (const [name, sizeClass, value] of others) {
    const organisation = worldRow.organisation({ name, sizeClass });
    w.organisations.push(organisation);
    if (value > 0) deliver(organisation, value);
    w.actionItems.push(
      worldRow.actionItem({ organisationId: organisation.id, title: `Secret plan of ${name}` }),
    );
    w.benefits.push({
      id: crypto.randomUUID(),
      organisationId: organisation.id,
      receivedOn: '2026-01-01',
    });
  }

  const internships = worldRow.commitment({
    organisationId: own.id,
    contactId: ownPerson.id,
    quantity: 20,
    unit: 'hours',
    unitValueEur: 50,
  });
  w.commitments.push(internships);
  w.contributions.push(
    worldRow.contribution({
      commitmentId: internships.id,
      deliveredOn: '2026-02-01',
      quantity: 10,
    }),
    worldRow.contribution({
      commitmentId: internships.id,
      deliveredOn: '2026-05-01',
      quantity: 10,
    }),
    worldRow.contribution({ commitmentId: internships.id, deliveredOn: '2024-05-01', quantity: 4 }), // before the period
  );
  w.benefits.push({ id: crypto.randomUUID(), organisationId: own.id, receivedOn: '2026-04-01' });
  w.actionItems.push(
    worldRow.actionItem({
      organisationId: own.id,
      title: 'Sign the agreement',
      ownerId: ownPerson.id,
      dueOn: '2026-07-10',
    }),
    worldRow.actionItem({
      organisationId: own.id,
      title: 'Plan the open day',
      ownerId: coordinator.id,
    }),
    worldRow.actionItem({ organisationId: own.id, title: 'Find a mentor' }),
    worldRow.actionItem({ organisationId: own.id, title: 'Old business', status: 'done' }),
  );
  // An interaction shared with another organisation: the portal must not reveal it.
  w.interactions.push(
    worldRow.interaction({
      occurredAt: daysBefore(NOW, 3),
      organisationIds: [own.id, school.id],
      participantIds: [ownPerson.id, schoolPerson.id],
    }),
  );
  return { w, own, coordinator, others, school };
}

describe('partner portal', () => {
  const data = world();
  let t: TestApp;
  let cid: string;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let partner: Awaited<ReturnType<TestApp['login']>>;

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(NOW) });
    staff = await buildCoalitionWithStaff(t.db);
    cid = staff.coalition.id;
    await insertWorld(t.db, cid, data.w);
    const user = await buildUser(t.db);
    await buildMembership(t.db, cid, user.id, 'partner', data.own.id);
    partner = await t.login(user.email);
  });
  afterAll(() => t.close());

  async function portal(): Promise<PortalDto> {
    return (await partner.get(`/api/coalitions/${cid}/portal`).expect(200)).body as PortalDto;
  }

  it('shows the partner its own figures', async () => {
    const body = await portal();
    expect(body.organisation).toEqual({
      id: data.own.id,
      name: 'Partner Co',
      kind: 'company',
      sizeClass: 'small',
      status: 'active',
    });
    expect(body.period).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(body.commitments).toEqual([
      expect.objectContaining({
        quantity: 20,
        deliveredQuantity: 24,
        pledgedValueEur: 1000,
        deliveredValueEur: 1200,
        unit: 'hours',
      }),
    ]);
    expect(body.benefits).toEqual([
      expect.objectContaining({ kind: 'hire', receivedOn: '2026-04-01' }),
    ]);
    expect(body.actionItems.map((a) => [a.title, a.ownerName, a.owned])).toEqual([
      ['Sign the agreement', 'Olga Own', true],
      ['Find a mentor', null, false],
      ['Plan the open day', null, true],
    ]);

    const companies = [
      { id: data.own.id, sizeClass: 'small' as const, deliveredValueEur: 1000 },
      ...data.others.map(([name, sizeClass, value]) => ({
        id: name,
        sizeClass,
        deliveredValueEur: value,
      })),
    ];
    const indexes = fairShare(companies);
    expect(body.fairShare).toEqual({
      deliveredValueEur: 1000,
      index: indexes[data.own.id],
      indexWithheld: null,
    });
  });

  it('never contains another organisation’s id or name, nor people of others', async () => {
    const serialized = JSON.stringify(await portal());
    const foreign = data.w.organisations.filter((o) => o.id !== data.own.id);
    for (const organisation of foreign) {
      expect(serialized).not.toContain(organisation.id);
      expect(serialized).not.toContain(organisation.name);
    }
    for (const secret of [
      'Secret plan',
      'Sam Schoolteacher',
      'Coby Coordinator',
      data.coordinator.id,
    ]) {
      expect(serialized).not.toContain(secret);
    }
  });

  it('compares anonymously per size class, withholding groups of fewer than 3 others', async () => {
    const { comparison } = await portal();
    expect(
      comparison.map((c) => [
        c.sizeClass,
        c.yours,
        c.deliveredValueEur.withheld,
        c.deliveredValueEur.count,
      ]),
    ).toEqual([
      ['micro', false, true, 0],
      ['small', true, true, 2],
      ['medium', false, false, 3],
      ['large', false, true, 1],
    ]);
    const small = comparison[1].deliveredValueEur;
    expect(small.withheld && small.reason).toMatch(/it would cover 2, at least 3 are needed/);
    expect(JSON.stringify(comparison[1])).not.toMatch(/500|700/);

    expect(comparison[2].deliveredValueEur).toEqual(anonymisedAggregate([3000, 5000, 9000]));
    const companies = [
      { id: 'own', sizeClass: 'small' as const, deliveredValueEur: 1000 },
      ...data.others.map(([name, sizeClass, value]) => ({
        id: name,
        sizeClass,
        deliveredValueEur: value,
      })),
    ];
    const indexes = fairShare(companies);
    const mediumIndexes = ['Medium One', 'Medium Two', 'Medium Three'].map(
      (name) => indexes[name]!,
    );
    const expected = anonymisedAggregate(mediumIndexes);
    const round = (x: number) => Math.round(x * 100) / 100;
    expect(comparison[2].fairShareIndex).toEqual(
      expected.withheld
        ? expected
        : {
            ...expected,
            p25: round(expected.p25),
            median: round(expected.median),
            p75: round(expected.p75),
          },
    );
  });

  it('withholds the own index when fewer than 3 other companies make up the totals', async () => {
    const small = await buildCoalitionWithStaff(t.db);
    const w = emptyWorld();
    const own = worldRow.organisation({ name: 'Lonely Co' });
    const other = worldRow.organisation({ name: 'Only Rival', sizeClass: 'large' });
    w.organisations.push(own, other, worldRow.organisation({ name: 'Second Rival' }));
    const commitment = worldRow.commitment({ organisationId: other.id });
    w.commitments.push(commitment);
    w.contributions.push(
      worldRow.contribution({ commitmentId: commitment.id, deliveredOn: '2026-03-01' }),
    );
    await insertWorld(t.db, small.coalition.id, w);
    const user = await buildUser(t.db);
    await buildMembership(t.db, small.coalition.id, user.id, 'partner', own.id);
    const lonely = await t.login(user.email);
    const body = (await lonely.get(`/api/coalitions/${small.coalition.id}/portal`).expect(200))
      .body as PortalDto;
    expect(body.fairShare).toEqual({
      deliveredValueEur: 0,
      index: null,
      indexWithheld: expect.stringMatching(/it would cover 2, at least 3 are needed/),
    });
    expect(JSON.stringify(body)).not.toMatch(/Rival/);
  });

  it('lets a partner see only its own portal; staff preview one by id', async () => {
    await partner
      .get(`/api/coalitions/${cid}/portal`)
      .query({ organisationId: data.school.id })
      .expect(403);
    await partner
      .get(`/api/coalitions/${cid}/portal`)
      .query({ organisationId: data.own.id })
      .expect(200);

    const coordinator = await t.login(staff.coordinator.email);
    const res = await coordinator.get(`/api/coalitions/${cid}/portal`).expect(400);
    expect(res.body.details).toEqual([{ field: 'organisationId', message: expect.any(String) }]);
    const preview = await coordinator
      .get(`/api/coalitions/${cid}/portal`)
      .query({ organisationId: data.own.id })
      .expect(200);
    expect(preview.body).toEqual(await portal());
    await coordinator
      .get(`/api/coalitions/${cid}/portal`)
      .query({ organisationId: crypto.randomUUID() })
      .expect(404);
    await coordinator
      .get(`/api/coalitions/${cid}/portal`)
      .query({ organisationId: 'nope' })
      .expect(400);
  });
});
