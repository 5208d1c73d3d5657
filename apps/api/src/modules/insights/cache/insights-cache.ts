import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../../app-config.token';
import type { AppConfig, InsightsCacheConfig } from '../../../config';
import { sqlOne } from '../../../database/sql';

/** A computed value and the database snapshot it saw (pg_snapshot text). */
interface Entry {
  value: unknown;
  snapshot: string;
  /** Entries count against `maxUnits` by this (e.g. organisations in the value). */
  units: number;
}

export interface Cached<T> {
  value: T;
  /** Served from the cache without recomputing. */
  hit: boolean;
}

export interface CacheRequest<T> {
  coalitionId: string;
  /** Identifies the value within the coalition (what it is and for which instant). */
  key: string;
  /**
   * Computes the value on a manager whose queries all see one snapshot; `side`, when given, is a
   * second connection in the same snapshot for queries to run in parallel (see `parallel`).
   */
  compute: (manager: EntityManager, side?: EntityManager) => Promise<T>;
  /** Offer `compute` a side connection (heavy computations only: it costs a connection). */
  parallel?: boolean;
  /** Its weight against the cache's capacity; 1 by default. */
  units?: (value: T) => number;
  /** Whether a cached value may still answer (e.g. not too old); always by default. */
  usable?: (value: T) => boolean;
  /** False when `compute` reads nothing from the database (no transaction needed uncached). */
  readsDatabase?: boolean;
}

/** How long the coalition_change log keeps rows; far above `MAX_ENTRY_AGE_MS`. */
const LOG_RETENTION = '1 day';
/** A cached value is dropped after this long whatever happens, so the log can be purged. */
const MAX_ENTRY_AGE_MS = 10 * 60_000;
const PURGE_EVERY_MS = 60 * 60_000;
/**
 * Computations holding a side connection at once. Bounded so that computations waiting for a
 * second connection can never hold the whole pool between them (each already holds one).
 */
const MAX_SIDE_CONNECTIONS = 2;

/**
 * True when a transaction that `snapshot` did not see has changed the coalition's data since
 * (migration 1764300070000: the log has one row per coalition and writing transaction).
 */
const STALE_SQL = `
  SELECT EXISTS (
    SELECT 1 FROM coalition_change
     WHERE coalition_id = $1
       AND xid >= pg_snapshot_xmin($2::pg_snapshot)
       AND NOT pg_visible_in_snapshot(xid, $2::pg_snapshot)
  ) AS stale`;

/**
 * The cache of the insights endpoints: per API instance, in memory, and exact — a value is served
 * only while no transaction has changed its coalition's data since the snapshot it was computed
 * in, which every instance can tell from the database (one index range scan per request). So
 * several instances behind a load balancer never serve each other's stale figures, and a user
 * sees their own change on the next request.
 *
 * Concurrent misses for the same key share one computation (16 dashboards opened at once compute
 * once). A request that joins a computation started before it arrived checks the result for
 * staleness like a hit, since a change may have committed after that computation's snapshot.
 */
@Injectable()
export class InsightsCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InsightsCache.name);
  private readonly settings: InsightsCacheConfig;
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<Entry>>();
  private purgeTimer: NodeJS.Timeout | undefined;
  /** Side connections in use; PGlite has a single connection, so never one there. */
  private sides = 0;
  private readonly maxSides: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.insightsCache;
    this.maxSides = config.database.kind === 'postgres' ? MAX_SIDE_CONNECTIONS : 0;
    this.entries = new LRUCache<string, Entry>({
      maxSize: this.settings.maxUnits,
      sizeCalculation: (entry) => Math.max(1, entry.units),
      ttl: MAX_ENTRY_AGE_MS,
    });
  }

  /** How long a value computed for "now" may be served for a later "now". */
  get liveMaxAgeMs(): number {
    return this.settings.liveMaxAgeMs;
  }

  onApplicationBootstrap(): void {
    if (!this.settings.enabled) return;
    this.purgeTimer = setInterval(() => void this.purgeLog(), PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  async get<T>(request: CacheRequest<T>): Promise<Cached<T>> {
    if (!this.settings.enabled) {
      // Uncached, the queries of one answer still share a snapshot.
      const value =
        request.readsDatabase === false
          ? await request.compute(this.db.manager)
          : (await this.computeInSnapshot(request)).value;
      return { value, hit: false };
    }
    const id = `${request.coalitionId}|${request.key}`;
    const usable = (entry: Entry | undefined): entry is Entry =>
      entry !== undefined && (request.usable?.(entry.value as T) ?? true);
    const cached = this.entries.get(id);
    if (usable(cached) && !(await this.isStale(request.coalitionId, cached))) {
      return { value: cached.value as T, hit: true };
    }
    const running = this.inFlight.get(id);
    if (running) {
      const joined = await running;
      if (usable(joined) && !(await this.isStale(request.coalitionId, joined))) {
        return { value: joined.value as T, hit: false };
      }
    }
    const entry = await this.computeOnce(id, request);
    return { value: entry.value as T, hit: false };
  }

  /** Deletes log rows no cached value can still depend on. Idempotent: any instance may run it. */
  async purgeLog(): Promise<void> {
    try {
      await this.db.query(
        `DELETE FROM coalition_change WHERE changed_at < now() - interval '${LOG_RETENTION}'`,
      );
    } catch (error) {
      this.logger.warn({ msg: 'Purging coalition_change failed', err: error });
    }
  }

  private computeOnce<T>(id: string, request: CacheRequest<T>): Promise<Entry> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const computation = this.computeInSnapshot(request)
      .then(({ value, snapshot }) => {
        const entry = { value, snapshot, units: request.units?.(value) ?? 1 };
        this.entries.set(id, entry);
        return entry;
      })
      .finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, computation);
    return computation;
  }

  /** Runs `compute` in one REPEATABLE READ snapshot, and says which (pg_snapshot text). */
  private computeInSnapshot<T>(request: CacheRequest<T>): Promise<{ value: T; snapshot: string }> {
    const side = request.parallel === true && this.sides < this.maxSides;
    if (side) this.sides += 1;
    return this.db
      .transaction('REPEATABLE READ', async (manager) => {
        // The first statement fixes the transaction's snapshot; every query below sees it.
        const row = await sqlOne<{ snapshot: string; exported: string | null }>(
          manager,
          `SELECT pg_current_snapshot()::text AS snapshot,
                  ${side ? 'pg_export_snapshot()' : 'NULL'} AS exported`,
        );
        const value = row!.exported
          ? await this.withSide(row!.exported, (other) => request.compute(manager, other))
          : await request.compute(manager);
        return { value, snapshot: row!.snapshot };
      })
      .finally(() => {
        if (side) this.sides -= 1;
      });
  }

  /**
   * A second connection that imports the exported snapshot: it sees exactly what the first one
   * sees, so a computation can split its queries between the two.
   */
  private async withSide<T>(
    exported: string,
    use: (side: EntityManager | undefined) => Promise<T>,
  ): Promise<T> {
    const runner = this.db.createQueryRunner();
    try {
      try {
        await runner.connect();
        await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        // A server-made identifier (like 00000003-0000001B-1), not user input.
        await runner.query(`SET TRANSACTION SNAPSHOT '${exported.replace(/[^0-9A-F-]/gi, '')}'`);
      } catch (error) {
        this.logger.warn({ msg: 'No side connection; computing on one', err: error });
        return await use(undefined);
      }
      try {
        return await use(runner.manager);
      } finally {
        await runner.query('COMMIT').catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  private async isStale(coalitionId: string, entry: Entry): Promise<boolean> {
    const row = await sqlOne<{ stale: boolean }>(this.db.manager, STALE_SQL, [
      coalitionId,
      entry.snapshot,
    ]);
    return row!.stale;
  }
}
