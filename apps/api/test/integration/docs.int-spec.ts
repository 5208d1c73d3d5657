import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { listRoutes, type RouteAccess } from '../../src/common/auth/route-access.auditor';
import { createTestApp, type TestApp } from '../utils/test-app';

// class-transformer keeps its @Type() metadata in a module without typings of its own.
type TransformerStorage = typeof import('class-transformer/types/storage');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as TransformerStorage;

/** A DTO class. */
type Dto = abstract new (...args: never[]) => unknown;

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: { $ref?: string } }> }
  >;
}
interface OpenApiSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
  };
}

/** The DTO classes a route validates its body and query with, read from the handler's metadata. */
interface RouteInputs {
  key: string;
  body?: Dto;
  query?: Dto;
}

function routeInputs(t: TestApp): RouteInputs[] {
  const reflector = t.app.get(Reflector);
  const scanner = t.app.get(MetadataScanner);
  const out: RouteInputs[] = [];
  for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
    if (!wrapper.instance || !wrapper.metatype) continue;
    const base = String(reflector.get<string>(PATH_METADATA, wrapper.metatype) ?? '').replace(
      /^\/+|\/+$/g,
      '',
    );
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<
      string,
      (...args: unknown[]) => unknown
    >;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const path = reflector.get<string | undefined>(PATH_METADATA, prototype[name]);
      if (path === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, prototype[name])];
      const full = `/${[base, String(path).replace(/^\/+|\/+$/g, '')].filter(Boolean).join('/')}`;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, wrapper.metatype, name) ??
        {}) as Record<string, { index: number; data?: unknown }>;
      const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as Dto[];
      const inputs: RouteInputs = { key: `${method} ${full}` };
      for (const [key, arg] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]) as RouteParamtypes;
        if (arg.data !== undefined) continue; // @Query('x') / @Body('x'): a single value, not a DTO
        if (kind === RouteParamtypes.BODY) inputs.body = types[arg.index];
        if (kind === RouteParamtypes.QUERY) inputs.query = types[arg.index];
      }
      out.push(inputs);
    }
  }
  return out;
}

/** Validated property names of a DTO class (inherited ones included). */
function validatedProperties(dto: Dto): string[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))];
}

/** Nested DTO classes (`@ValidateNested()` + `@Type(() => X)`) of a DTO, recursively. */
function nestedDtos(dto: Dto, seen = new Set<Dto>()): Dto[] {
  if (seen.has(dto)) return [];
  seen.add(dto);
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const nested = metas.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
  return nested.flatMap((m) => {
    const type = defaultMetadataStorage.findTypeMetadata(dto, m.propertyName)?.typeFunction() as
      Dto | undefined;
    return type ? [type, ...nestedDtos(type, seen)] : [];
  });
}

const openApiPath = (r: RouteAccess) => `/api${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
const PLAIN = new Set<Dto>([Object, Array, String, Number, Boolean]);

describe('OpenAPI', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let routes: RouteAccess[];
  let inputs: RouteInputs[];

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200).expect('Content-Type', /json/)).body;
    routes = listRoutes(
      t.app.get(DiscoveryService),
      t.app.get(MetadataScanner),
      t.app.get(Reflector),
    );
    inputs = routeInputs(t);
  });
  afterAll(() => t.close());

  const operation = (r: RouteAccess) => doc.paths[openApiPath(r)]?.[r.method.toLowerCase()];

  it('serves the interactive docs at /api/docs', async () => {
    const res = await t.http().get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('swagger-ui');
  });

  it('is OpenAPI 3 with the contract’s error shape', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.schemas.ErrorResponse).toMatchObject({
      required: ['statusCode', 'error', 'code', 'message'],
      properties: {
        statusCode: {},
        error: {},
        message: {},
        details: {},
        reference: {},
        currentVersion: {},
      },
    });
  });

  it('describes exactly the routes the app serves', () => {
    const served = routes.map((r) => `${r.method.toLowerCase()} ${openApiPath(r)}`).sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    expect(served.length).toBeGreaterThan(10);
  });

  it('declares every path parameter of every route', () => {
    const missing = routes.flatMap((r) =>
      [...openApiPath(r).matchAll(/\{([^}]+)\}/g)]
        .map(([, name]) => name)
        .filter(
          (name) =>
            !operation(r).parameters?.some((p) => p.in === 'path' && p.name === name && p.required),
        )
        .map((name) => `${r.method} ${r.path}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('validates every body and query object with a DTO class (a plain type would skip validation)', () => {
    const untyped = inputs
      .filter((i) => (i.body && PLAIN.has(i.body)) || (i.query && PLAIN.has(i.query)))
      .map((i) => i.key);
    expect(untyped).toEqual([]);
    expect(inputs.filter((i) => i.body).length).toBeGreaterThan(5);
  });

  it('has a schema for every body DTO, naming every validated field', () => {
    const problems: string[] = [];
    for (const input of inputs.filter((i) => i.body && !PLAIN.has(i.body))) {
      const [method, path] = input.key.split(' ');
      const op =
        doc.paths[`/api${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`][method.toLowerCase()];
      // JSON bodies refer to the DTO's schema; a multipart upload describes its parts inline.
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const multipart = content['multipart/form-data']?.schema as OpenApiSchema | undefined;
      let body: OpenApiSchema | undefined;
      if (json) {
        if (json.$ref !== `#/components/schemas/${input.body!.name}`)
          problems.push(`${input.key}: body refers to ${json.$ref}`);
        body = doc.components.schemas[input.body!.name];
      } else {
        body = multipart;
      }
      if (!body) {
        problems.push(`${input.key}: no schema for ${input.body!.name}`);
        continue;
      }
      const schemas: [Dto, OpenApiSchema | undefined][] = [
        [input.body!, body],
        ...nestedDtos(input.body!).map((dto): [Dto, OpenApiSchema | undefined] => [
          dto,
          doc.components.schemas[dto.name],
        ]),
      ];
      for (const [dto, schema] of schemas) {
        if (!schema) {
          problems.push(`${input.key}: no schema ${dto.name}`);
          continue;
        }
        for (const field of validatedProperties(dto)) {
          if (!schema.properties?.[field])
            problems.push(`${dto.name}.${field} is not described (@ApiProperty missing)`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('lists every validated query parameter', () => {
    const problems: string[] = [];
    for (const input of inputs.filter((i) => i.query && !PLAIN.has(i.query))) {
      const [method, path] = input.key.split(' ');
      const op =
        doc.paths[`/api${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`][method.toLowerCase()];
      const names = new Set(
        (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      );
      for (const field of validatedProperties(input.query!)) {
        if (!names.has(field)) problems.push(`${input.key}: ?${field} (${input.query!.name})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents the errors of every route in the error shape', () => {
    const problems: string[] = [];
    for (const r of routes) {
      const op = operation(r);
      const expected = ['500'];
      if (!r.isPublic) expected.push('401');
      if (r.path.includes(':cid')) expected.push('403', '404');
      if (r.method !== 'GET') expected.push('403');
      if (r.path.includes(':cid') && r.method === 'PATCH') expected.push('409');
      if (op.requestBody) expected.push('400', '415');
      if (op.parameters?.some((p) => p.in === 'query')) expected.push('400');
      for (const status of expected) {
        const response = op.responses[status];
        if (!response) problems.push(`${r.method} ${r.path}: no ${status}`);
        else if (
          response.content?.['application/json']?.schema.$ref !==
          '#/components/schemas/ErrorResponse'
        ) {
          problems.push(`${r.method} ${r.path}: ${status} is not an ErrorResponse`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(doc.paths['/api/auth/login'].post.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '429']),
    );
  });
});

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('answers ok with the database up, without a session', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('answers 503 in the error shape when the database is down', async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await t.db.destroy();
    const res = await t.http().get('/api/health').expect(503);
    expect(res.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'SERVICE_UNAVAILABLE',
      message: 'Database unavailable',
      status: 'error',
      db: 'down',
    });
  });
});
