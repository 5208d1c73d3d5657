import { Logger } from '@nestjs/common';
import { CoalitionsService } from '../../src/modules/coalitions/coalitions.service';
import { buildCoalitionWithStaff } from '../builders/platform.builder';
import { createTestApp, type TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Nothing that looks like a stack trace, a file path or a driver message. */
function expectNoInternals(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(
    /stack|\.ts:\d+|\.js:\d+|node_modules|at [A-Za-z.]+ \(|QueryFailedError|SELECT|relation|column/i,
  );
}

describe('errors and validation', () => {
  let t: TestApp;
  let staff: Awaited<ReturnType<typeof buildCoalitionWithStaff>>;
  let coordinator: Agent;
  let coalitionUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await buildCoalitionWithStaff(t.db);
    coordinator = await t.login(staff.coordinator.email);
    coalitionUrl = `/api/coalitions/${staff.coalition.id}`;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  describe('request bodies', () => {
    it('malformed JSON → 400 in the contract shape', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"email": "a@b.example", ')
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'MALFORMED_JSON',
        message: 'Malformed JSON in request body',
      });
      expectNoInternals(res.body);
    });

    it.each([
      ['text/plain', 'email=a@b.example'],
      ['application/x-www-form-urlencoded', 'email=a%40b.example&password=x'],
      ['application/xml', '<login/>'],
    ])('a %s body → 415', async (type, body) => {
      const res = await coordinator
        .patch(coalitionUrl)
        .set('Content-Type', type)
        .send(body)
        .expect(415);
      expect(res.body).toEqual({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'Send the request body as application/json',
      });
    });

    it('accepts JSON with a charset', async () => {
      await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(JSON.stringify({ email: 'nobody@test.example', password: 'x' }))
        .expect(401);
    });

    it('an oversize body → 413', async () => {
      const res = await coordinator
        .patch(coalitionUrl)
        .send({ version: 1, description: 'x'.repeat(200_000) })
        .expect(413);
      expect(res.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Request body too large',
      });
    });
  });

  describe('validation', () => {
    it('an unknown field → 400 naming it', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@b.example', password: 'x', rememberMe: true })
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: 'rememberMe: is not a known field',
        details: [{ field: 'rememberMe', message: 'is not a known field' }],
      });
    });

    it('an unknown nested field → 400 naming its path', async () => {
      const res = await coordinator
        .patch(coalitionUrl)
        .send({ version: 1, settings: { halfLifeDays: 30, speed: 'fast' } })
        .expect(400);
      expect(res.body.details).toEqual([
        { field: 'settings.speed', message: 'is not a known field' },
      ]);
    });

    it('a field of the wrong type → 400 naming it, without converting it', async () => {
      const res = await coordinator
        .patch(coalitionUrl)
        .send({ version: '1', themes: 'not a list' })
        .expect(400);
      const fields = res.body.details.map((d: { field: string }) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['version', 'themes']));
    });

    it('a body that is not an object → 400', async () => {
      await coordinator
        .patch(coalitionUrl)
        .set('Content-Type', 'application/json')
        .send('[1, 2]')
        .expect(400);
      await coordinator
        .patch(coalitionUrl)
        .set('Content-Type', 'application/json')
        .send('"text"')
        .expect(400);
    });

    it('an invalid query parameter → 400 naming it', async () => {
      const res = await coordinator
        .get(`${coalitionUrl}/members`)
        .query({ page: 'first' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('page');
    });
  });

  describe('hostile text and numbers (the edge rule)', () => {
    it.each([
      ['NUL', 'a\u0000b'],
      ['a lone surrogate', 'x\uD800'],
    ])('%s in a body field → 400 naming it, nested paths included', async (_, text) => {
      const res = await coordinator
        .patch(coalitionUrl)
        .send({ version: 1, themes: ['ok', text] })
        .expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: expect.stringMatching(/^themes\[1\]: must not contain/),
        details: [{ field: 'themes[1]', message: expect.any(String) }],
      });
      const login = await t.http().post('/api/auth/login').send({ email: text, password: 'x' });
      expect(login.status).toBe(400);
      expect(login.body.details).toEqual([{ field: 'email', message: expect.any(String) }]);
    });

    it('NUL in a query parameter → 400 naming it, before the query runs', async () => {
      const res = await coordinator
        .get(`${coalitionUrl}/organisations`)
        .query({ q: 'a\u0000b' })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'q', message: expect.any(String) }]);
    });

    it('invalid UTF-8 in a query → 400 naming the parameter', async () => {
      const res = await coordinator.get(`${coalitionUrl}/organisations?q=%FF`).expect(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: 'q: is not valid UTF-8',
        details: [{ field: 'q', message: 'is not valid UTF-8' }],
      });
    });

    it.each(['1e17', '1e21', '10001', '1.5', '-1', 'NaN'])(
      'page=%s → 400 naming page',
      async (page) => {
        const res = await coordinator
          .get(`${coalitionUrl}/organisations`)
          .query({ page })
          .expect(400);
        expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(
          expect.arrayContaining(['page']),
        );
      },
    );

    it('pageSize out of range → 400 naming pageSize; page 10,000 is still a page', async () => {
      const res = await coordinator
        .get(`${coalitionUrl}/organisations`)
        .query({ pageSize: '1e21' })
        .expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('pageSize');
      const last = await coordinator
        .get(`${coalitionUrl}/organisations`)
        .query({ page: 10_000, pageSize: 200 })
        .expect(200);
      expect(last.body.items).toEqual([]);
    });

    it('a body nested absurdly deep → 400, not a stack overflow', async () => {
      const res = await coordinator
        .patch(coalitionUrl)
        .set('Content-Type', 'application/json')
        .send(`{"version": 1, "themes": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
        .expect(400);
      expect(res.body.details[0].message).toMatch(/nested deeper/);
    });

    it('an error on a route that answers HTML is still JSON', async () => {
      const res = await coordinator
        .get(`${coalitionUrl}/handovers/00000000-0000-4000-8000-000000000000/report.html`)
        .expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });
  });

  describe('unknown routes', () => {
    it('answer 404 in the contract shape', async () => {
      const res = await coordinator.get('/api/no-such-thing').expect(404);
      expect(res.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        code: 'NOT_FOUND',
        message: expect.any(String),
      });
      await coordinator.put(coalitionUrl).send({}).expect(404);
    });
  });

  describe('unexpected errors', () => {
    it('→ 500 with a reference id that is also logged, and no internals', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      jest
        .spyOn(t.app.get(CoalitionsService), 'get')
        .mockRejectedValue(
          new Error('connect ECONNREFUSED /var/run/secret-socket password=hunter2'),
        );

      const res = await coordinator.get(coalitionUrl).expect(500);
      expect(res.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'INTERNAL_ERROR',
        message: `Something went wrong on our side. Reference: ${res.body.reference}`,
        reference: expect.stringMatching(UUID),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|secret|hunter2/);
      expectNoInternals(res.body);

      const call = logged.mock.calls.find(
        ([payload]) => (payload as { reference?: string })?.reference === res.body.reference,
      );
      expect(call).toBeDefined();
      expect((call![0] as { err: Error }).err.message).toContain('ECONNREFUSED');
    });

    it('gives each failure its own reference', async () => {
      jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      jest.spyOn(t.app.get(CoalitionsService), 'get').mockRejectedValue(new Error('boom'));
      const first = await coordinator.get(coalitionUrl).expect(500);
      const second = await coordinator.get(coalitionUrl).expect(500);
      expect(first.body.reference).not.toBe(second.body.reference);
    });

    it('a database failure → 500 without the SQL or the driver message', async () => {
      jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      jest.spyOn(console, 'log').mockImplementation(() => undefined); // TypeORM prints the failed query
      await t.db.query('ALTER TABLE coalition RENAME COLUMN region TO region_renamed');
      try {
        const res = await coordinator.get(coalitionUrl).expect(500);
        expect(res.body.reference).toMatch(UUID);
        expectNoInternals(res.body);
        expect(JSON.stringify(res.body)).not.toContain('region');
      } finally {
        await t.db.query('ALTER TABLE coalition RENAME COLUMN region_renamed TO region');
      }
      await coordinator.get(coalitionUrl).expect(200);
    });

    it('a database rule the DTO did not check → 400, not 500', async () => {
      jest.spyOn(console, 'log').mockImplementation(() => undefined);
      // A blank name passes @IsNotEmpty, is trimmed by the service and stopped by a CHECK constraint.
      const { version } = (await coordinator.get(coalitionUrl)).body;
      const res = await coordinator.patch(coalitionUrl).send({ version, name: '   ' }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(res.body.reference).toBeUndefined();
    });
  });
});
