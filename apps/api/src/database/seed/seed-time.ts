import { MS_PER_DAY } from '@regiokracht/shared';

/**
 * Every date of the demo world is counted from `now`, so its stories (a teacher retiring in two
 * months, partners silent for half a year) hold whenever the seed runs.
 */
export class SeedTime {
  private readonly midnight: number;

  constructor(readonly now: Date) {
    const d = new Date(now.getTime());
    this.midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  }

  /**
   * An office-hours instant about `daysAgo` days before now (at least one day back). Weekends move
   * back to the Friday, so the instant stays in the past.
   */
  workingMoment(daysAgo: number, hourUtc = 9, minute = 0): Date {
    const back = Math.max(1, Math.round(daysAgo));
    const day = new Date(this.midnight - back * MS_PER_DAY);
    const weekday = day.getUTCDay();
    const shift = weekday === 6 ? 1 : weekday === 0 ? 2 : 0;
    return new Date(day.getTime() - shift * MS_PER_DAY + hourUtc * 3_600_000 + minute * 60_000);
  }

  /** The instant `daysAgo` days before now (negative: after now), at the same time of day. */
  instant(daysAgo: number): Date {
    return new Date(this.now.getTime() - daysAgo * MS_PER_DAY);
  }

  /** `YYYY-MM-DD` of the day `daysAgo` days before today (negative: in the future). */
  date(daysAgo: number): string {
    return new Date(this.midnight - Math.round(daysAgo) * MS_PER_DAY).toISOString().slice(0, 10);
  }

  /** Whole days between an instant and now (positive when it lies in the past). */
  daysAgoOf(instant: Date): number {
    return (this.now.getTime() - instant.getTime()) / MS_PER_DAY;
  }
}
