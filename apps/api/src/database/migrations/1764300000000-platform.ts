import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, coalitions, memberships, invitations and the append-only audit log. */
export class Platform1764300000000 implements MigrationInterface {
  name = 'Platform1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text,
        person_id uuid,
        is_admin boolean NOT NULL DEFAULT false,
        email_digest boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT app_user_email_format CHECK (position('@' in email) > 1)
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE INDEX session_user_idx ON session (user_id);

      CREATE TABLE coalition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        region text,
        description text,
        themes jsonb NOT NULL DEFAULT '[]'::jsonb,
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        CONSTRAINT coalition_name_not_blank CHECK (length(trim(name)) > 0)
      );

      CREATE TABLE membership (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        role text NOT NULL CHECK (role IN ('coordinator', 'member', 'partner', 'viewer')),
        organisation_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        deleted_at timestamptz,
        PRIMARY KEY (coalition_id, id),
        UNIQUE (id),
        CONSTRAINT membership_partner_has_organisation
          CHECK ((role = 'partner') = (organisation_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX membership_user_once ON membership (coalition_id, user_id) WHERE deleted_at IS NULL;
      CREATE INDEX membership_user_idx ON membership (user_id);

      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE audit_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        coalition_id uuid NOT NULL REFERENCES coalition(id),
        actor_user_id uuid REFERENCES app_user(id),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'transfer', 'erase')),
        changes jsonb,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (coalition_id, id)
      );
      CREATE INDEX audit_event_recent_idx ON audit_event (coalition_id, at DESC);
      CREATE INDEX audit_event_entity_idx ON audit_event (coalition_id, entity_type, entity_id);

      -- The audit log is append-only: the application may insert, never change or remove.
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END;
      $$;
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_event;
      DROP FUNCTION audit_event_append_only();
      DROP TABLE invitation;
      DROP TABLE membership;
      DROP TABLE coalition;
      DROP TABLE session;
      DROP TABLE app_user;
    `);
  }
}
