import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain tables of docs/domain.md. Every table is keyed (coalition_id, id) and every foreign key
 * carries coalition_id, so a row can only ever point at a row of its own coalition, and the schema
 * can be distributed on coalition_id later (README, "Running at scale").
 */
export class Domain1764300001000 implements MigrationInterface {
  name = 'Domain1764300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('mbo', 'hbo', 'wo', 'vo', 'company', 'municipality', 'province', 'sector_body', 'foundation', 'other')),
        size_class text CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
        sector text,
        city text,
        website text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'paused', 'left')),
        joined_on date,
        left_on date,
        interests text,
        relationship_owner_id uuid,
        external_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        CONSTRAINT organisation_left_on_after_joined CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
      );
      CREATE INDEX organisation_name_idx ON organisation (coalition_id, lower(name));
      CREATE INDEX organisation_owner_idx ON organisation (coalition_id, relationship_owner_id);
      CREATE UNIQUE INDEX organisation_external_id_key ON organisation (coalition_id, external_id)
        WHERE external_id IS NOT NULL AND deleted_at IS NULL;

      CREATE TABLE person (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        email text,
        phone text,
        organisation_id uuid,
        role text,
        layer text CHECK (layer IN ('board', 'management', 'operational')),
        is_key_contact boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leaving', 'left')),
        leaving_on date,
        left_on date,
        successor_id uuid,
        notes text,
        external_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id),
        FOREIGN KEY (coalition_id, successor_id) REFERENCES person (coalition_id, id),
        CONSTRAINT person_leaving_has_date CHECK (status <> 'leaving' OR leaving_on IS NOT NULL),
        CONSTRAINT person_left_has_date CHECK (status <> 'left' OR left_on IS NOT NULL),
        CONSTRAINT person_not_own_successor CHECK (successor_id IS NULL OR successor_id <> id)
      );
      CREATE INDEX person_organisation_idx ON person (coalition_id, organisation_id);
      CREATE INDEX person_email_idx ON person (coalition_id, lower(email));
      CREATE INDEX person_name_idx ON person (coalition_id, lower(name));
      CREATE UNIQUE INDEX person_external_id_key ON person (coalition_id, external_id)
        WHERE external_id IS NOT NULL AND deleted_at IS NULL;

      ALTER TABLE organisation ADD CONSTRAINT organisation_relationship_owner_fk
        FOREIGN KEY (coalition_id, relationship_owner_id) REFERENCES person (coalition_id, id);
      ALTER TABLE membership ADD CONSTRAINT membership_organisation_fk
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id);

      CREATE TABLE affiliation (
        coalition_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        role text,
        started_on date NOT NULL,
        ended_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, person_id) REFERENCES person (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id),
        CONSTRAINT affiliation_period CHECK (ended_on IS NULL OR ended_on >= started_on)
      );
      CREATE INDEX affiliation_person_idx ON affiliation (coalition_id, person_id, started_on);
      CREATE UNIQUE INDEX affiliation_one_current ON affiliation (coalition_id, person_id) WHERE ended_on IS NULL;

      CREATE TABLE interaction (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('meeting', 'site_visit', 'workshop', 'event', 'call', 'email', 'message', 'other')),
        initiated_by text NOT NULL DEFAULT 'coalition' CHECK (initiated_by IN ('coalition', 'partner')),
        summary text,
        logged_by_id uuid REFERENCES app_user(id),
        external_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id)
      );
      CREATE INDEX interaction_occurred_idx ON interaction (coalition_id, occurred_at DESC);
      CREATE UNIQUE INDEX interaction_external_id_key ON interaction (coalition_id, external_id)
        WHERE external_id IS NOT NULL AND deleted_at IS NULL;

      CREATE TABLE interaction_organisation (
        coalition_id uuid NOT NULL,
        interaction_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (coalition_id, interaction_id, organisation_id),
        FOREIGN KEY (coalition_id, interaction_id) REFERENCES interaction (coalition_id, id) ON DELETE CASCADE,
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id)
      );
      CREATE INDEX interaction_organisation_org_idx ON interaction_organisation (coalition_id, organisation_id, interaction_id);

      CREATE TABLE interaction_participant (
        coalition_id uuid NOT NULL,
        interaction_id uuid NOT NULL,
        person_id uuid NOT NULL,
        PRIMARY KEY (coalition_id, interaction_id, person_id),
        FOREIGN KEY (coalition_id, interaction_id) REFERENCES interaction (coalition_id, id) ON DELETE CASCADE,
        FOREIGN KEY (coalition_id, person_id) REFERENCES person (coalition_id, id)
      );
      CREATE INDEX interaction_participant_person_idx ON interaction_participant (coalition_id, person_id, interaction_id);

      CREATE TABLE initiative (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        theme text,
        description text,
        phase text NOT NULL DEFAULT 'idea' CHECK (phase IN ('idea', 'pilot', 'scaling', 'embedded', 'stopped')),
        lead_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, lead_id) REFERENCES person (coalition_id, id)
      );
      CREATE INDEX initiative_lead_idx ON initiative (coalition_id, lead_id);

      CREATE TABLE initiative_organisation (
        coalition_id uuid NOT NULL,
        initiative_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (coalition_id, initiative_id, organisation_id),
        FOREIGN KEY (coalition_id, initiative_id) REFERENCES initiative (coalition_id, id) ON DELETE CASCADE,
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id)
      );
      CREATE INDEX initiative_organisation_org_idx ON initiative_organisation (coalition_id, organisation_id);

      CREATE TABLE commitment (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        contact_id uuid,
        kind text NOT NULL CHECK (kind IN ('internships', 'guest_lectures', 'equipment', 'staff_hours', 'funding', 'facilities', 'curriculum', 'other')),
        description text,
        quantity numeric(14, 2) NOT NULL CHECK (quantity > 0),
        unit text NOT NULL CHECK (unit IN ('places', 'hours', 'sessions', 'items', 'eur')),
        unit_value_eur numeric(14, 2) NOT NULL DEFAULT 0 CHECK (unit_value_eur >= 0),
        starts_on date,
        ends_on date,
        status text NOT NULL DEFAULT 'pledged' CHECK (status IN ('proposed', 'pledged', 'active', 'fulfilled', 'lapsed', 'withdrawn')),
        initiative_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id),
        FOREIGN KEY (coalition_id, contact_id) REFERENCES person (coalition_id, id),
        FOREIGN KEY (coalition_id, initiative_id) REFERENCES initiative (coalition_id, id),
        CONSTRAINT commitment_period CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX commitment_organisation_idx ON commitment (coalition_id, organisation_id);
      CREATE INDEX commitment_contact_idx ON commitment (coalition_id, contact_id);

      CREATE TABLE contribution (
        coalition_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        commitment_id uuid NOT NULL,
        delivered_on date NOT NULL,
        quantity numeric(14, 2) NOT NULL CHECK (quantity > 0),
        note text,
        reported_by_user_id uuid REFERENCES app_user(id),
        reported_by_partner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, commitment_id) REFERENCES commitment (coalition_id, id)
      );
      CREATE INDEX contribution_commitment_idx ON contribution (coalition_id, commitment_id, delivered_on);
      CREATE INDEX contribution_delivered_idx ON contribution (coalition_id, delivered_on);

      CREATE TABLE benefit (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('hire', 'intern_placed', 'apprentice', 'training', 'subsidy', 'curriculum_influence', 'other')),
        quantity numeric(14, 2) NOT NULL DEFAULT 1 CHECK (quantity > 0),
        received_on date NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id)
      );
      CREATE INDEX benefit_organisation_idx ON benefit (coalition_id, organisation_id, received_on);

      CREATE TABLE action_item (
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text,
        owner_id uuid,
        organisation_id uuid,
        initiative_id uuid,
        due_on date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'blocked', 'done', 'dropped')),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        FOREIGN KEY (coalition_id, owner_id) REFERENCES person (coalition_id, id),
        FOREIGN KEY (coalition_id, organisation_id) REFERENCES organisation (coalition_id, id),
        FOREIGN KEY (coalition_id, initiative_id) REFERENCES initiative (coalition_id, id),
        CONSTRAINT action_item_completed_when_done CHECK ((status = 'done') = (completed_at IS NOT NULL))
      );
      CREATE INDEX action_item_owner_idx ON action_item (coalition_id, owner_id);
      CREATE INDEX action_item_organisation_idx ON action_item (coalition_id, organisation_id);
      CREATE INDEX action_item_status_due_idx ON action_item (coalition_id, status, due_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE action_item;
      DROP TABLE benefit;
      DROP TABLE contribution;
      DROP TABLE commitment;
      DROP TABLE initiative_organisation;
      DROP TABLE initiative;
      DROP TABLE interaction_participant;
      DROP TABLE interaction_organisation;
      DROP TABLE interaction;
      DROP TABLE affiliation;
      ALTER TABLE membership DROP CONSTRAINT membership_organisation_fk;
      ALTER TABLE organisation DROP CONSTRAINT organisation_relationship_owner_fk;
      DROP TABLE person;
      DROP TABLE organisation;
    `);
  }
}
