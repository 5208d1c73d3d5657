import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account takeover through invitations (hardening issue, part 1):
 * - `password_reset`: e-mailed single-use "forgot password" links (only the token's hash, 1 hour).
 * - `invitation.revoked_at`: a link stops working once the account gets a password, or once another
 *   coalition adds the account (the coordinator who was handed the link must not be able to sign in
 *   as the person and read that other coalition). `invitation.mailed`: links sent to the address
 *   itself, which stay valid when another coalition adds the account.
 * - `membership.invited_name/invited_email`: what the coordinator typed when adding an existing
 *   account, shown instead of the account's stored name until the person signs in, so adding an
 *   e-mail does not tell a coalition what another one knows about that person.
 */
export class AccountAccess1764300095000 implements MigrationInterface {
  name = 'AccountAccess1764300095000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX password_reset_user ON password_reset (user_id, created_at);

      ALTER TABLE invitation
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN mailed boolean NOT NULL DEFAULT false;
      CREATE INDEX invitation_user ON invitation (user_id);

      ALTER TABLE membership
        ADD COLUMN invited_name text,
        ADD COLUMN invited_email text;

      -- Links already handed out that the new rules would not have given or kept: for an account
      -- that has a password, or one that another coalition added too. Such a person can use
      -- "forgot password", which mails the address.
      UPDATE invitation i SET revoked_at = now()
       WHERE i.used_at IS NULL
         AND (EXISTS (SELECT 1 FROM app_user u WHERE u.id = i.user_id AND u.password_hash IS NOT NULL)
              OR EXISTS (SELECT 1 FROM membership m
                          WHERE m.user_id = i.user_id AND m.coalition_id <> i.coalition_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE membership DROP COLUMN invited_email, DROP COLUMN invited_name;
      DROP INDEX invitation_user;
      ALTER TABLE invitation DROP COLUMN mailed, DROP COLUMN revoked_at;
      DROP TABLE password_reset;
    `);
  }
}
