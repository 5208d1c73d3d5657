import type { Instant } from './types';

export const MS_PER_DAY = 86_400_000;

/** Both engagement peak and succession look back this far (a fixed 365 days, not a calendar year). */
export const WINDOW_DAYS = 365;

/** Milliseconds since the Unix epoch; throws on an unparseable instant rather than computing NaN. */
export function toMillis(instant: Instant, what = 'instant'): number {
  const millis = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (!Number.isFinite(millis)) {
    throw new RangeError(`Invalid ${what}: ${String(instant)}`);
  }
  return millis;
}

/** Start of the look-back window ending at asOf (exclusive: the window is (start, asOf]). */
export function windowStartMillis(asOfMillis: number): number {
  return asOfMillis - WINDOW_DAYS * MS_PER_DAY;
}
