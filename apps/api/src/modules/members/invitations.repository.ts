import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../../common/auth/tokens';
import { sqlOne } from '../../database/sql';

export const INVITATION_DAYS = 7;
const DAY_MS = 86_400_000;

export interface UsableInvitation {
  id: string;
  userId: string;
  coalitionId: string;
}

/**
 * The SQL of the `invitation` table: one-time links that let a person without a password set one.
 * Only the token's SHA-256 is stored. Times come from the application's Clock, so the rules can be
 * tested at any instant.
 */
export class InvitationsRepository {
  /** A new link for the account; `mailed` when it goes to the address rather than to the coordinator. */
  async create(
    manager: EntityManager,
    input: { userId: string; coalitionId: string; mailed: boolean; now: Date },
  ): Promise<string> {
    const token = newToken();
    await manager.query(
      `INSERT INTO invitation (token_hash, user_id, coalition_id, mailed, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        hashToken(token),
        input.userId,
        input.coalitionId,
        input.mailed,
        input.now,
        new Date(input.now.getTime() + INVITATION_DAYS * DAY_MS),
      ],
    );
    return token;
  }

  /** The account a link belongs to, if the link exists at all (usable or not). */
  async userOf(manager: EntityManager, token: string): Promise<string | undefined> {
    const row = await sqlOne<{ user_id: string }>(
      manager,
      'SELECT user_id FROM invitation WHERE token_hash = $1',
      [hashToken(token)],
    );
    return row?.user_id;
  }

  /** Marks the link used if it is still good: unused, not revoked, not expired. */
  async claim(
    manager: EntityManager,
    token: string,
    now: Date,
  ): Promise<UsableInvitation | undefined> {
    return sqlOne<UsableInvitation>(
      manager,
      `UPDATE invitation SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
        RETURNING id, user_id AS "userId", coalition_id AS "coalitionId"`,
      [hashToken(token), now],
    );
  }

  /**
   * Revokes the links of the account that were handed to coordinators. Called when another
   * coalition adds the account: whoever holds such a link could otherwise set the password and
   * read that coalition too. Links mailed to the address stay valid (the person holds those).
   */
  async revokeHandedOut(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE invitation SET revoked_at = $2
        WHERE user_id = $1 AND NOT mailed AND used_at IS NULL AND revoked_at IS NULL`,
      [userId, now],
    );
  }

  /** Revokes every outstanding link of the account: it has a password now. */
  async revokeAll(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE invitation SET revoked_at = $2
        WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId, now],
    );
  }
}
