import type { ImportFormat } from '@regiokracht/shared';
import { isEmail, isURL } from 'class-validator';
import { parseDateOnly, parseInstant, type Parsed } from '../parsers/date-parse';
import { type FieldSpec, normaliseKey } from './import-fields';

export type CellValue = string | boolean | string[];

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x', 'v']);
const FALSE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);

/** Several names in one cell: `;`, `|` or a line break between them (names may hold commas). */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of text.split(/[;|\n\r]+/)) {
    const item = part.trim();
    if (item === '' || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    items.push(item);
  }
  return items;
}

/** A cell's text as the field's value, with the same rules as the API's own validation. */
export function parseCell(spec: FieldSpec, text: string, format: ImportFormat): Parsed<CellValue> {
  if (spec.kind !== 'list' && spec.max !== undefined && text.length > spec.max) {
    return { ok: false, message: `is ${text.length} characters long; at most ${spec.max} fit` };
  }
  switch (spec.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'enum':
      return parseEnum(spec, text);
    case 'date':
      return parseDateOnly(text, { excelSerials: format === 'xlsx' });
    case 'instant':
      return parseInstant(text, { excelSerials: format === 'xlsx' });
    case 'boolean': {
      const key = normaliseKey(text);
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return { ok: false, message: 'must be yes or no (ja/nee, true/false, 1/0)' };
    }
    case 'email':
      return isEmail(text)
        ? { ok: true, value: text }
        : { ok: false, message: 'is not an e-mail address' };
    case 'url':
      return isURL(text, { require_protocol: false })
        ? { ok: true, value: text }
        : { ok: false, message: 'is not a web address' };
    case 'list': {
      const items = splitList(text);
      const tooLong = items.find((item) => spec.max !== undefined && item.length > spec.max);
      if (tooLong) return { ok: false, message: `has an entry longer than ${spec.max} characters` };
      return { ok: true, value: items };
    }
  }
}

function parseEnum(spec: FieldSpec, text: string): Parsed<string> {
  const key = normaliseKey(text);
  const code = spec.values!.find((value) => normaliseKey(value) === key) ?? spec.synonyms?.[key];
  if (code) return { ok: true, value: code };
  return { ok: false, message: `"${text}" is not one of ${spec.values!.join(', ')}` };
}
