import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEventDto, Page } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import type { ListAuditEventsQuery } from './dto/list-audit-events.query';

const SORTS = { at: 'e.at', entityType: 'e.entity_type', action: 'e.action' };
const FILTERS: [keyof ListAuditEventsQuery, string][] = [
  ['entityType', 'e.entity_type = $'],
  ['entityId', 'e.entity_id = $'],
  ['action', 'e.action = $'],
  ['actorUserId', 'e.actor_user_id = $'],
  ['from', 'e.at >= $'],
  ['to', 'e.at < $'],
];

@Injectable()
export class AuditEventsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(ctx: CoalitionContext, query: ListAuditEventsQuery): Promise<Page<AuditEventDto>> {
    const params: unknown[] = [ctx.coalitionId];
    const where = ['e.coalition_id = $1'];
    for (const [key, clause] of FILTERS) {
      if (query[key] === undefined) continue;
      params.push(query[key]);
      where.push(`${clause}${params.length}`);
    }
    return listPage(this.db.manager, {
      select: `SELECT e.id, e.coalition_id AS "coalitionId", e.actor_user_id AS "actorUserId",
              u.name AS "actorName", e.entity_type AS "entityType", e.entity_id AS "entityId", e.action,
              e.changes, e.at
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id`,
      where: new SqlFilter(where, params),
      orderBy: orderBy(query.sort, SORTS, '-at', 'e.id'),
      map: ({ total: _total, ...row }: AuditEventDto & { total?: unknown }) => ({
        ...row,
        at: new Date(row.at).toISOString(),
      }),
      ...query,
    });
  }
}
