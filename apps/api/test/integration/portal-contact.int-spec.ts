import { buildOrganisation, buildPerson } from '../builders/domain.builder';
import { buildCoalitionWithStaff, buildMembership, buildUser } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

/** A partner keeps their own contact details up to date from the portal, and nothing else. */
describe('a partner editing their own contact details', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let partner: Agent;
  let coordinator: Agent;
  let base: string;
  let partnerUserId: string;
  let self: { id: string };
  let colleague: { id: string };
  let outsider: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db, 'Techniek College Rotterdam');
    base = `/api/coalitions/${staff.coalition.id}/people`;
    const own = await buildOrganisation(t.db, staff.coalition.id, {
      name: 'Rijnmond Installatiegroep',
    });
    const other = await buildOrganisation(t.db, staff.coalition.id, {
      name: 'Koudijs Klimaattechniek',
    });
    const user = await buildUser(t.db, { email: 'mark.visser@rijnmond.example' });
    partnerUserId = user.id;
    await buildMembership(t.db, staff.coalition.id, user.id, 'partner', own.id);
    // The person record carries the account's e-mail in other capitals: still the same person.
    self = await buildPerson(t.db, staff.coalition.id, {
      name: 'Mark Visser',
      email: 'Mark.Visser@Rijnmond.example',
      organisationId: own.id,
      role: 'HR-manager',
      isKeyContact: true,
      notes: 'Intern: wil graag meer gastlessen',
    });
    colleague = await buildPerson(t.db, staff.coalition.id, {
      name: 'Fleur Dekkers',
      organisationId: own.id,
    });
    // Same e-mail at another organisation: not the partner's person.
    outsider = await buildPerson(t.db, staff.coalition.id, {
      name: 'Mark Visser (Koudijs)',
      email: 'mark.visser@rijnmond.example',
      organisationId: other.id,
    });
    [partner, coordinator] = await Promise.all([
      t.login(user.email),
      t.login(staff.coordinator.email),
    ]);
  });
  afterAll(() => t.close());

  it('may change name, phone and role of their own person, audited like any update', async () => {
    const res = await partner
      .patch(`${base}/${self.id}`)
      .send({
        version: 1,
        name: 'Mark W. Visser',
        phone: '010 123 45 67',
        role: 'HR- en opleidingsmanager',
      })
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'Mark W. Visser',
      phone: '010 123 45 67',
      role: 'HR- en opleidingsmanager',
      isKeyContact: true,
      status: 'active',
      version: 2,
      // The answer to a partner leaves out the coalition's internal notes.
      notes: null,
    });

    const audit = await coordinator
      .get(`/api/coalitions/${staff.coalition.id}/audit-events`)
      .query({ entityType: 'person', entityId: self.id })
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'update',
        actorUserId: partnerUserId,
        changes: expect.objectContaining({
          name: { before: 'Mark Visser', after: 'Mark W. Visser' },
          phone: { before: null, after: '010 123 45 67' },
        }),
      }),
    ]);
    const staffView = await coordinator.get(`${base}/${self.id}`).expect(200);
    expect(staffView.body).toMatchObject({
      phone: '010 123 45 67',
      notes: 'Intern: wil graag meer gastlessen',
    });
  });

  it('answers 409 with the current version on a stale edit, like any update', async () => {
    const res = await partner
      .patch(`${base}/${self.id}`)
      .send({ version: 1, phone: '06' })
      .expect(409);
    expect(res.body.currentVersion).toBe(2);
  });

  it('answers 404 for anybody else: a colleague, or the same e-mail at another organisation', async () => {
    await partner.patch(`${base}/${colleague.id}`).send({ version: 1, phone: '06' }).expect(404);
    await partner.patch(`${base}/${outsider.id}`).send({ version: 1, phone: '06' }).expect(404);
    const untouched = await coordinator.get(`${base}/${colleague.id}`).expect(200);
    expect(untouched.body).toMatchObject({ phone: null, version: 1 });
  });

  it.each([
    ['status', { status: 'left', leftOn: '2025-01-01' }],
    ['isKeyContact', { isKeyContact: false }],
    ['organisationId', { organisationId: null }],
    ['email', { email: 'someone.else@example.com' }],
    ['notes', { notes: 'mine now' }],
  ])('answers 400 naming %s, a field partners may not change', async (field, body) => {
    const res = await partner
      .patch(`${base}/${self.id}`)
      .send({ version: 2, ...body })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
    const unchanged = await coordinator.get(`${base}/${self.id}`).expect(200);
    expect(unchanged.body).toMatchObject({ version: 2, status: 'active', isKeyContact: true });
  });

  it('still validates the allowed fields', async () => {
    const res = await partner
      .patch(`${base}/${self.id}`)
      .send({ version: 2, name: '  ' })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'name' })]);
  });
});
