import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which transactions changed a coalition's data: the invalidation signal of the insights cache
 * (modules/insights/cache). Every write to a table the analytics read — through the API, an
 * import, a handover or plain SQL — adds one row per (coalition, transaction), from
 * statement-level triggers with transition tables (one INSERT per statement, not per row).
 *
 * Why transaction ids and not a version counter: a per-coalition counter row would be a hot row
 * that every writer of the coalition locks until commit (and a deadlock source for transactions
 * that also lock domain rows). An append-only log has no such lock, but sequence numbers are taken
 * in start order and become visible in commit order, so "max(seq) unchanged" could miss a slow
 * transaction. A cached result instead remembers the snapshot it was computed in; it is stale
 * exactly when the log holds a transaction that snapshot did not see:
 *
 *   xid >= pg_snapshot_xmin(snapshot) AND NOT pg_visible_in_snapshot(xid, snapshot)
 *
 * which the primary key (coalition_id, xid) answers with a short index range scan.
 * Rows older than a day are purged by the daily job; a cached result lives minutes.
 *
 * No foreign key to coalition: a DELETE of a coalition row logs its id after the row is gone.
 */
const LOGGED_TABLES: Record<string, string> = {
  coalition: 'id',
  organisation: 'coalition_id',
  person: 'coalition_id',
  affiliation: 'coalition_id',
  interaction: 'coalition_id',
  interaction_organisation: 'coalition_id',
  interaction_participant: 'coalition_id',
  initiative: 'coalition_id',
  initiative_organisation: 'coalition_id',
  commitment: 'coalition_id',
  contribution: 'coalition_id',
  benefit: 'coalition_id',
  action_item: 'coalition_id',
};

/** PostgreSQL allows transition tables only on single-event triggers: one trigger per event. */
const EVENTS = [
  { event: 'INSERT', referencing: 'NEW TABLE AS changed_rows' },
  { event: 'UPDATE', referencing: 'NEW TABLE AS changed_rows' },
  { event: 'DELETE', referencing: 'OLD TABLE AS changed_rows' },
] as const;

export class CoalitionChangeLog1764300070000 implements MigrationInterface {
  name = 'CoalitionChangeLog1764300070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coalition_change (
        coalition_id uuid NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (coalition_id, xid)
      );
      CREATE INDEX coalition_change_changed_idx ON coalition_change (changed_at);
    `);
    // A function per key column: PL/pgSQL cannot take a column name as a trigger argument
    // without dynamic SQL.
    for (const column of new Set(Object.values(LOGGED_TABLES))) {
      await q.query(`
        CREATE FUNCTION log_coalition_change_by_${column}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO coalition_change (coalition_id)
            SELECT DISTINCT ${column} FROM changed_rows
          ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$;
      `);
    }
    for (const [table, column] of Object.entries(LOGGED_TABLES)) {
      for (const { event, referencing } of EVENTS) {
        await q.query(`
          CREATE TRIGGER ${table}_log_${event.toLowerCase()}
            AFTER ${event} ON ${table} REFERENCING ${referencing}
            FOR EACH STATEMENT EXECUTE FUNCTION log_coalition_change_by_${column}()
        `);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(LOGGED_TABLES)) {
      for (const { event } of EVENTS) {
        await q.query(`DROP TRIGGER ${table}_log_${event.toLowerCase()} ON ${table}`);
      }
    }
    for (const column of new Set(Object.values(LOGGED_TABLES))) {
      await q.query(`DROP FUNCTION log_coalition_change_by_${column}()`);
    }
    await q.query('DROP TABLE coalition_change');
  }
}
