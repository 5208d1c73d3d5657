import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  MarkAllReadResponse,
  NotificationDto,
  NotificationsPage,
  PreferencesDto,
} from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { notFound, staleVersion } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import type { ListNotificationsQuery } from './dto/list-notifications.query';
import type { UpdatePreferencesDto } from './dto/update-preferences.dto';
import {
  NOTIFICATION_COLUMNS,
  type NotificationRow,
  toNotificationDto,
} from './notification.mapper';

/**
 * The caller's own notifications ($1 = the user), of coalitions they are still a member of:
 * a digest names organisations and people that someone removed from a coalition may no longer see.
 */
const MINE = `n.user_id = $1 AND EXISTS (
    SELECT 1 FROM membership m
     WHERE m.coalition_id = n.coalition_id AND m.user_id = n.user_id AND m.deleted_at IS NULL)`;
const FROM_MINE = `notification n JOIN coalition c ON c.id = n.coalition_id AND c.deleted_at IS NULL`;

const SORTS = { createdAt: 'n.created_at' };

/**
 * User-scoped, not coalition-scoped: every query is bound to the caller's user id, so nobody
 * reads or marks another's notifications. Marking read and the e-mail switch are a user's own
 * settings, not coalition data, so they write no audit event (the audit log is per coalition).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthenticatedUser, query: ListNotificationsQuery): Promise<NotificationsPage> {
    const params: unknown[] = [user.id];
    const where = [MINE];
    if (query.unreadOnly) where.push('n.read_at IS NULL');
    if (query.q) {
      params.push(likePattern(query.q));
      where.push(`n.title ILIKE $${params.length}`);
    }
    const [page, unread] = await Promise.all([
      listPage(this.db.manager, {
        select: `SELECT ${NOTIFICATION_COLUMNS} FROM ${FROM_MINE}`,
        where: new SqlFilter(where, params),
        orderBy: orderBy(query.sort, SORTS, '-createdAt', 'n.id'),
        map: (row: NotificationRow) => toNotificationDto(row),
        ...query,
      }),
      sqlOne<{ unread: number }>(
        this.db.manager,
        `SELECT count(*)::int AS unread FROM ${FROM_MINE} WHERE ${MINE} AND n.read_at IS NULL`,
        [user.id],
      ),
    ]);
    return {
      ...page,
      unread: unread?.unread ?? 0,
    };
  }

  /** Marks one read (again: a no-op); 404 for an id that is not the caller's. */
  async markRead(user: AuthenticatedUser, id: string): Promise<NotificationDto> {
    const row = await sqlOne<NotificationRow>(
      this.db.manager,
      `UPDATE notification n SET read_at = coalesce(n.read_at, $3::timestamptz)
         FROM coalition c
        WHERE c.id = n.coalition_id AND c.deleted_at IS NULL AND n.id = $2 AND ${MINE}
        RETURNING ${NOTIFICATION_COLUMNS}`,
      [user.id, id, this.clock.now().toISOString()],
    );
    if (!row) throw notFound('Notification');
    return toNotificationDto(row);
  }

  async markAllRead(user: AuthenticatedUser): Promise<MarkAllReadResponse> {
    const rows = await sqlRows(
      this.db.manager,
      `UPDATE notification n SET read_at = $2::timestamptz
        WHERE ${MINE} AND n.read_at IS NULL
        RETURNING n.id`,
      [user.id, this.clock.now().toISOString()],
    );
    return { marked: rows.length };
  }

  async preferences(user: AuthenticatedUser): Promise<PreferencesDto> {
    const row = await sqlOne<{ email_digest: boolean; version: number }>(
      this.db.manager,
      'SELECT email_digest, version FROM app_user WHERE id = $1',
      [user.id],
    );
    if (!row) throw notFound('User');
    return { emailDigest: row.email_digest, version: row.version };
  }

  /** Optimistic like every PATCH: a stale `version` answers 409 with the current one. */
  async updatePreferences(
    user: AuthenticatedUser,
    input: UpdatePreferencesDto,
  ): Promise<PreferencesDto> {
    if (input.emailDigest === undefined) {
      const current = await this.preferences(user);
      if (current.version !== input.version) throw staleVersion(current.version);
      return current;
    }
    const row = await sqlOne<{ email_digest: boolean; version: number }>(
      this.db.manager,
      `UPDATE app_user SET email_digest = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING email_digest, version`,
      [user.id, input.version, input.emailDigest],
    );
    if (row) return { emailDigest: row.email_digest, version: row.version };
    const current = await this.preferences(user);
    throw staleVersion(current.version);
  }
}
