import type { PGliteOptions } from '@electric-sql/pglite';
import { PGliteDriver } from 'typeorm-pglite';
import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';

type Release = () => void;
type ConnectCallback = (err: unknown, client: PGlitePool | null, release: Release) => void;

/**
 * typeorm-pglite's pool, but handing the one PGlite session out exclusively.
 *
 * PGlite is a single session: if two TypeORM query runners used it at once, their transactions
 * would run inside each other (NOTES.md, pitfall 1). `connect()` therefore waits until the
 * previous holder released it, like a `pg.Pool` with `max: 1`. TypeORM runs standalone queries
 * through `connect()` as well, so they wait their turn too.
 */
export class ExclusivePGlitePool extends PGlitePool {
  private tail: Promise<void> = Promise.resolve();

  override connect(callback: ConnectCallback): Promise<void> {
    let unlock!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (unlock = resolve));
    return previous.then(() =>
      super.connect((err, client) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          unlock();
        };
        if (err) release();
        callback(err, client, release);
      }),
    );
  }

  /** Adds `rowCount`, which TypeORM reads for the affected-row count of UPDATE/DELETE. */
  override async query(sql: string, params?: unknown[]) {
    const result = await super.query(sql, params);
    return Object.assign(result, { rowCount: result.affectedRows ?? result.rows.length });
  }
}

/** The `driver` option for TypeORM's postgres data source on embedded PGlite. */
export function exclusivePGliteDriver(options: PGliteOptions): {
  Pool: typeof ExclusivePGlitePool;
} {
  // PGliteDriver's constructor registers the PGlite options (and its boolean serializer).
  new PGliteDriver(options);
  return { Pool: ExclusivePGlitePool };
}
