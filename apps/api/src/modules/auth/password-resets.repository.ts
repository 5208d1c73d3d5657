import type { EntityManager } from 'typeorm';
import { hashToken, newToken } from '../../common/auth/tokens';
import { sqlOne } from '../../database/sql';

export const RESET_LINK_MS = 60 * 60 * 1000;

/**
 * The SQL of the `password_reset` table: e-mailed single-use "forgot password" links, valid one
 * hour. Only the token's SHA-256 is stored. Times come from the application's Clock.
 */
export class PasswordResetsRepository {
  async create(manager: EntityManager, userId: string, now: Date): Promise<string> {
    const token = newToken();
    await manager.query(
      `INSERT INTO password_reset (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [hashToken(token), userId, now, new Date(now.getTime() + RESET_LINK_MS)],
    );
    return token;
  }

  /** Links made for the account since `since` (a cap on mails to one address, across instances). */
  async countSince(manager: EntityManager, userId: string, since: Date): Promise<number> {
    const row = await sqlOne<{ n: string }>(
      manager,
      'SELECT count(*) AS n FROM password_reset WHERE user_id = $1 AND created_at > $2',
      [userId, since],
    );
    return Number(row?.n ?? 0);
  }

  /** The account a link belongs to, if the link exists at all (usable or not). */
  async userOf(manager: EntityManager, token: string): Promise<string | undefined> {
    const row = await sqlOne<{ user_id: string }>(
      manager,
      'SELECT user_id FROM password_reset WHERE token_hash = $1',
      [hashToken(token)],
    );
    return row?.user_id;
  }

  /** Marks the link used if it is still good (unused, not expired); answers its account. */
  async claim(manager: EntityManager, token: string, now: Date): Promise<string | undefined> {
    const row = await sqlOne<{ user_id: string }>(
      manager,
      `UPDATE password_reset SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING user_id`,
      [hashToken(token), now],
    );
    return row?.user_id;
  }

  /** Ends every outstanding link of the account: its password was just set. */
  async revokeAll(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.query(
      'UPDATE password_reset SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL',
      [userId, now],
    );
  }
}
