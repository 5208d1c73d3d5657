import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An uploaded import file between upload, preview and commit: its parsed rows are kept here (not
 * in the process) so any API instance can preview and commit it. Uncommitted jobs expire after a
 * day; a committed one keeps its result (the ids it created and updated) but drops its rows.
 */
export class Imports1764300050000 implements MigrationInterface {
  name = 'Imports1764300050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        entity text NOT NULL CHECK (entity IN ('organisations', 'people', 'interactions')),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        delimiter text,
        columns jsonb NOT NULL,
        suggested_mapping jsonb NOT NULL,
        mapping jsonb,
        -- One array of cell texts per data row, with its row number in the sheet first.
        rows jsonb,
        row_count integer NOT NULL CHECK (row_count >= 0),
        status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'committed')),
        result jsonb,
        created_by_user_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        committed_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        CONSTRAINT import_job_committed_has_result
          CHECK ((status = 'committed') = (committed_at IS NOT NULL AND result IS NOT NULL))
      );
      CREATE INDEX import_job_expiry_idx ON import_job (expires_at) WHERE status = 'uploaded';
      CREATE INDEX import_job_recent_idx ON import_job (coalition_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_job;`);
  }
}
