/**
 * Building blocks of the hostile-input property test: the classes of hostile values, a walker
 * over the OpenAPI request schemas that finds every field, and encoders that can put what a
 * hostile client sends (NUL, lone surrogates, invalid UTF-8) into a URL and a JSON body — the
 * standard encoders refuse to (`encodeURIComponent('\uD800')` throws).
 */

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: OpenApiSchema | boolean;
  required?: string[];
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** A piece of JSON text spliced in verbatim: numbers JSON.stringify cannot write (1e400 → Infinity). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A value whose URL form is given byte for byte (invalid UTF-8 such as `%FF`). */
export class RawUrl {
  constructor(readonly encoded: string) {}
}

/**
 * The hostile value classes. `text` classes must be refused at the edge with a 400 naming the
 * field (the global rule); the others must just never answer 5xx.
 */
export const TEXT_CLASSES = ['nul', 'nul-inside', 'lone-high-surrogate', 'lone-low-surrogate'];

export type Scalar = string | number | boolean | null | RawJson | RawUrl | object;

/** Hostile values for one string-ish slot (a body field, a query parameter, a path parameter). */
export function hostileValues(where: 'body' | 'query' | 'path'): [string, Scalar][] {
  const text: [string, Scalar][] = [
    ['nul', '\u0000'],
    ['nul-inside', 'a\u0000b'],
    ['lone-high-surrogate', '\uD800'],
    ['lone-low-surrogate', 'x\uDFFFy'],
    ['long-20000', 'x'.repeat(20_000)],
    ['1e21', where === 'body' ? 1e21 : '1e21'],
    ['-1', where === 'body' ? -1 : '-1'],
    ['NaN', 'NaN'],
  ];
  if (where === 'body') {
    text.push(['1e400', new RawJson('1e400')]);
    text.push(['deep-nesting', new RawJson(`${'['.repeat(5000)}${']'.repeat(5000)}`)]);
    text.push(['wrong-type', { a: 'b' }]);
  } else {
    text.push(['invalid-utf8', new RawUrl('%FF%C0%AF')]);
  }
  return text;
}

/**
 * Percent-encodes every UTF-16 code unit the way a careless client does: lone surrogates become
 * their three "WTF-8" bytes (`%ED%A0%80`), which are not valid UTF-8 — exactly what a server gets
 * from such a client.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(value[i]);
    }
  }
  return out;
}

export function urlPart(value: Scalar): string {
  if (value instanceof RawUrl) return value.encoded;
  if (typeof value === 'object' && value !== null) return percentEncode(JSON.stringify(value));
  return percentEncode(String(value));
}

/** A query string from ordered pairs; keys and values as given (see percentEncode). */
export function queryString(pairs: [string, Scalar][]): string {
  if (pairs.length === 0) return '';
  return `?${pairs.map(([k, v]) => `${percentEncode(k)}=${urlPart(v)}`).join('&')}`;
}

/** JSON text of a body that may hold RawJson values and own `__proto__` keys. */
export function jsonText(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (value instanceof RawJson) {
      raws.push(value.text);
      return `@@raw${raws.length - 1}@@`;
    }
    return value;
  });
  return text.replace(/"@@raw(\d+)@@"/g, (_, i: string) => raws[Number(i)]);
}

export type PathSegment = string | number;

/** One place in a request body that a case puts a hostile value in. */
export interface BodySlot {
  path: PathSegment[];
  schema: OpenApiSchema;
}

export function resolve(doc: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return { ...schema, ...resolve(doc, schema.allOf[0]), allOf: [] };
  return schema;
}

/** Every field of a body schema, nested objects and the first element of arrays included. */
export function bodySlots(
  doc: OpenApiDocument,
  schema: OpenApiSchema,
  prefix: PathSegment[] = [],
  depth = 0,
): BodySlot[] {
  const s = resolve(doc, schema);
  const out: BodySlot[] = [];
  for (const [name, raw] of Object.entries(s.properties ?? {})) {
    const child = resolve(doc, raw);
    const path = [...prefix, name];
    out.push({ path, schema: child });
    if (depth > 3) continue;
    if (child.properties) out.push(...bodySlots(doc, child, path, depth + 1));
    if (child.type === 'array' && child.items) {
      const item = resolve(doc, child.items);
      out.push({ path: [...path, 0], schema: item });
      if (item.properties) out.push(...bodySlots(doc, item, [...path, 0], depth + 1));
    }
  }
  return out;
}

/** `organisationIds[2]`, `settings.halfLifeDays`: how the API names a field in `details`. */
export function fieldName(path: PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Sets a value deep in a JSON tree, creating the objects and arrays on the way. */
export function setAt(target: Record<string, unknown>, path: PathSegment[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      Object.defineProperty(node, segment, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    }
    if (typeof node[segment] !== 'object' || node[segment] === null)
      node[segment] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** Deep copy that keeps own `__proto__` keys and RawJson values. */
export function clone<T>(value: T): T {
  if (value instanceof RawJson || value instanceof RawUrl) return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  if (typeof value === 'object' && value !== null) {
    const out = {} as Record<string, unknown>;
    for (const key of Object.keys(value)) setAt(out, [key], clone((value as never)[key]));
    return out as T;
  }
  return value;
}
