import { roundTo } from './round';
import { MS_PER_DAY, toMillis, windowStartMillis } from './time';
import {
  DEFAULT_ANALYTICS_SETTINGS,
  type AnalyticsSettings,
  type Health,
  type Instant,
  type InteractionInitiator,
  type InteractionKind,
} from './types';

export interface EngagementInteraction {
  occurredAt: Instant;
  kind: InteractionKind;
  initiatedBy: InteractionInitiator;
}

export interface Engagement {
  /** Decayed weight of all interactions up to asOf, rounded to 4 decimals. */
  score: number;
  /** Highest score within the 365 days up to asOf, rounded to 4 decimals. */
  peak: number;
  /** round(100 · score / peak); 0 when peak is 0. */
  index: number;
  daysSinceLastInteraction: number | null;
  health: Health;
}

export interface EngagementPoint {
  /** ISO 8601 UTC instant the score was evaluated at. */
  at: string;
  /** Score at that instant, rounded to 4 decimals. */
  score: number;
}

const KIND_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  meeting: 3,
  site_visit: 3,
  workshop: 3,
  event: 2,
  call: 2,
  email: 1,
  message: 1,
  other: 1,
};

/** A partner reaching out is a stronger signal of engagement than the coalition chasing them. */
const PARTNER_INITIATED_FACTOR = 1.5;

export function interactionWeight(
  kind: InteractionKind,
  initiatedBy: InteractionInitiator,
): number {
  const base = KIND_WEIGHTS[kind];
  if (base === undefined) {
    throw new RangeError(`Unknown interaction kind: ${String(kind)}`);
  }
  return initiatedBy === 'partner' ? base * PARTNER_INITIATED_FACTOR : base;
}

/**
 * Defaults for every setting not given. Explicit `undefined`/`null` fall back too, so a settings
 * object read from JSON with missing keys cannot turn a threshold into NaN.
 */
export function resolveAnalyticsSettings(settings?: Partial<AnalyticsSettings>): AnalyticsSettings {
  const resolved = { ...DEFAULT_ANALYTICS_SETTINGS };
  for (const key of Object.keys(resolved) as (keyof AnalyticsSettings)[]) {
    const value = settings?.[key];
    if (value !== undefined && value !== null) resolved[key] = value;
  }
  if (!(resolved.halfLifeDays > 0) || !Number.isFinite(resolved.halfLifeDays)) {
    throw new RangeError(`halfLifeDays must be a positive number, got ${resolved.halfLifeDays}`);
  }
  return resolved;
}

/**
 * Health from the two signals: silence (whole days since the last interaction) and the fall from
 * the peak (score / peak). Exported so the API can classify numbers it computed in SQL.
 */
export function engagementHealth(
  daysSinceLastInteraction: number | null,
  scoreToPeakRatio: number,
  settings?: Partial<AnalyticsSettings>,
): Health {
  if (daysSinceLastInteraction === null) return 'no_contact';
  const s = resolveAnalyticsSettings(settings);
  if (daysSinceLastInteraction > s.dormantDays || scoreToPeakRatio < s.dormantRatio) {
    return 'dormant';
  }
  if (daysSinceLastInteraction > s.coolingDays || scoreToPeakRatio < s.coolingRatio) {
    return 'cooling';
  }
  return 'engaged';
}

interface WeightedEvent {
  atMillis: number;
  weight: number;
}

/** The interactions that count at asOf (none after it), oldest first. */
function weightedEventsUpTo(
  interactions: readonly EngagementInteraction[],
  asOfMillis: number,
): WeightedEvent[] {
  return interactions
    .map((i) => ({
      atMillis: toMillis(i.occurredAt, 'occurredAt'),
      weight: interactionWeight(i.kind, i.initiatedBy),
    }))
    .filter((e) => e.atMillis <= asOfMillis)
    .sort((a, b) => a.atMillis - b.atMillis);
}

/** 2^(−Δt/H) with Δt in fractional days. */
function decayFactor(elapsedMillis: number, halfLifeDays: number): number {
  return 2 ** -(elapsedMillis / MS_PER_DAY / halfLifeDays);
}

/**
 * score(tₖ) for every event k, via s_k = s_{k−1} · 2^(−(tₖ − tₖ₋₁)/H) + wₖ. This is the same
 * running sum as docs/analytics.md's hint, but every exponent is a gap between neighbours and never
 * positive, so it cannot overflow however long the history or short the half-life (measuring
 * from a fixed epoch overflows a double after ~20 years at H = 7).
 */
function runningScores(events: readonly WeightedEvent[], halfLifeDays: number): number[] {
  const scores: number[] = [];
  let previous: WeightedEvent | undefined;
  let score = 0;
  for (const event of events) {
    const carried = previous
      ? score * decayFactor(event.atMillis - previous.atMillis, halfLifeDays)
      : 0;
    score = carried + event.weight;
    scores.push(score);
    previous = event;
  }
  return scores;
}

/** Index of the last event at or before `millis`, or −1 (events are sorted). */
function lastEventIndexAtOrBefore(events: readonly WeightedEvent[], millis: number): number {
  let low = 0;
  let high = events.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (events[middle].atMillis <= millis) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** score(t) for any t: the running score at the last event up to t, decayed to t. */
function scoreAt(
  events: readonly WeightedEvent[],
  running: readonly number[],
  millis: number,
  halfLifeDays: number,
): number {
  const k = lastEventIndexAtOrBefore(events, millis);
  if (k < 0) return 0;
  return running[k] * decayFactor(millis - events[k].atMillis, halfLifeDays);
}

/**
 * max(score(asOf − 365 d), score(tᵢ) for asOf − 365 d < tᵢ ≤ asOf). Between interactions the score
 * only falls, so these candidates hold the true maximum over the window.
 */
function peakInWindow(
  events: readonly WeightedEvent[],
  running: readonly number[],
  asOfMillis: number,
  halfLifeDays: number,
): number {
  const windowStart = windowStartMillis(asOfMillis);
  let peak = scoreAt(events, running, windowStart, halfLifeDays);
  for (let k = lastEventIndexAtOrBefore(events, windowStart) + 1; k < events.length; k++) {
    peak = Math.max(peak, running[k]);
  }
  return peak;
}

/** Engagement of one organisation at asOf, from the interactions that list it (docs/analytics.md). */
export function engagement(
  interactions: readonly EngagementInteraction[],
  asOf: Instant,
  settings?: Partial<AnalyticsSettings>,
): Engagement {
  const resolved = resolveAnalyticsSettings(settings);
  const asOfMillis = toMillis(asOf, 'asOf');
  const events = weightedEventsUpTo(interactions, asOfMillis);
  if (events.length === 0) {
    return { score: 0, peak: 0, index: 0, daysSinceLastInteraction: null, health: 'no_contact' };
  }

  const running = runningScores(events, resolved.halfLifeDays);
  const score = scoreAt(events, running, asOfMillis, resolved.halfLifeDays);
  const peak = peakInWindow(events, running, asOfMillis, resolved.halfLifeDays);
  // A very old history can decay below the smallest double; nothing left then counts as ratio 0.
  const ratio = peak > 0 ? score / peak : 0;
  const latest = events[events.length - 1];
  const daysSinceLastInteraction = Math.floor((asOfMillis - latest.atMillis) / MS_PER_DAY);

  // Index and health use the unrounded ratio: rounding first could move a partner across a
  // threshold that the SQL (which does not round in between) would not.
  return {
    score: roundTo(score, 4),
    peak: roundTo(peak, 4),
    index: peak > 0 ? roundTo(100 * ratio, 0) : 0,
    daysSinceLastInteraction,
    health: engagementHealth(daysSinceLastInteraction, ratio, resolved),
  };
}

/** asOf minus `months` calendar months in UTC, keeping the time of day; the day is clamped to the
 * target month's length (31 March − 1 month = 28/29 February). */
function subtractUtcMonths(millis: number, months: number): number {
  const from = new Date(millis);
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() - months; // Date.UTC normalises negative months
  const daysInTargetMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(from.getUTCDate(), daysInTargetMonth),
    from.getUTCHours(),
    from.getUTCMinutes(),
    from.getUTCSeconds(),
    from.getUTCMilliseconds(),
  );
}

/**
 * Engagement score over time for a sparkline: `points` evaluations one calendar month apart,
 * ending at asOf — i.e. at asOf − (points−1) months, …, asOf − 1 month, asOf (UTC, day clamped to
 * shorter months). Oldest first; the last point's score equals `engagement(…).score`. Each point
 * counts only interactions up to that point and none after asOf.
 */
export function engagementSeries(
  interactions: readonly EngagementInteraction[],
  asOf: Instant,
  settings?: Partial<AnalyticsSettings>,
  points = 12,
): EngagementPoint[] {
  if (!Number.isInteger(points) || points < 0) {
    throw new RangeError(`points must be a non-negative integer, got ${points}`);
  }
  const { halfLifeDays } = resolveAnalyticsSettings(settings);
  const asOfMillis = toMillis(asOf, 'asOf');
  const events = weightedEventsUpTo(interactions, asOfMillis);
  const running = runningScores(events, halfLifeDays);

  const series: EngagementPoint[] = [];
  for (let monthsBack = points - 1; monthsBack >= 0; monthsBack--) {
    const at = subtractUtcMonths(asOfMillis, monthsBack);
    series.push({
      at: new Date(at).toISOString(),
      score: roundTo(scoreAt(events, running, at, halfLifeDays), 4),
    });
  }
  return series;
}
