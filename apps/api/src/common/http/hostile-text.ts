import { BadRequestException } from '@nestjs/common';
import { CommonErrorCode, type FieldError } from '@regiokracht/shared';
import { isUtf8 } from 'node:buffer';

/**
 * The one rule for text at the edge. PostgreSQL refuses NUL (0x00) in text and jsonb, and a lone
 * UTF-16 surrogate has no UTF-8 form (the driver turns it into U+FFFD, jsonb refuses its escape):
 * left alone, either ends as a 500 deep in a query or as silently changed data. So any string
 * holding one — a value or a key, at any depth — is a 400 naming where it is.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than this is no request the API documents; walking it costs stack and time. */
const MAX_DEPTH = 32;

export function textProblem(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain NUL characters (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain unpaired UTF-16 surrogates';
  return null;
}

/** A key as the API names it in `details`: escaped, so the answer never carries the bad character. */
function keyName(key: string): string {
  return /^[\w$-]*$/.test(key) ? key : JSON.stringify(key).slice(1, -1);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${keyName(key)}` : keyName(key);
}

/**
 * The first hostile string in a parsed body or query (`notes`, `organisationIds[2]`,
 * `settings.halfLifeDays`), or null. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findHostileText(value: unknown, root = ''): FieldError | null {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) return { field: path || 'body', message };
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_DEPTH)
      return { field: path || 'body', message: `is nested deeper than ${MAX_DEPTH} levels` };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push([node[i], join(path, i), depth + 1]);
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i];
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: join(path, key), message: `(a key) ${keyProblem}` };
      stack.push([(node as Record<string, unknown>)[key], join(path, key), depth + 1]);
    }
  }
  return null;
}

/** The bytes a percent-encoded URL part stands for (`+` is a space in a query). */
function percentDecodedBytes(part: string, plusIsSpace: boolean): Buffer {
  const text = plusIsSpace ? part.replace(/\+/g, ' ') : part;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/**
 * Percent-encoding that does not decode to UTF-8 (`?q=%FF`): the query parser would keep the raw
 * `%FF` text and the router would fail to decode a path parameter, so it is refused up front,
 * naming the query parameter (or `path`).
 */
export function findInvalidUtf8(url: string): FieldError | null {
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  if (path.includes('%') && !isUtf8(percentDecodedBytes(path, false)))
    return { field: 'path', message: 'is not valid UTF-8' };
  if (mark === -1) return null;
  for (const pair of url.slice(mark + 1).split('&')) {
    if (!pair.includes('%')) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const keyBytes = percentDecodedBytes(rawKey, true);
    const key = isUtf8(keyBytes) ? keyBytes.toString('utf8') : null;
    if (key === null || !isUtf8(percentDecodedBytes(pair.slice(eq + 1), true)))
      return { field: key === null ? 'query' : keyName(key), message: 'is not valid UTF-8' };
  }
  return null;
}

export function hostileInput(error: FieldError): BadRequestException {
  return new BadRequestException({
    code: CommonErrorCode.VALIDATION_FAILED,
    message: `${error.field}: ${error.message}`,
    details: [error],
  });
}
