import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders: the daily digest per user and coalition, kept as in-app notifications.
 *
 * - `notification` is per-user data but carries coalition_id like every tenant-owned row (and
 *   leads its key with it, so it distributes with the coalition). The user's inbox reads it by
 *   user across coalitions, hence the index led by user_id. One digest per user, coalition and
 *   day (`digest_on`) is enforced by a unique index, so a retried run cannot store a second one.
 * - `digest_run` is the once-per-day claim shared by every API instance: the first to insert the
 *   day's row runs it. `heartbeat_at` lets another instance take over a run whose instance died.
 * - `digest_state` remembers, per user and coalition, the health of each organisation the user's
 *   person owned at the last digest ({ organisationId: health }), to tell which ones turned
 *   cooling or dormant since.
 */
export class Notifications1764300060000 implements MigrationInterface {
  name = 'Notifications1764300060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('digest')),
        title text NOT NULL,
        payload jsonb NOT NULL,
        digest_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        CONSTRAINT notification_digest_has_day CHECK (kind <> 'digest' OR digest_on IS NOT NULL)
      );
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id);
      CREATE INDEX notification_user_unread_idx ON notification (user_id) WHERE read_at IS NULL;
      CREATE UNIQUE INDEX notification_digest_once ON notification (coalition_id, user_id, digest_on)
        WHERE kind = 'digest';
      CREATE INDEX notification_created_idx ON notification (created_at);

      CREATE TABLE digest_run (
        run_date date PRIMARY KEY,
        instance text NOT NULL,
        started_at timestamptz NOT NULL,
        heartbeat_at timestamptz NOT NULL,
        finished_at timestamptz,
        notifications integer,
        emails integer
      );

      CREATE TABLE digest_state (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        last_digest_on date NOT NULL,
        last_digest_at timestamptz NOT NULL,
        last_health jsonb NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (coalition_id, user_id)
      );
      CREATE INDEX digest_state_user_idx ON digest_state (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE digest_state;
      DROP TABLE digest_run;
      DROP TABLE notification;
    `);
  }
}
