import { sqlOne, sqlRows } from '../../src/database/sql';
import { MAILER, type Mailer, type MailMessage } from '../../src/modules/notifications/mailer';
import { verifyPassword } from '../../src/modules/users/passwords';
import { buildCoalitionWithStaff, buildUser } from '../builders/platform.builder';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Staff = Awaited<ReturnType<typeof buildCoalitionWithStaff>>;

const HOUR_MS = 3_600_000;
const INVITATION_LINK = /\/invitation\/([A-Za-z0-9_-]{40,})/;
const RESET_LINK = /\/reset-password\/([A-Za-z0-9_-]{40,})/;

/**
 * No account takeover through invitations (hardening issue, part 1). Coordinators of unrelated
 * coalitions add the same e-mail; only the request that created an account is handed its link,
 * everything else goes to the address. Mails are captured from the one Mailer, like the digest's.
 */
describe('account access: invitations, password resets, password policy', () => {
  let t: TestApp;
  let clockNow: Date | null = null;
  let sent: MailMessage[];
  let a: Staff;
  let b: Staff;
  let coordinatorA: Agent;
  let coordinatorB: Agent;

  const mailsTo = (email: string) => sent.filter((m) => m.to === email);
  const linkIn = (mail: MailMessage | undefined, pattern: RegExp) =>
    pattern.exec(mail?.text ?? '')?.[1];
  const passwordHashOf = async (email: string) =>
    (await sqlOne<{ password_hash: string | null }>(
      t.db.manager,
      'SELECT password_hash FROM app_user WHERE lower(email) = lower($1)',
      [email],
    ))!.password_hash;
  const acceptInvitation = (token: string, password: string) =>
    t.http().post(`/api/auth/invitations/${token}`).send({ password });
  const requestReset = (email: string) =>
    t.http().post('/api/auth/password-resets').send({ email });
  const resetPassword = (token: string, password: string) =>
    t.http().post(`/api/auth/password-resets/${token}`).send({ password });
  const login = (email: string, password: string) =>
    t.http().post('/api/auth/login').send({ email, password });

  beforeAll(async () => {
    t = await createTestApp({ now: () => clockNow ?? new Date() });
    jest.spyOn(t.app.get<Mailer>(MAILER), 'send').mockImplementation((message) => {
      sent.push(message);
      return Promise.resolve();
    });
    a = await buildCoalitionWithStaff(t.db, 'Coalition A');
    b = await buildCoalitionWithStaff(t.db, 'Coalition B');
    coordinatorA = await t.login(a.coordinator.email);
    coordinatorB = await t.login(b.coordinator.email);
  });
  beforeEach(() => {
    sent = [];
    clockNow = null;
  });
  afterAll(() => t.close());

  describe('adding an account that already exists', () => {
    it('gives coordinator B no link and no way to get one; the person cannot be taken over and B never sees the stored name', async () => {
      const x = 'xandra@takeover.example';
      const byA = await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email: x, name: 'Xandra Stored-Name', role: 'member' })
        .expect(201);
      // A created the account, so A is handed its link.
      expect(byA.body).toMatchObject({ invitation: 'link', name: 'Xandra Stored-Name' });
      expect(byA.body.invitationUrl).toMatch(INVITATION_LINK);
      const linkOfA = INVITATION_LINK.exec(byA.body.invitationUrl as string)![1];
      expect(sent).toEqual([]);

      const membersB = `/api/coalitions/${b.coalition.id}/members`;
      const byB = await coordinatorB
        .post(membersB)
        .send({ email: 'XANDRA@takeover.example', name: 'X from B', role: 'viewer' })
        .expect(201);
      expect(byB.body.invitationUrl).toBeUndefined();
      expect(byB.body).toMatchObject({
        invitation: 'notified',
        name: 'X from B',
        email: 'XANDRA@takeover.example',
        role: 'viewer',
      });
      expect(JSON.stringify(byB.body)).not.toContain('Stored-Name');
      // The link went to the address itself, and nowhere into B's answer.
      expect(mailsTo(x)).toHaveLength(1);
      const mailedLink = linkIn(mailsTo(x)[0], INVITATION_LINK)!;
      expect(mailedLink).toBeDefined();
      expect(JSON.stringify(byB.body)).not.toContain(mailedLink);

      // B reads the membership as B typed it, and cannot search for the stored name either.
      const listed = await coordinatorB.get(membersB).query({ q: 'xandra' }).expect(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ name: 'X from B' })]);
      expect(JSON.stringify(listed.body)).not.toContain('Stored-Name');
      expect((await coordinatorB.get(membersB).query({ q: 'Stored-Name' })).body.total).toBe(0);
      const one = await coordinatorB.get(`${membersB}/${byB.body.id}`).expect(200);
      expect(one.body.name).toBe('X from B');

      // Every other way B could try: removing and adding again, with a password of B's choosing,
      // and "forgot password" for the address. None hands B a link or sets B's password.
      await coordinatorB.delete(`${membersB}/${byB.body.id}`).expect(204);
      const again = await coordinatorB
        .post(membersB)
        .send({ email: x, name: 'X again', role: 'viewer', password: 'chosen-by-coordinator-b' })
        .expect(201);
      expect(again.body.invitationUrl).toBeUndefined();
      expect(again.body.invitation).toBe('notified');
      const reset = await requestReset(x).expect(202);
      expect(JSON.stringify(reset.body)).not.toMatch(/invitation\/|reset-password\//);
      expect(await passwordHashOf(x)).toBeNull();
      await login(x, 'chosen-by-coordinator-b').expect(401);
      expect(sent.every((m) => m.to === x)).toBe(true);

      // The link A was handed no longer works either: it would now open coalition B as well.
      await acceptInvitation(linkOfA, 'chosen-by-coordinator-a').expect(404);
      await login(x, 'chosen-by-coordinator-a').expect(401);

      // The person uses the link from their own mailbox and sees both memberships.
      const accepted = await acceptInvitation(mailedLink, 'xandras-own-secret').expect(200);
      expect(
        accepted.body.memberships.map((m: { coalitionId: string }) => m.coalitionId).sort(),
      ).toEqual([a.coalition.id, b.coalition.id].sort());
      await login(x, 'xandras-own-secret').expect(200);
      // Signed in: from now on B sees the account's own name, and the audit log says so.
      const after = await coordinatorB.get(`${membersB}/${again.body.id}`).expect(200);
      expect(after.body).toMatchObject({ name: 'Xandra Stored-Name', email: x });
      const event = await sqlOne<{ changes: Record<string, unknown> }>(
        t.db.manager,
        `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'update'`,
        [again.body.id],
      );
      expect(event!.changes).toMatchObject({
        name: { before: 'X again', after: 'Xandra Stored-Name' },
      });
    });

    it('leaves an active account’s password alone and e-mails a notice without a link', async () => {
      const person = await buildUser(t.db, { name: 'Pieter Private' });
      const res = await coordinatorB
        .post(`/api/coalitions/${b.coalition.id}/members`)
        .send({
          email: person.email,
          name: 'Pieter (typed)',
          role: 'member',
          password: 'coordinator-chosen-pw',
        })
        .expect(201);
      expect(res.body).toMatchObject({ invitation: 'notified', name: 'Pieter (typed)' });
      expect(res.body.invitationUrl).toBeUndefined();
      expect(JSON.stringify(res.body)).not.toContain('Private');
      await login(person.email, 'coordinator-chosen-pw').expect(401);
      await login(person.email, TEST_PASSWORD).expect(200);
      const [mail] = mailsTo(person.email);
      expect(mail.subject).toContain('Coalition B');
      expect(mail.text).toContain('/login');
      expect(linkIn(mail, INVITATION_LINK)).toBeUndefined();
    });

    it('hands out no link for an existing account through coalition creation either', async () => {
      const admin = await buildUser(t.db, { isAdmin: true });
      const pending = await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email: 'first-coordinator@takeover.example', name: 'Fenna', role: 'viewer' })
        .expect(201);
      expect(pending.body.invitation).toBe('link');
      const res = await (
        await t.login(admin.email)
      )
        .post('/api/coalitions')
        .send({
          name: 'Coalition C',
          coordinator: { email: 'first-coordinator@takeover.example', name: 'Fenna' },
        })
        .expect(201);
      expect(res.body.invitationUrl).toBeUndefined();
      expect(res.body.coordinatorInvitation).toBe('notified');
      expect(
        linkIn(mailsTo('first-coordinator@takeover.example')[0], INVITATION_LINK),
      ).toBeDefined();
    });
  });

  describe('setting a password never overwrites one', () => {
    it('invalidates every other invitation of the account; an old one then fails and changes nothing', async () => {
      const email = 'olga@overwrite.example';
      const c = await buildCoalitionWithStaff(t.db, 'Coalition D');
      await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email, name: 'Olga', role: 'member' })
        .expect(201);
      // Two links in Olga's mailbox, both valid, and a reset link besides.
      await coordinatorB
        .post(`/api/coalitions/${b.coalition.id}/members`)
        .send({ email, name: 'Olga', role: 'member' })
        .expect(201);
      await (
        await t.login(c.coordinator.email)
      )
        .post(`/api/coalitions/${c.coalition.id}/members`)
        .send({ email, name: 'Olga', role: 'member' })
        .expect(201);
      await requestReset(email).expect(202);
      const [first, second] = mailsTo(email).map((m) => linkIn(m, INVITATION_LINK));
      const resetLink = linkIn(mailsTo(email)[2], RESET_LINK)!;
      expect(first && second && resetLink).toBeTruthy();

      await acceptInvitation(second!, 'olgas-real-password').expect(200);
      const hash = await passwordHashOf(email);

      const old = await acceptInvitation(first!, 'attacker-password').expect(404);
      expect(old.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'AUTH_INVITATION_INVALID',
        message: 'This invitation link is invalid, used or expired',
      });
      await resetPassword(resetLink, 'attacker-password').expect(404);
      expect(await passwordHashOf(email)).toBe(hash);
      await login(email, 'attacker-password').expect(401);
      await login(email, 'olgas-real-password').expect(200);
      const open = await sqlRows(
        t.db.manager,
        `SELECT 1 FROM invitation i JOIN app_user u ON u.id = i.user_id
          WHERE u.email = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL`,
        [email],
      );
      expect(open).toEqual([]);
    });

    it('spends a link that is still open for an account that has a password with 409, keeping the password', async () => {
      const email = 'legacy@overwrite.example';
      const res = await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email, name: 'Legacy', role: 'member' })
        .expect(201);
      const token = INVITATION_LINK.exec(res.body.invitationUrl as string)![1];
      // A password set by a path that did not revoke the link (e.g. rows from before this rule).
      const hash = (await sqlOne<{ password_hash: string }>(
        t.db.manager,
        `SELECT password_hash FROM app_user WHERE email = $1`,
        [a.member.email],
      ))!.password_hash;
      await t.db.query('UPDATE app_user SET password_hash = $2 WHERE email = $1', [email, hash]);

      const refused = await acceptInvitation(token, 'overwriting-password').expect(409);
      expect(refused.body.message).toMatch(/already has a password/);
      expect(refused.headers['set-cookie']).toBeUndefined();
      expect(await verifyPassword(await passwordHashOf(email), TEST_PASSWORD)).toBe(true);
      await acceptInvitation(token, 'overwriting-password').expect(404);
    });
  });

  describe('forgot password', () => {
    it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
      const known = await buildUser(t.db);
      const forKnown = await requestReset(known.email).expect(202);
      const forUnknown = await requestReset('nobody@nowhere.example').expect(202);
      expect(forUnknown.body).toEqual(forKnown.body);
      expect(forKnown.body).toEqual({ message: expect.stringMatching(/^If an account exists/) });
      expect(Object.keys(forUnknown.headers).sort()).toEqual(Object.keys(forKnown.headers).sort());
      expect(sent.map((m) => m.to)).toEqual([known.email]);
      expect(sent[0].text).toMatch(RESET_LINK);
    });

    it('sets a new password once, signs in, and ends the other sessions and links', async () => {
      const user = await buildUser(t.db);
      const oldSession = await t.login(user.email);
      await requestReset(user.email).expect(202);
      await requestReset(user.email).expect(202);
      const [firstLink, secondLink] = sent.map((m) => linkIn(m, RESET_LINK)!);
      const row = await sqlOne<{ token_hash: string; minutes: number }>(
        t.db.manager,
        `SELECT r.token_hash, extract(epoch FROM r.expires_at - r.created_at)::float8 / 60 AS minutes
           FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.email = $1 LIMIT 1`,
        [user.email],
      );
      expect(row!.token_hash).not.toContain(firstLink);
      expect(Number(row!.minutes)).toBeCloseTo(60, 5);

      const done = await resetPassword(secondLink, 'brand-new-password').expect(200);
      expect(done.body.user.email).toBe(user.email);
      expect(
        (done.headers['set-cookie'] as unknown as string[]).some((c) =>
          c.startsWith('rk_session='),
        ),
      ).toBe(true);
      await oldSession.get('/api/auth/me').expect(401);
      await login(user.email, TEST_PASSWORD).expect(401);
      await login(user.email, 'brand-new-password').expect(200);

      const reused = await resetPassword(secondLink, 'another-new-password').expect(404);
      expect(reused.body.message).toBe(
        'This link to set a new password is invalid, used or expired',
      );
      await resetPassword(firstLink, 'another-new-password').expect(404);
      await resetPassword('made-up-token', 'another-new-password').expect(404);
      await login(user.email, 'brand-new-password').expect(200);
    });

    it('expires after one hour', async () => {
      const user = await buildUser(t.db);
      const start = new Date();
      clockNow = start;
      await requestReset(user.email).expect(202);
      await requestReset(user.email).expect(202);
      const [early, late] = sent.map((m) => linkIn(m, RESET_LINK)!);
      clockNow = new Date(start.getTime() + HOUR_MS + 1000);
      await resetPassword(late, 'too-late-password').expect(404);
      await login(user.email, TEST_PASSWORD).expect(200);
      clockNow = new Date(start.getTime() + HOUR_MS - 1000);
      await resetPassword(early, 'just-in-time-password').expect(200);
    });

    it('mails one address at most three links an hour, with the same answer after that', async () => {
      const user = await buildUser(t.db);
      for (let i = 0; i < 5; i++) await requestReset(user.email).expect(202);
      expect(sent).toHaveLength(3);
      clockNow = new Date(Date.now() + HOUR_MS + 1000);
      await requestReset(user.email).expect(202);
      expect(sent).toHaveLength(4);
    });

    it('lets an invited account without a password set one from its mailbox', async () => {
      const email = 'lost-invitation@reset.example';
      await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email, name: 'Lost', role: 'viewer' })
        .expect(201);
      await requestReset(email).expect(202);
      await resetPassword(linkIn(mailsTo(email)[0], RESET_LINK)!, 'found-my-way-in').expect(200);
      await login(email, 'found-my-way-in').expect(200);
    });
  });

  describe('password policy', () => {
    const expectPolicy400 = (
      res: { body: { statusCode: number; details?: { field: string; message: string }[] } },
      field: string,
      message: RegExp,
    ) => {
      expect(res.body.statusCode).toBe(400);
      expect(res.body.details).toEqual([{ field, message: expect.stringMatching(message) }]);
    };

    it('refuses short and common passwords with a 400 naming the field, wherever a password is set', async () => {
      const invited = await coordinatorA
        .post(`/api/coalitions/${a.coalition.id}/members`)
        .send({ email: 'policy@test.example', name: 'Policy', role: 'member' })
        .expect(201);
      const token = INVITATION_LINK.exec(invited.body.invitationUrl as string)![1];
      expectPolicy400(
        await acceptInvitation(token, 'short').expect(400),
        'password',
        /at least 10/,
      );
      expectPolicy400(
        await acceptInvitation(token, 'Password1234').expect(400),
        'password',
        /most common passwords/,
      );

      const user = await buildUser(t.db);
      await requestReset(user.email).expect(202);
      expectPolicy400(
        await resetPassword(linkIn(sent[0], RESET_LINK)!, 'qwertyuiop').expect(400),
        'password',
        /most common passwords/,
      );

      expectPolicy400(
        await coordinatorA
          .post(`/api/coalitions/${a.coalition.id}/members`)
          .send({ email: 'p2@test.example', name: 'P2', role: 'member', password: '1234567890' })
          .expect(400),
        'password',
        /most common passwords/,
      );
      const admin = await buildUser(t.db, { isAdmin: true });
      expectPolicy400(
        await (
          await t.login(admin.email)
        )
          .post('/api/coalitions')
          .send({
            name: 'Weak',
            coordinator: { email: 'p3@test.example', name: 'P3', password: 'iloveyou12' },
          })
          .expect(400),
        'coordinator.password',
        /most common passwords/,
      );

      // The links still work after refused attempts, and the demo password passes the policy.
      await acceptInvitation(token, 'regiokracht-demo').expect(200);
    });
  });
});
