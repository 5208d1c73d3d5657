import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Handovers (docs/domain.md, "Domain model"): a draft lists what a departing person holds, one
 * handover_item per responsibility; completion moves them all in one transaction and stores a
 * report. Keys lead with coalition_id and foreign keys carry it, like every domain table.
 */
export class Handovers1764300040000 implements MigrationInterface {
  name = 'Handovers1764300040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE handover (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        departing_person_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
        notes text,
        default_successor_id uuid,
        report jsonb,
        created_by_user_id uuid REFERENCES app_user(id),
        completed_by_user_id uuid REFERENCES app_user(id),
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, departing_person_id) REFERENCES person (coalition_id, id),
        FOREIGN KEY (coalition_id, default_successor_id) REFERENCES person (coalition_id, id),
        CONSTRAINT handover_completed_has_report
          CHECK ((status = 'completed') = (completed_at IS NOT NULL AND report IS NOT NULL)),
        CONSTRAINT handover_successor_is_somebody_else
          CHECK (default_successor_id IS NULL OR default_successor_id <> departing_person_id)
      );
      -- One draft per departing person at a time; completed ones stay as history.
      CREATE UNIQUE INDEX handover_one_draft_per_person ON handover (coalition_id, departing_person_id)
        WHERE status = 'draft';
      CREATE INDEX handover_person_idx ON handover (coalition_id, departing_person_id, created_at DESC);
      CREATE INDEX handover_created_idx ON handover (coalition_id, created_at DESC);

      CREATE TABLE handover_item (
        coalition_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        handover_id uuid NOT NULL,
        item_type text NOT NULL
          CHECK (item_type IN ('action_item', 'organisation_owner', 'commitment_contact', 'initiative_lead', 'key_contact')),
        -- The row held: action item, organisation (owner and key contact), commitment or initiative.
        item_id uuid NOT NULL,
        label text NOT NULL,
        organisation_id uuid,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        -- version of the held row when last reviewed (NULL for key contacts: nothing to version);
        -- a different version at completion means it changed since and must be reviewed again.
        item_version integer,
        successor_id uuid,
        drop boolean NOT NULL DEFAULT false,
        drop_reason text,
        added_after_draft boolean NOT NULL DEFAULT false,
        needs_review boolean NOT NULL DEFAULT false,
        gone_at timestamptz,
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (coalition_id, id),
        UNIQUE (coalition_id, handover_id, item_type, item_id),
        FOREIGN KEY (coalition_id, handover_id) REFERENCES handover (coalition_id, id) ON DELETE CASCADE,
        FOREIGN KEY (coalition_id, successor_id) REFERENCES person (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id),
        CONSTRAINT handover_item_drop_only_action_items CHECK (NOT drop OR item_type = 'action_item'),
        CONSTRAINT handover_item_drop_or_successor CHECK (NOT drop OR successor_id IS NULL),
        CONSTRAINT handover_item_drop_has_reason CHECK (NOT drop OR length(trim(coalesce(drop_reason, ''))) > 0)
      );
      CREATE INDEX handover_item_successor_idx ON handover_item (coalition_id, successor_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE handover_item;
      DROP TABLE handover;
    `);
  }
}
