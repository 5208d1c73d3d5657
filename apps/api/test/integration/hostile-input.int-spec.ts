import { randomUUID } from 'node:crypto';
import seedrandom from 'seedrandom';
import type { Response } from 'supertest';
import { DEMO_LOGINS, DEMO_STORY, seedDemo } from '../../src/database/seed/seed';
import { sqlOne, sqlRows } from '../../src/database/sql';
import { csvFile, xlsxFile } from '../builders/import-files.builder';
import {
  bodySlots,
  clone,
  fieldName,
  hostileValues,
  jsonText,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiSchema,
  percentEncode,
  queryString,
  resolve,
  type Scalar,
  setAt,
  TEXT_CLASSES,
  urlPart,
} from '../utils/hostile-input';
import { createTestApp, type TestApp } from '../utils/test-app';

/**
 * Hostile input never reaches a 500. Walks every operation of the OpenAPI document and sends, one
 * slot at a time (each body field — nested and array elements included —, each query and path
 * parameter, each import cell), NUL, `a\0b`, lone surrogates, 20,000 characters, 1e21, -1, NaN,
 * invalid UTF-8, `__proto__` keys and 10,000-element arrays; the rest of the request is a valid
 * baseline with real ids of the demo world, so the values get past routing and guards into the
 * validation and the services.
 *
 * `npm test` runs HOSTILE_CASES (default 700) of them, spread over every operation and class by a
 * seeded PRNG (HOSTILE_SEED); `HOSTILE_CASES=all` runs every case (several thousand).
 */
const NOW = new Date('2026-11-15T10:00:00Z');
const CASES = process.env.HOSTILE_CASES ?? '700';
const SEED = process.env.HOSTILE_SEED ?? 'regiokracht-hostile';
const TIMEOUT_MS = CASES === 'all' || Number(CASES) > 2000 ? 3_600_000 : 120_000;
/** Node answers 431 itself (no JSON body) for a request line over 16 KB: the app never sees it. */
const NODE_MAX_HEADER = 16 * 1024;

type Agent = Awaited<ReturnType<TestApp['login']>>;
type Method = 'get' | 'post' | 'patch' | 'delete' | 'put';

interface Op {
  method: Method;
  path: string;
  spec: OpenApiOperation;
  key: string;
}

/** What a case puts where; `expectField` is set when the global rule must name that field. */
interface Case {
  op: Op;
  cls: string;
  slot: string;
  expectField?: string;
  send(): Promise<Response>;
}

interface World {
  cid: string;
  coordinatorUserId: string;
  ids: Record<string, string>;
  coordinator: Agent;
  admin: Agent;
}

describe('hostile input (property test over the OpenAPI document)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp({ now: () => NOW });
    await seedDemo(t.db, NOW);
    doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    world = await loadWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  it(
    'answers every hostile request below 500, in the error shape',
    async () => {
      const ops = operations(doc);
      const all = ops.map((op) => casesFor(op, doc, world, t));
      const rng = seedrandom(SEED);
      const limit = CASES === 'all' ? Infinity : Number(CASES);
      if (!(limit > 0))
        throw new Error(`HOSTILE_CASES must be a positive number or "all", not ${CASES}`);
      const chosen = spread(all, rng, limit);

      const started = Date.now();
      const stats = new Map<string, { tried: number; fiveXx: number }>();
      const failures: string[] = [];
      const coveredOps = new Set<string>();
      for (const c of chosen) {
        coveredOps.add(c.op.key);
        const stat = stats.get(c.cls) ?? { tried: 0, fiveXx: 0 };
        stats.set(c.cls, stat);
        stat.tried += 1;
        const res = await c.send();
        const problem = judge(res, c);
        if (res.status >= 500) stat.fiveXx += 1;
        if (problem) failures.push(`${c.op.key} ${c.slot} [${c.cls}]: ${problem}`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const table = [...stats.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([cls, s]) => `  ${cls.padEnd(22)} ${String(s.tried).padStart(5)} tried ${s.fiveXx} 5xx`,
        );
      process.stdout.write(
        [
          `hostile input: ${chosen.length} of ${all.flat().length} cases over ${coveredOps.size} of ${ops.length} operations in ${seconds} s (seed ${SEED})`,
          ...table,
          `  5xx total: ${[...stats.values()].reduce((n, s) => n + s.fiveXx, 0)}`,
          ...failures.map((f) => `  ✗ ${f}`),
          '',
        ].join('\n'),
      );

      // Nothing reached the prototype of plain objects.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      expect(failures.slice(0, 40)).toEqual([]);
      expect(coveredOps.size).toBe(ops.length);
    },
    TIMEOUT_MS,
  );

  it('signs in still work after the barrage (no session or account was damaged)', async () => {
    await world.coordinator.get('/api/auth/me').expect(200);
  });
});

/** What is wrong with an answer, or null. */
function judge(res: Response, c: Case): string | null {
  if (res.status === 431 && requestLineLength(res) > NODE_MAX_HEADER) return null;
  if (res.status >= 500) return `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status >= 400) {
    const b = res.body as Record<string, unknown>;
    const shapeOk =
      b.statusCode === res.status &&
      typeof b.error === 'string' &&
      typeof b.code === 'string' &&
      typeof b.message === 'string' &&
      (b.details === undefined ||
        (Array.isArray(b.details) &&
          b.details.every(
            (d: { field?: unknown; message?: unknown }) =>
              typeof d.field === 'string' && typeof d.message === 'string',
          )));
    if (!shapeOk) return `${res.status} not in the error shape: ${JSON.stringify(b).slice(0, 200)}`;
  }
  if (c.expectField !== undefined) {
    const fields = ((res.body as { details?: { field: string }[] }).details ?? []).map(
      (d) => d.field,
    );
    if (res.status !== 400 || !fields.includes(c.expectField))
      return `expected 400 naming ${c.expectField}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  }
  return null;
}

function requestLineLength(res: Response): number {
  const req = (res as unknown as { req?: { path?: string } }).req;
  return req?.path?.length ?? 0;
}

function operations(doc: OpenApiDocument): Op[] {
  const out: Op[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, spec] of Object.entries(methods))
      out.push({ method: method as Method, path, spec, key: `${method.toUpperCase()} ${path}` });
  return out;
}

/**
 * Up to `limit` cases, round-robin over operations and within each over classes, so a small
 * count still reaches every operation and every class.
 */
function spread(all: Case[][], rng: () => number, limit: number): Case[] {
  const shuffle = <T>(items: T[]) => {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rng() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const perOp = shuffle(all).map((cases) => {
    const byClass = new Map<string, Case[]>();
    for (const c of shuffle(cases)) byClass.set(c.cls, [...(byClass.get(c.cls) ?? []), c]);
    return roundRobin(shuffle([...byClass.values()]));
  });
  return roundRobin(perOp).slice(0, limit);
}

function roundRobin<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i += 1)
    for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

async function loadWorld(t: TestApp): Promise<World> {
  const one = async (sql: string, params: unknown[] = []) =>
    (await sqlOne<{ id: string }>(t.db.manager, sql, params))?.id ?? randomUUID();
  const cid = await one('SELECT id FROM coalition WHERE name = $1', [DEMO_STORY.coalition]);
  const login = (role: string) => DEMO_LOGINS.users.find((u) => u.role === role)!.email;
  const coordinator = await t.login(login('coordinator'), DEMO_LOGINS.password);
  const admin = await t.login(login('admin'), DEMO_LOGINS.password);
  const coordinatorUserId = await one('SELECT id FROM app_user WHERE email = $1', [
    login('coordinator'),
  ]);
  const inCoalition = (table: string, extra = '') =>
    one(`SELECT id FROM ${table} WHERE coalition_id = $1 ${extra} ORDER BY id LIMIT 1`, [cid]);
  const commitment = await one(
    `SELECT commitment_id AS id FROM contribution WHERE coalition_id = $1 ORDER BY id LIMIT 1`,
    [cid],
  );
  const ids: Record<string, string> = {
    organisation: await inCoalition('organisation', 'AND deleted_at IS NULL'),
    person: await inCoalition('person', "AND deleted_at IS NULL AND status = 'active'"),
    interaction: await inCoalition('interaction'),
    commitment,
    contribution: await one(
      'SELECT id FROM contribution WHERE coalition_id = $1 AND commitment_id = $2 LIMIT 1',
      [cid, commitment],
    ),
    benefit: await inCoalition('benefit'),
    actionItem: await inCoalition('action_item'),
    initiative: await inCoalition('initiative'),
    membership: await inCoalition('membership', "AND role = 'viewer'"),
    notification: await one('SELECT id FROM notification WHERE user_id = $1 LIMIT 1', [
      coordinatorUserId,
    ]),
  };
  // A draft handover and an uploaded import, so their routes have something to work on.
  const departing = (
    await sqlRows<{ id: string }>(
      t.db.manager,
      `SELECT id FROM person WHERE coalition_id = $1 AND deleted_at IS NULL AND status = 'active'
       AND id NOT IN (SELECT departing_person_id FROM handover) ORDER BY id LIMIT 1`,
      [cid],
    )
  )[0].id;
  const handover = await coordinator
    .post(`/api/coalitions/${cid}/handovers`)
    .send({ departingPersonId: departing })
    .expect(201);
  ids.handover = handover.body.id;
  ids.handoverItem = handover.body.items?.[0]?.id ?? randomUUID();
  const upload = await coordinator
    .post(`/api/coalitions/${cid}/imports`)
    .field('entity', 'organisations')
    .attach(
      'file',
      csvFile([
        ['Naam', 'Soort'],
        ['Fuzz BV', 'company'],
      ]),
      'fuzz.csv',
    )
    .expect(201);
  ids.importJob = upload.body.id;
  return { cid, coordinatorUserId, ids, coordinator, admin };
}

/** The real id a field or parameter of that name refers to, for routes under `path`. */
function idFor(name: string, path: string, w: World): string | undefined {
  const base = name.replace(/Ids?$/, '');
  const byName: Record<string, string | undefined> = {
    cid: w.cid,
    organisation: w.ids.organisation,
    entity: w.ids.organisation,
    person: w.ids.person,
    participant: w.ids.person,
    contact: w.ids.person,
    owner: w.ids.person,
    lead: w.ids.person,
    successor: w.ids.person,
    defaultSuccessor: w.ids.person,
    departingPerson: w.ids.person,
    relationshipOwner: w.ids.person,
    actorUser: w.coordinatorUserId,
    initiative: w.ids.initiative,
    commitment: w.ids.commitment,
  };
  if (name !== 'id') return byName[base];
  const collections: [string, string][] = [
    ['/contributions/', 'contribution'],
    ['/handovers/', 'handover'],
    ['/organisations/', 'organisation'],
    ['/people/', 'person'],
    ['/interactions/', 'interaction'],
    ['/commitments/', 'commitment'],
    ['/benefits/', 'benefit'],
    ['/action-items/', 'actionItem'],
    ['/initiatives/', 'initiative'],
    ['/members/', 'membership'],
    ['/imports/', 'importJob'],
    ['/notifications/', 'notification'],
  ];
  return w.ids[collections.find(([segment]) => path.includes(segment))?.[1] ?? ''];
}

/** A value the validation accepts (or nearly), so one hostile field is what a case is about. */
function sample(
  doc: OpenApiDocument,
  raw: OpenApiSchema,
  name: string,
  opPath: string,
  w: World,
): unknown {
  const s = resolve(doc, raw);
  if (s.enum?.length) return s.enum[0];
  if (s.type === 'array') {
    const item = s.items ? resolve(doc, s.items) : { type: 'string' };
    return [sample(doc, item, name, opPath, w)];
  }
  if (s.properties) {
    const out: Record<string, unknown> = {};
    for (const key of s.required ?? []) out[key] = sample(doc, s.properties[key], key, opPath, w);
    return out;
  }
  if (s.additionalProperties) return {};
  if (name === 'version') return 1;
  const inItems = opPath.includes('/handovers/') ? 'handoverItem' : 'actionItem';
  if (name === 'id') return w.ids[inItems];
  const id = idFor(name, opPath, w);
  if (id && (s.format === 'uuid' || /Ids?$/.test(name))) return id;
  if (s.format === 'date') return '2026-06-01';
  if (s.format === 'date-time') return '2026-06-01T10:00:00Z';
  if (s.type === 'number' || s.type === 'integer') return Math.max(1, s.minimum ?? 1);
  if (s.type === 'boolean') return false;
  if (name === 'email') return `fuzz-${randomUUID().slice(0, 8)}@test.example`;
  if (name === 'password') return 'correct-horse-battery-staple';
  return 'fuzz';
}

/** Paths under /api/auth are for signed-out clients (logout must not end the test's session). */
function agentFor(op: Op, w: World, t: TestApp): Agent {
  if (op.path.startsWith('/api/auth/') && !['/api/auth/me', '/api/auth/session'].includes(op.path))
    return t.http();
  if (op.path === '/api/coalitions' && op.method === 'post') return w.admin;
  return w.coordinator;
}

function casesFor(op: Op, doc: OpenApiDocument, w: World, t: TestApp): Case[] {
  const params = op.spec.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const json = op.spec.requestBody?.content['application/json']?.schema;
  const multipart = op.spec.requestBody?.content['multipart/form-data']?.schema;
  // A DELETE or a body-less POST acts on its path: only hostile path values (which name no record)
  // reach it, so the demo world stays whole for the other cases.
  const destructive = op.method === 'delete' || (op.method === 'post' && !op.spec.requestBody);

  const pathValue = (name: string): Scalar => {
    const enumValues = resolve(doc, params.find((p) => p.name === name)?.schema ?? {}).enum;
    if (enumValues?.length) return String(enumValues[0]);
    if (name === 'token') return 'no-such-invitation-token';
    return idFor(name, op.path, w) ?? randomUUID();
  };
  const urlFor = (override: Record<string, Scalar> = {}, safe = false) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      urlPart(
        name in override
          ? override[name]
          : safe && name !== 'cid' && name !== 'file'
            ? randomUUID()
            : pathValue(name),
      ),
    );
  const baselineQuery = (): [string, Scalar][] =>
    queryParams
      .filter((p) => p.required)
      .map((p) => [p.name, String(sample(doc, p.schema ?? {}, p.name, op.path, w))]);
  const baselineBody = () =>
    json ? (sample(doc, json, '', op.path, w) as Record<string, unknown>) : undefined;

  const send = async (
    url: string,
    query: [string, Scalar][],
    body?: Record<string, unknown> | unknown[] | string,
  ) => {
    const agent = agentFor(op, w, t);
    let payload = body;
    if (payload && !Array.isArray(payload) && typeof payload === 'object' && 'version' in payload) {
      payload = await withCurrentVersion(agent, url, payload);
    }
    const req = agent[op.method](url + queryString(query));
    if (payload === undefined) return req;
    return req
      .set('Content-Type', 'application/json')
      .send(typeof payload === 'string' ? payload : jsonText(payload));
  };
  /** PATCH carries the version it read: read it, so the case is not just a 409. */
  const withCurrentVersion = async (agent: Agent, url: string, body: Record<string, unknown>) => {
    if (typeof body.version !== 'number' || body.version !== 1) return body;
    const current = await agent.get(url);
    const version = (current.body as { version?: unknown }).version;
    if (current.status !== 200 || typeof version !== 'number') return body;
    const copy = clone(body);
    copy.version = version;
    return copy;
  };

  const cases: Case[] = [];
  const add = (cls: string, slot: string, run: () => Promise<Response>, expectField?: string) =>
    cases.push({ op, cls, slot, expectField, send: run });

  for (const p of pathParams)
    for (const [cls, value] of hostileValues('path'))
      add(cls, `path ${p.name}`, () =>
        send(urlFor({ [p.name]: value }), baselineQuery(), baselineBody()),
      );

  // Every operation, even one without parameters, gets hostile unknown query parameters.
  add('__proto__', 'query __proto__', () =>
    send(
      urlFor({}, destructive),
      [
        ...baselineQuery(),
        ['__proto__[polluted]', 'yes'],
        ['constructor[prototype][polluted]', 'yes'],
      ],
      baselineBody(),
    ),
  );
  add(
    'nul',
    'query unknown',
    () => send(urlFor({}, destructive), [...baselineQuery(), ['zz', '\u0000']], baselineBody()),
    destructive ? undefined : 'zz',
  );

  for (const p of queryParams) {
    const others = () => baselineQuery().filter(([name]) => name !== p.name);
    for (const [cls, value] of hostileValues('query'))
      add(
        cls,
        `query ${p.name}`,
        () => send(urlFor({}, destructive), [...others(), [p.name, value]], baselineBody()),
        TEXT_CLASSES.includes(cls) || cls === 'invalid-utf8' ? p.name : undefined,
      );
    add('array-500', `query ${p.name}`, () =>
      send(
        urlFor({}, destructive),
        [...others(), ...Array.from({ length: 500 }, (): [string, Scalar] => [p.name, 'x'])],
        baselineBody(),
      ),
    );
    add('wrong-type', `query ${p.name}`, () =>
      send(urlFor({}, destructive), [...others(), [`${p.name}[a]`, 'b']], baselineBody()),
    );
  }

  if (json) {
    const url = () => urlFor();
    add('__proto__', 'body __proto__', () =>
      send(
        url(),
        baselineQuery(),
        `{"__proto__": {"polluted": true, "isAdmin": true}, ${jsonText(baselineBody()).slice(1)}`,
      ),
    );
    add('__proto__', 'body constructor', () =>
      send(
        url(),
        baselineQuery(),
        `{"constructor": {"prototype": {"polluted": true}}, ${jsonText(baselineBody()).slice(1)}`,
      ),
    );
    add('array-10000', 'body (root)', () =>
      send(
        url(),
        baselineQuery(),
        Array.from({ length: 10_000 }, () => baselineBody()),
      ),
    );
    for (const slot of bodySlots(doc, json)) {
      const name = fieldName(slot.path);
      const body = (value: unknown) => {
        const b = baselineBody() ?? {};
        setAt(b, slot.path, value);
        return b;
      };
      for (const [cls, value] of hostileValues('body'))
        add(
          cls,
          `body ${name}`,
          () => send(url(), baselineQuery(), body(value)),
          TEXT_CLASSES.includes(cls) ? name : undefined,
        );
      const lastName = String(slot.path.filter((p) => typeof p === 'string').pop());
      if (slot.schema.type === 'array') {
        const item = sample(doc, slot.schema, lastName, op.path, w) as unknown[];
        add('array-10000', `body ${name}`, () =>
          send(url(), baselineQuery(), body(Array.from({ length: 10_000 }, () => item[0]))),
        );
      }
      if (
        slot.schema.type === 'object' ||
        slot.schema.properties ||
        slot.schema.additionalProperties
      ) {
        add('__proto__', `body ${name}`, () =>
          send(url(), baselineQuery(), body(JSON.parse('{"__proto__": {"polluted": true}}'))),
        );
        add(
          'nul',
          `body ${name} (key)`,
          () => send(url(), baselineQuery(), body({ 'a\u0000': 'name' })),
          `${name}.a\\u0000`,
        );
      }
    }
  }

  if (multipart) cases.push(...uploadCases(op, urlFor(), w));
  return cases;
}

/** The import upload: hostile form fields and hostile cells in CSV and XLSX files. */
function uploadCases(op: Op, url: string, w: World): Case[] {
  const cases: Case[] = [];
  const upload = (fields: Record<string, string>, file: Buffer, fileName: string) => {
    let req = w.coordinator.post(url);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req.attach('file', file, fileName);
  };
  const goodCsv = csvFile([
    ['Naam', 'Soort'],
    ['Fuzz BV', 'company'],
  ]);
  for (const [cls, value] of hostileValues('body')) {
    if (typeof value !== 'string') continue;
    const text = TEXT_CLASSES.includes(cls);
    cases.push({
      op,
      cls,
      slot: 'form entity',
      expectField: text ? 'entity' : undefined,
      send: () => upload({ entity: value }, goodCsv, 'fuzz.csv'),
    });
    cases.push({
      op,
      cls,
      slot: 'form mapping',
      expectField: text ? 'mapping' : undefined,
      send: () => upload({ entity: 'organisations', mapping: value }, goodCsv, 'fuzz.csv'),
    });
    cases.push({
      op,
      cls,
      slot: 'form mapping value',
      expectField: text ? 'mapping' : undefined,
      send: () =>
        upload(
          { entity: 'organisations', mapping: JSON.stringify({ Naam: value, Soort: 'kind' }) },
          goodCsv,
          'fuzz.csv',
        ),
    });
    for (const where of ['header', 'cell'] as const) {
      const rows =
        where === 'header'
          ? [
              [value, 'Soort'],
              ['Fuzz BV', 'company'],
            ]
          : [
              ['Naam', 'Soort'],
              [value, 'company'],
            ];
      cases.push({
        op,
        cls,
        slot: `csv ${where}`,
        expectField: text ? 'file' : undefined,
        // Buffer.from would replace a lone surrogate with U+FFFD; a hostile file has its raw bytes.
        send: () => upload({ entity: 'organisations' }, wtf8Csv(rows), 'fuzz.csv'),
      });
      cases.push({
        op,
        cls,
        slot: `xlsx ${where}`,
        expectField: text ? 'file' : undefined,
        send: async () =>
          upload(
            { entity: 'organisations' },
            await xlsxFile(rows.map((r) => r.map(ooxmlEscaped))),
            'fuzz.xlsx',
          ),
      });
    }
  }
  cases.push({
    op,
    cls: '__proto__',
    slot: 'form mapping',
    send: () =>
      upload(
        { entity: 'organisations', mapping: '{"__proto__": {"Naam": "name"}, "Soort": "kind"}' },
        goodCsv,
        'fuzz.csv',
      ),
  });
  return cases;
}

/** CSV bytes with lone surrogates as their WTF-8 bytes (invalid UTF-8), the rest UTF-8. */
function wtf8Csv(rows: string[][]): Buffer {
  const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n');
  return Buffer.from(
    percentEncode(text).replace(/%([0-9A-F]{2})|[^%]/g, (m, hex: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : m,
    ),
    'latin1',
  );
}

/**
 * A workbook cannot hold NUL or a lone surrogate as XML text; OOXML writes such characters as
 * `_xHHHH_` escapes, which readers (ExcelJS included) decode back. Written raw, ExcelJS would
 * drop them and the case would test nothing.
 */
function ooxmlEscaped(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/.test(text.charAt(i + 1));
    if (pair) {
      out += text.slice(i, i + 2);
      i += 1;
    } else if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) {
      out += `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    } else {
      out += text[i];
    }
  }
  return out;
}
