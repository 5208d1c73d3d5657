import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashToken, newToken } from '../../common/auth/tokens';
import type { MembershipRole, ResolvedSession } from '../../common/auth/request-context';
import { preparedRows, sqlRows } from '../../database/sql';

/** Sessions end after this much inactivity. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  email: string;
  name: string;
  is_admin: boolean;
  person_id: string | null;
  membership_role: MembershipRole['role'] | null;
  membership_organisation_id: string | null;
}

/** Opaque random tokens; only their SHA-256 is stored, so the table cannot be replayed. */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(userId: string): Promise<string> {
    const token = newToken();
    await this.db.query('INSERT INTO session (token_hash, user_id) VALUES ($1, $2)', [
      hashToken(token),
      userId,
    ]);
    return token;
  }

  /**
   * The live session of a token, and when `coalitionId` is given the user's membership of that
   * coalition in the same query: one round trip instead of two on every coalition route.
   */
  async resolve(token: string, coalitionId?: string): Promise<ResolvedSession | null> {
    const [row] = await preparedRows<SessionRow>(
      this.db,
      'session-resolve',
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.email, u.name, u.is_admin, u.person_id,
              m.role AS membership_role, m.organisation_id AS membership_organisation_id
         FROM session s JOIN app_user u ON u.id = s.user_id
         LEFT JOIN (membership m JOIN coalition c ON c.id = m.coalition_id AND c.deleted_at IS NULL)
                ON m.coalition_id = $3::uuid AND m.user_id = u.id AND m.deleted_at IS NULL
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL
          AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [hashToken(token), SESSION_IDLE_MS / 1000, coalitionId ?? null],
    );
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.db.query('UPDATE session SET last_seen_at = now() WHERE id = $1', [
        row.session_id,
      ]);
    }
    return {
      sessionId: row.session_id,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        isAdmin: row.is_admin,
        personId: row.person_id,
      },
      ...(coalitionId === undefined
        ? {}
        : {
            membership: {
              coalitionId,
              found:
                row.membership_role === null
                  ? undefined
                  : { role: row.membership_role, organisationId: row.membership_organisation_id },
            },
          }),
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query('UPDATE session SET revoked_at = now() WHERE id = $1', [sessionId]);
  }

  /** Drops sessions that can no longer be used; called at start and daily. */
  async purgeExpired(): Promise<number> {
    const rows = await sqlRows(
      this.db.manager,
      `DELETE FROM session WHERE revoked_at IS NOT NULL OR last_seen_at < now() - make_interval(secs => $1) RETURNING id`,
      [SESSION_IDLE_MS / 1000],
    );
    return rows.length;
  }
}
