import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';
import { sqlOne } from '../../database/sql';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How many increments pass between two clean-ups of expired windows. */
const SWEEP_EVERY = 200;

/**
 * The throttler's counters in PostgreSQL (table `login_rate_limit`) instead of process memory, so
 * the login limit holds across every API instance on the database. One fixed window per key: the
 * first attempt opens it for `ttl` ms, each later one adds a hit in one atomic upsert, and an
 * attempt after the window ends opens a new one. Time is the database's, the same for every
 * instance.
 */
@Injectable()
export class LoginRateLimitRepository implements ThrottlerStorage {
  private increments = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const row = await sqlOne<{ hits: number; seconds_left: number }>(
      this.db.manager,
      `INSERT INTO login_rate_limit AS r (key, hits, window_ends_at)
       VALUES ($1, 1, clock_timestamp() + make_interval(secs => $2::float8 / 1000))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= clock_timestamp() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= clock_timestamp()
                               THEN EXCLUDED.window_ends_at ELSE r.window_ends_at END
       RETURNING hits,
         greatest(1, ceil(extract(epoch FROM r.window_ends_at - clock_timestamp())))::int
           AS seconds_left`,
      [`${throttlerName}:${key}`, ttl],
    );
    if (++this.increments % SWEEP_EVERY === 0) await this.sweep();
    const hits = Number(row!.hits);
    const secondsLeft = Number(row!.seconds_left);
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }

  /** Drops windows that ended; any instance may run it, and running it twice is harmless. */
  async sweep(): Promise<void> {
    await this.db.query('DELETE FROM login_rate_limit WHERE window_ends_at < clock_timestamp()');
  }
}
