import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * Every list answers the real number of matches in `total`, on any page: a page past the end is
 * empty but still says how many there are (so a client that deleted the last row of the last
 * page can step back). One list builder (common/db/list-query.ts) gives every list this.
 */
describe('list totals past the last page', () => {
  let t: TestApp;
  let coordinator: Awaited<ReturnType<TestApp['login']>>;
  const lists: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date('2025-06-15T12:00:00Z') });
    const a = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    coordinator = await t.login(a.coordinator.email);
    const base = `/api/coalitions/${a.coalition.id}`;
    const post = async (path: string, body: object): Promise<{ id: string }> =>
      (await coordinator.post(`${base}/${path}`).send(body).expect(201)).body as { id: string };

    // Two of each, so a page of one has a page past it.
    const organisations = [];
    const people = [];
    for (const n of [1, 2]) {
      organisations.push(await post('organisations', { name: `Bedrijf ${n}`, kind: 'company' }));
      people.push(
        await post('people', { name: `Persoon ${n}`, organisationId: organisations[0].id }),
      );
    }
    const commitments = [];
    for (const n of [1, 2]) {
      await post('interactions', {
        occurredAt: `2025-06-0${n}T10:00:00Z`,
        kind: 'meeting',
        initiatedBy: 'coalition',
        organisationIds: [organisations[0].id],
      });
      commitments.push(
        await post('commitments', {
          organisationId: organisations[0].id,
          kind: 'internships',
          quantity: 2,
          unit: 'places',
        }),
      );
      await post(`commitments/${commitments[0].id}/contributions`, {
        deliveredOn: `2025-06-0${n}`,
        quantity: 1,
      });
      await post('benefits', {
        organisationId: organisations[0].id,
        kind: 'hire',
        receivedOn: `2025-06-0${n}`,
      });
      await post('action-items', { title: `Actie ${n}` });
      await post('initiatives', { name: `Initiatief ${n}` });
      await post('handovers', { departingPersonId: people[n - 1].id });
    }
    Object.assign(lists, {
      organisations: `${base}/organisations`,
      people: `${base}/people`,
      interactions: `${base}/interactions`,
      commitments: `${base}/commitments`,
      contributions: `${base}/commitments/${commitments[0].id}/contributions`,
      benefits: `${base}/benefits`,
      'action items': `${base}/action-items`,
      initiatives: `${base}/initiatives`,
      members: `${base}/members`,
      handovers: `${base}/handovers`,
      'audit events': `${base}/audit-events`,
      notifications: `/api/notifications`,
    });
  });
  afterAll(() => t.close());

  const names = [
    'organisations',
    'people',
    'interactions',
    'commitments',
    'contributions',
    'benefits',
    'action items',
    'initiatives',
    'members',
    'handovers',
    'audit events',
    'notifications',
  ];

  it('walks every list endpoint', () => {
    expect(Object.keys(lists).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: a page past the end reports the real total', async (name) => {
    const url = lists[name];
    const first = await coordinator.get(url).query({ page: 1, pageSize: 1 }).expect(200);
    const total = (first.body as { total: number }).total;
    // Notifications come from the digest, which has not run: the list is empty on every page.
    if (name !== 'notifications') expect(total).toBeGreaterThanOrEqual(2);
    const beyond = await coordinator.get(url).query({ page: 999, pageSize: 1 }).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total, page: 999, pageSize: 1 });
  });
});
