import {
  engagement,
  engagementHealth,
  engagementSeries,
  interactionWeight,
  resolveAnalyticsSettings,
  type EngagementInteraction,
} from './engagement';
import { DEFAULT_ANALYTICS_SETTINGS, INTERACTION_KINDS } from './types';

const DAY = 86_400_000;
const AS_OF = new Date('2026-06-30T12:00:00.000Z');

function daysBefore(asOf: Date, days: number): Date {
  return new Date(asOf.getTime() - days * DAY);
}

function meeting(occurredAt: Date | string): EngagementInteraction {
  return { occurredAt, kind: 'meeting', initiatedBy: 'coalition' };
}

/** docs/analytics.md's formula written out literally, as an independent reference. */
function referenceScore(interactions: EngagementInteraction[], at: number, halfLifeDays: number) {
  return interactions
    .map((i) => ({
      t: new Date(i.occurredAt).getTime(),
      w: interactionWeight(i.kind, i.initiatedBy),
    }))
    .filter(({ t }) => t <= at)
    .reduce((sum, { t, w }) => sum + w * 2 ** (-(at - t) / DAY / halfLifeDays), 0);
}

/** Deterministic pseudo-random numbers (mulberry32) so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('interactionWeight', () => {
  it('weighs by kind', () => {
    expect(interactionWeight('workshop', 'coalition')).toBe(3);
    expect(interactionWeight('event', 'coalition')).toBe(2);
    expect(interactionWeight('other', 'coalition')).toBe(1);
  });

  it('weighs partner-initiated interactions 1.5 times', () => {
    expect(interactionWeight('meeting', 'partner')).toBe(4.5);
    expect(interactionWeight('email', 'partner')).toBe(1.5);
  });

  it('knows every interaction kind', () => {
    for (const kind of INTERACTION_KINDS) {
      expect(interactionWeight(kind, 'coalition')).toBeGreaterThan(0);
    }
  });
});

describe('engagement', () => {
  it('ignores interactions after asOf', () => {
    const past = [meeting(daysBefore(AS_OF, 10))];
    const withFuture = [...past, meeting('2026-07-01T00:00:00.000Z'), meeting('2027-01-01')];
    expect(engagement(withFuture, AS_OF)).toEqual(engagement(past, AS_OF));
  });

  it('answers no_contact when every interaction lies after asOf', () => {
    expect(engagement([meeting('2026-07-01T00:00:00.000Z')], AS_OF)).toEqual({
      score: 0,
      peak: 0,
      index: 0,
      daysSinceLastInteraction: null,
      health: 'no_contact',
    });
  });

  it('counts an interaction exactly at asOf', () => {
    expect(engagement([meeting(AS_OF)], AS_OF).score).toBe(3);
  });

  it('accepts asOf as an ISO string or a Date alike', () => {
    const interactions = [meeting(daysBefore(AS_OF, 3))];
    expect(engagement(interactions, AS_OF.toISOString())).toEqual(engagement(interactions, AS_OF));
  });

  it('stays finite with a 7-day half-life over 20 years of history', () => {
    const interactions = Array.from({ length: 20 * 52 }, (_, week) =>
      meeting(daysBefore(AS_OF, week * 7 + 3)),
    );
    const result = engagement(interactions, AS_OF, { halfLifeDays: 7 });
    expect(Number.isFinite(result.score)).toBe(true);
    expect(Number.isFinite(result.peak)).toBe(true);
    expect(result.score).toBeGreaterThan(0);
    expect(result.peak).toBeGreaterThanOrEqual(result.score);
    expect(result.index).toBeGreaterThan(0);
    expect(result.index).toBeLessThanOrEqual(100);
  });

  it('stays finite when the interactions lie 20 years before asOf only', () => {
    const oldOnly = [
      meeting(daysBefore(AS_OF, 20 * 365)),
      meeting(daysBefore(AS_OF, 20 * 365 + 1)),
    ];
    const result = engagement(oldOnly, AS_OF, { halfLifeDays: 7 });
    // Almost nothing is left (about 1e-298 of the weight): rounds to 0, and that is dormant.
    expect(result).toEqual({
      score: 0,
      peak: 0,
      index: 0,
      daysSinceLastInteraction: 7300,
      health: 'dormant',
    });
  });

  it('matches the literal formula on generated histories', () => {
    const next = random(42);
    const kinds = INTERACTION_KINDS;
    for (let run = 0; run < 50; run++) {
      const halfLifeDays = 5 + Math.floor(next() * 120);
      const interactions: EngagementInteraction[] = Array.from(
        { length: Math.floor(next() * 40) + 1 },
        () => ({
          occurredAt: new Date(AS_OF.getTime() - next() * 800 * DAY + 30 * DAY),
          kind: kinds[Math.floor(next() * kinds.length)],
          initiatedBy: next() < 0.3 ? 'partner' : 'coalition',
        }),
      );
      const asOfMs = AS_OF.getTime();
      const windowStart = asOfMs - 365 * DAY;
      const candidates = [
        windowStart,
        ...interactions
          .map((i) => new Date(i.occurredAt).getTime())
          .filter((t) => t > windowStart && t <= asOfMs),
      ];
      const peak = Math.max(
        ...candidates.map((t) => referenceScore(interactions, t, halfLifeDays)),
      );

      const result = engagement(interactions, AS_OF, { halfLifeDays });
      expect(result.score).toBeCloseTo(referenceScore(interactions, asOfMs, halfLifeDays), 4);
      expect(result.peak).toBeCloseTo(peak, 4);
    }
  });

  it('floors the days since the last interaction', () => {
    const result = engagement([meeting(new Date(AS_OF.getTime() - 1.99 * DAY))], AS_OF);
    expect(result.daysSinceLastInteraction).toBe(1);
  });
});

describe('engagementHealth', () => {
  it('turns cooling only after more than coolingDays of silence', () => {
    expect(engagementHealth(60, 1)).toBe('engaged');
    expect(engagementHealth(61, 1)).toBe('cooling');
  });

  it('turns dormant only after more than dormantDays of silence', () => {
    expect(engagementHealth(120, 1)).toBe('cooling');
    expect(engagementHealth(121, 1)).toBe('dormant');
  });

  it('uses the ratio thresholds', () => {
    expect(engagementHealth(0, 0.35)).toBe('engaged');
    expect(engagementHealth(0, 0.349)).toBe('cooling');
    expect(engagementHealth(0, 0.1)).toBe('cooling');
    expect(engagementHealth(0, 0.099)).toBe('dormant');
  });

  it('answers no_contact without any interaction', () => {
    expect(engagementHealth(null, 0)).toBe('no_contact');
  });

  it('applies custom settings', () => {
    expect(engagementHealth(50, 1, { coolingDays: 45 })).toBe('cooling');
  });
});

describe('resolveAnalyticsSettings', () => {
  it('falls back to the defaults for missing or undefined settings', () => {
    expect(resolveAnalyticsSettings()).toEqual(DEFAULT_ANALYTICS_SETTINGS);
    expect(resolveAnalyticsSettings({ halfLifeDays: undefined, dormantDays: 90 })).toEqual({
      ...DEFAULT_ANALYTICS_SETTINGS,
      dormantDays: 90,
    });
  });

  it('rejects a half-life that is not positive', () => {
    expect(() => resolveAnalyticsSettings({ halfLifeDays: 0 })).toThrow(RangeError);
    expect(() => resolveAnalyticsSettings({ halfLifeDays: -1 })).toThrow(RangeError);
  });
});

describe('engagementSeries', () => {
  const interactions = [meeting('2026-01-15T00:00:00.000Z'), meeting('2026-05-20T00:00:00.000Z')];

  it('gives 12 monthly points, oldest first, ending at asOf', () => {
    const series = engagementSeries(interactions, AS_OF);
    expect(series).toHaveLength(12);
    expect(series[0].at).toBe('2025-07-30T12:00:00.000Z');
    expect(series[11].at).toBe(AS_OF.toISOString());
    expect(series[11].score).toBe(engagement(interactions, AS_OF).score);
  });

  it('scores each point with the interactions up to it', () => {
    const series = engagementSeries(interactions, AS_OF);
    const beforeAny = series.filter((p) => p.at < '2026-01-15');
    expect(beforeAny.every((p) => p.score === 0)).toBe(true);
    for (const point of series) {
      expect(point.score).toBe(engagement(interactions, point.at).score);
    }
  });

  it('clamps to the end of shorter months', () => {
    const series = engagementSeries([], '2026-03-31T23:00:00.000Z', undefined, 3);
    expect(series.map((p) => p.at)).toEqual([
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T23:00:00.000Z',
    ]);
  });

  it('ignores interactions after asOf', () => {
    const series = engagementSeries([meeting('2026-07-01T00:00:00.000Z')], AS_OF);
    expect(series.every((p) => p.score === 0)).toBe(true);
  });

  it('honours the number of points', () => {
    expect(engagementSeries(interactions, AS_OF, undefined, 0)).toEqual([]);
    expect(engagementSeries(interactions, AS_OF, undefined, 24)).toHaveLength(24);
  });
});
