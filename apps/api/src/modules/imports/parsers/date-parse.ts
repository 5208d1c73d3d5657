/**
 * Dates as coordinators type them in Excel: Dutch `31-12-2025`, `31/12/2025`, `31.12.2025`
 * (always day first: a Dutch sheet never means month first), ISO `2025-12-31`, with or without a
 * time, and Excel's serial day numbers from XLSX cells that are not formatted as dates. A time
 * without an offset is Dutch local time (Europe/Amsterdam), because that is what people type.
 */
import { MS_PER_DAY } from '@regiokracht/shared';

export const LOCAL_TIME_ZONE = 'Europe/Amsterdam';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface DateParseOptions {
  /** Accept bare numbers as Excel serial days (XLSX only: in a CSV `45000` is just a number). */
  excelSerials?: boolean;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text names an offset; null for local time. */
  offsetMinutes: number | null;
}

const DATE_HINT = 'use a date like 31-12-2025 or 2025-12-31';
const INSTANT_HINT = 'use a date and time like 31-12-2025 14:30 or 2025-12-31T14:30:00Z';

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
/** Day 0 of Excel's 1900 date system, as its serials count after the 1900 leap-year bug. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar date → `YYYY-MM-DD`. A time is allowed only when it is midnight. */
export function parseDateOnly(text: string, options: DateParseOptions = {}): Parsed<string> {
  const parts = readParts(text.trim(), options);
  if (!parts) return { ok: false, message: `is not a date; ${DATE_HINT}` };
  if (typeof parts === 'string') return { ok: false, message: parts };
  if (parts.hour !== 0 || parts.minute !== 0 || parts.second !== 0 || parts.millisecond !== 0) {
    return { ok: false, message: `must be a date without a time; ${DATE_HINT}` };
  }
  return { ok: true, value: isoDate(parts.year, parts.month, parts.day) };
}

/** A moment → ISO 8601 UTC. A date alone means midnight, Dutch local time. */
export function parseInstant(text: string, options: DateParseOptions = {}): Parsed<string> {
  const parts = readParts(text.trim(), options);
  if (!parts) return { ok: false, message: `is not a date and time; ${INSTANT_HINT}` };
  if (typeof parts === 'string') return { ok: false, message: parts };
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.millisecond,
  );
  const utc =
    parts.offsetMinutes === null ? localWallTimeToUtc(wall) : wall - parts.offsetMinutes * 60_000;
  return { ok: true, value: new Date(utc).toISOString() };
}

/** null: no known shape; a string: a known shape with an impossible value. */
function readParts(text: string, options: DateParseOptions): Parts | string | null {
  if (text === '') return null;
  let m = ISO.exec(text);
  if (m) {
    return checked({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      millisecond: m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0,
      offsetMinutes: m[8] ? offsetOf(m[8]) : null,
    });
  }
  m = DUTCH.exec(text);
  if (m) {
    return checked({
      year: Number(m[3]),
      month: Number(m[2]),
      day: Number(m[1]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      millisecond: 0,
      offsetMinutes: null,
    });
  }
  if (options.excelSerials && SERIAL.test(text)) return fromExcelSerial(Number(text));
  return null;
}

function checked(parts: Parts): Parts | string {
  const { year, month, day, hour, minute, second } = parts;
  if (year < 1900 || year > 2199) return `has year ${year}; ${DATE_HINT}`;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return `is not an existing date (day ${day}, month ${month}); dates are read day first, as in 31-12-2025`;
  }
  if (hour > 23 || minute > 59 || second > 59) return `has an impossible time; ${INSTANT_HINT}`;
  return parts;
}

function offsetOf(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
}

function fromExcelSerial(serial: number): Parts | string {
  // 1 = 1900-01-01; 2958465 = 9999-12-31. Before 1900-03-01 Excel's fictitious 29 Feb 1900 shifts days.
  if (serial < 61 || serial >= 2958466) return `is not a date; ${DATE_HINT}`;
  const ms = EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY);
  const d = new Date(ms);
  return checked({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: 0,
    offsetMinutes: null,
  });
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const zoneFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LOCAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The Dutch wall-clock time of a UTC instant, as milliseconds whose UTC fields read that
 * wall-clock time (what Excel stores: cells have no time zone).
 */
export function utcToLocalWallTime(utcMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of zoneFormat.formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  return wholeSeconds + (((utcMs % 1000) + 1000) % 1000);
}

/**
 * The UTC instant of a Dutch wall-clock time. In the hour that repeats when summer time ends the
 * earlier (summer time) reading wins; a time skipped in spring moves forward by the gap.
 */
export function localWallTimeToUtc(wallMs: number): number {
  const offsetAt = (utcMs: number) => utcToLocalWallTime(utcMs) - utcMs;
  // The offsets in force half a day either side: a time zone changes offset at most once in that span.
  const candidates = [
    wallMs - offsetAt(wallMs - 12 * 3_600_000),
    wallMs - offsetAt(wallMs + 12 * 3_600_000),
  ];
  const valid = candidates
    .filter((utc) => utcToLocalWallTime(utc) === wallMs)
    .sort((a, b) => a - b);
  return valid[0] ?? candidates[0];
}
