import { MS_PER_DAY } from '../analytics/time';

/**
 * Logging a meeting planned for tomorrow is fine; further ahead it is a plan, not an interaction.
 * The API refuses such an `occurredAt` (form, PATCH and import); the web warns before sending.
 */
export const MAX_FUTURE_MS = MS_PER_DAY;

/** Whether `instant` lies more than a day after `now` (an unparseable instant is not judged here). */
export function isMoreThanADayAhead(instant: string | Date, now: Date): boolean {
  const millis = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  return millis > now.getTime() + MAX_FUTURE_MS;
}

/**
 * Whether a membership period ends before it starts: `leftOn` before `joinedOn` (both
 * `YYYY-MM-DD`, compared as text, which orders them as dates). Open ends are never wrong.
 */
export function leftBeforeJoined(
  joinedOn: string | null | undefined,
  leftOn: string | null | undefined,
): boolean {
  return !!joinedOn && !!leftOn && leftOn < joinedOn;
}
