import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempt counters shared by every API instance (one fixed window per key), so N instances
 * behind a load balancer do not give an attacker N times the attempts. UNLOGGED: a counter lost in
 * a crash only resets a one-minute window, and skipping the WAL keeps the per-attempt upsert cheap.
 * Not tenant data, so no coalition_id.
 */
export class LoginRateLimit1764300090000 implements MigrationInterface {
  name = 'LoginRateLimit1764300090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE login_rate_limit (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      );
      CREATE INDEX login_rate_limit_window_idx ON login_rate_limit (window_ends_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_rate_limit');
  }
}
