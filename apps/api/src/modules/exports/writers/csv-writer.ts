import type { ExportLocale } from '@regiokracht/shared';
import Papa from 'papaparse';
import { utcToLocalWallTime } from '../../imports/parsers/date-parse';
import type { ExportColumnType, ExportSheet, ExportValue } from './export-table';

const BOM = '\uFEFF';

/**
 * CSV as Excel opens it without an import wizard: a UTF-8 BOM (else Excel reads it as ANSI and
 * breaks every accent), `;` with a decimal comma for Dutch Excel, `,` for English, CRLF lines.
 */
export function writeCsv(sheet: ExportSheet, locale: ExportLocale): Buffer {
  const fields = sheet.columns.map((c) => c.header[locale]);
  const data = sheet.rows.map((row) =>
    row.map((value, i) => formatValue(value, sheet.columns[i].type, locale)),
  );
  const text = Papa.unparse(
    { fields, data },
    { delimiter: locale === 'nl' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return Buffer.from(BOM + text + '\r\n', 'utf8');
}

export function formatValue(
  value: ExportValue,
  type: ExportColumnType,
  locale: ExportLocale,
): string {
  if (value === null || value === '') return '';
  switch (type) {
    case 'text':
      return escapeFormula(String(value));
    case 'code':
      return String(value);
    case 'number':
      return decimal(String(Number(value)), locale);
    case 'eur':
      return decimal(Number(value).toFixed(2), locale);
    case 'boolean':
      return value ? (locale === 'nl' ? 'ja' : 'yes') : locale === 'nl' ? 'nee' : 'no';
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return locale === 'nl' ? `${d}-${m}-${y}` : String(value);
    }
    case 'instant':
      return formatInstant(String(value), locale);
  }
}

function decimal(text: string, locale: ExportLocale): string {
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/**
 * `en`: the instant in UTC (ISO 8601); `nl`: the Dutch wall-clock time, as a Dutch coordinator
 * reads and types it (`31-12-2025 14:30`, seconds only when there are any).
 */
function formatInstant(iso: string, locale: ExportLocale): string {
  const ms = Date.parse(iso);
  if (locale === 'en') return new Date(ms).toISOString().replace('.000Z', 'Z');
  const wall = new Date(utcToLocalWallTime(ms)).toISOString();
  const seconds = wall.slice(17, 19);
  const time = seconds === '00' ? wall.slice(11, 16) : wall.slice(11, 19);
  return `${wall.slice(8, 10)}-${wall.slice(5, 7)}-${wall.slice(0, 4)} ${time}`;
}

/**
 * Excel runs a cell that starts with `=`, `+`, `-` or `@` as a formula (CSV injection); a `'`
 * in front makes it text, and the import takes it off again. Phone numbers (`+31 6 …`) stay as
 * they are: Excel reads those as text anyway.
 */
function escapeFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (/^[+-][\d\s()./-]+$/.test(text)) return text;
  return `'${text}`;
}
