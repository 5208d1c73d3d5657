import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MembershipDto } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { MembershipRole } from '../../common/auth/request-context';
import { sqlOne, sqlRows } from '../../database/sql';

/** Read-only membership queries used on every request (guard) and by /auth/me. */
@Injectable()
export class MembershipsLookup {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(coalitionId: string, userId: string): Promise<MembershipRole | undefined> {
    return sqlOne(
      this.db.manager,
      `SELECT m.role, m.organisation_id AS "organisationId"
         FROM membership m JOIN coalition c ON c.id = m.coalition_id AND c.deleted_at IS NULL
        WHERE m.coalition_id = $1 AND m.user_id = $2 AND m.deleted_at IS NULL`,
      [coalitionId, userId],
    );
  }

  async coalitionExists(coalitionId: string): Promise<boolean> {
    const row = await sqlOne(
      this.db.manager,
      'SELECT 1 FROM coalition WHERE id = $1 AND deleted_at IS NULL',
      [coalitionId],
    );
    return row !== undefined;
  }

  forUser(userId: string): Promise<MembershipDto[]> {
    return sqlRows<MembershipDto>(
      this.db.manager,
      `SELECT m.coalition_id AS "coalitionId", c.name AS "coalitionName", m.role,
              m.organisation_id AS "organisationId"
         FROM membership m JOIN coalition c ON c.id = m.coalition_id AND c.deleted_at IS NULL
        WHERE m.user_id = $1 AND m.deleted_at IS NULL
        ORDER BY c.name`,
      [userId],
    );
  }
}
