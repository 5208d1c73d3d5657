import Papa from 'papaparse';
import { ImportFileError, normaliseLineBreaks, type Sheet, type SheetRow, toSheet } from './sheet';

const DELIMITERS = [';', ',', '\t', '|'] as const;

const SAVE_AS_UTF8 =
  'In Excel choose File → Save As → "CSV UTF-8 (comma delimited) (*.csv)", or upload the .xlsx file itself.';

/**
 * Reads a CSV as Excel writes it: UTF-8 with or without a byte order mark (UTF-16 with a BOM is
 * read too), `;` (Dutch Excel) or `,` or tab as delimiter, an optional `sep=;` first line.
 * Anything that is not valid text is refused rather than guessed at: guessing an encoding
 * silently turns "Zeeuwse Ondernemers" into mojibake in the database.
 */
export function readCsv(buffer: Buffer, maxRows: number): Sheet {
  let text = decode(buffer);
  if (text.includes('\u0000')) {
    throw new ImportFileError(
      'The file contains binary data, so it is not a CSV file. Upload a CSV or an XLSX file.',
    );
  }
  let firstRow = 1;
  let delimiter: string | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    firstRow = 2;
  }
  delimiter ??= detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + firstRow;
    throw new ImportFileError(
      `Row ${row}: a value starts with a quote (") that is not closed, so the rest of the file cannot be read. Check that row in the file.`,
    );
  }
  const records: SheetRow[] = parsed.data.map((cells, i) => ({
    row: i + firstRow,
    cells: cells.map(unescapeCell),
  }));
  return toSheet('csv', delimiter, records, maxRows);
}

function decode(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeStrict('utf-16le', buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeStrict('utf-16be', buffer.subarray(2));
  const body =
    buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt !== -1) {
    const line = countLines(body, invalidAt);
    throw new ImportFileError(
      `The file is not UTF-8 text (the first invalid byte is on line ${line}). It was probably saved in another encoding, or it is not a CSV file. ${SAVE_AS_UTF8}`,
    );
  }
  return body.toString('utf8');
}

function decodeStrict(encoding: 'utf-16le' | 'utf-16be', bytes: Buffer): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      `The file is not valid ${encoding.toUpperCase()} text. ${SAVE_AS_UTF8}`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function countLines(bytes: Uint8Array, end: number): number {
  let lines = 1;
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0x0a) lines += 1;
  return lines;
}

/** The delimiter that splits the header line most often (outside quotes); `,` for one column. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Exports put a `'` before text that Excel would run as a formula (`=`, `+`, `-`, `@`); the
 * import takes it off again, so an exported file imports to the same values.
 */
function unescapeCell(cell: string): string {
  const trimmed = normaliseLineBreaks(cell.trim());
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}
