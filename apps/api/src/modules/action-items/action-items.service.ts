import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ActionItemDto,
  ActionItemStatus,
  BulkAssignActionItemsResponse,
  Page,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { patchColumns } from '../../common/db/patch-columns';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { sqlOne, sqlRows } from '../../database/sql';
import {
  assertReference,
  partnerOrganisation,
  partnerScope,
} from '../commitments/support/references';
import { assertAssignable } from '../handovers/assignable-person';
import {
  ACTION_ITEM_SELECT,
  type ActionItemRow,
  OPEN_STATUSES_SQL,
  ORPHANED_SQL,
  toActionItemDto,
} from './action-item.mapper';
import type { BulkAssignActionItemsDto } from './dto/bulk-assign-action-items.dto';
import type { CreateActionItemDto } from './dto/create-action-item.dto';
import { ACTION_ITEM_SORTS, type ListActionItemsQuery } from './dto/list-action-items.query';
import type { UpdateActionItemDto } from './dto/update-action-item.dto';

const COLUMNS = {
  title: 'title',
  description: 'description',
  ownerId: 'owner_id',
  organisationId: 'organisation_id',
  initiativeId: 'initiative_id',
  dueOn: 'due_on',
  status: 'status',
  priority: 'priority',
} as const;

@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListActionItemsQuery): Promise<Page<ActionItemDto>> {
    const where = new SqlFilter(['a.coalition_id = $1', 'a.deleted_at IS NULL'], [ctx.coalitionId]);
    const add = where.add.bind(where);
    const partnerOrg = partnerOrganisation(ctx);
    if (partnerOrg !== undefined) add((n) => `a.organisation_id = ${n}`, partnerOrg);
    if (query.ownerId) add((n) => `a.owner_id = ${n}`, query.ownerId);
    if (query.unowned) where.push('a.owner_id IS NULL');
    if (query.orphaned) where.push(ORPHANED_SQL);
    if (query.overdue) {
      add((n) => `a.due_on < ${n}::date AND a.status IN ${OPEN_STATUSES_SQL}`, this.today());
    }
    if (query.organisationId) add((n) => `a.organisation_id = ${n}`, query.organisationId);
    if (query.initiativeId) add((n) => `a.initiative_id = ${n}`, query.initiativeId);
    if (query.status?.length) add((n) => `a.status = ANY(${n}::text[])`, query.status);
    if (query.priority?.length) add((n) => `a.priority = ANY(${n}::text[])`, query.priority);
    if (query.dueBefore) add((n) => `a.due_on < ${n}::date`, query.dueBefore);
    if (query.q) {
      add((n) => `(a.title ILIKE ${n} OR a.description ILIKE ${n})`, likePattern(query.q));
    }
    return listPage(this.db.manager, {
      select: ACTION_ITEM_SELECT,
      where,
      orderBy: orderBy(query.sort, ACTION_ITEM_SORTS, 'dueOn', 'a.id'),
      map: (row: ActionItemRow) => toActionItemDto(row),
      ...query,
    });
  }

  get(ctx: CoalitionContext, id: string): Promise<ActionItemDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateActionItemDto): Promise<ActionItemDto> {
    return this.db.transaction(async (manager) => {
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.ownerId, 'ownerId');
      const status = input.status ?? 'open';
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO action_item (coalition_id, title, description, owner_id, organisation_id, initiative_id,
                                  due_on, status, priority, completed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          ctx.coalitionId,
          input.title,
          input.description ?? null,
          input.ownerId ?? null,
          input.organisationId ?? null,
          input.initiativeId ?? null,
          input.dueOn ?? null,
          status,
          input.priority ?? 'normal',
          status === 'done' ? this.clock.now() : null,
        ],
      );
      const after = await this.find(manager, ctx, inserted!.id);
      await this.record(manager, ctx, after.id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateActionItemDto): Promise<ActionItemDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.ownerId, 'ownerId', before.ownerId);
      const set = patchColumns(input, COLUMNS);
      const completedAt = this.completedAtChange(before.status, input.status);
      if (completedAt !== undefined) set.completed_at = completedAt;
      await updateVersioned(manager, {
        table: 'action_item',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Action item',
      });
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await softDeleteRow(manager, 'action_item', ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  /**
   * One owner for many items, all or nothing: every item must exist and carry its current version,
   * else nothing changes (400 naming the unknown item, 409 naming the stale ones).
   */
  bulkAssign(
    ctx: CoalitionContext,
    input: BulkAssignActionItemsDto,
  ): Promise<BulkAssignActionItemsResponse> {
    const ids = input.items.map((i) => i.id);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0)
      throw invalidField(`items.${duplicate}.id`, 'lists the same action item twice');
    return this.db.transaction(async (manager) => {
      await assertReference(manager, ctx.coalitionId, 'person', input.ownerId, 'ownerId');
      await assertAssignable(manager, ctx.coalitionId, input.ownerId, 'ownerId');
      // Locked so that no other write slips in between the version check and the update.
      const current = await sqlRows<{ id: string; version: number }>(
        manager,
        `SELECT id, version FROM action_item
          WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL
          ORDER BY id FOR UPDATE`,
        [ctx.coalitionId, ids],
      );
      const versions = new Map(current.map((r) => [r.id, r.version]));
      const missing = input.items.findIndex((i) => !versions.has(i.id));
      if (missing >= 0) {
        throw invalidField(`items.${missing}.id`, 'is not an action item of this coalition');
      }
      const stale = input.items.flatMap((item, i) =>
        versions.get(item.id) === item.version
          ? []
          : [
              {
                field: `items.${i}.version`,
                message: `is stale: the item is now at version ${versions.get(item.id)}`,
              },
            ],
      );
      if (stale.length > 0) {
        throw conflict(
          'Some action items were changed by someone else; reload and try again',
          stale,
        );
      }
      const before = await this.findMany(manager, ctx.coalitionId, ids);
      await manager.query(
        `UPDATE action_item SET owner_id = $3, version = version + 1, updated_at = now()
          WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [ctx.coalitionId, ids, input.ownerId],
      );
      const after = await this.findMany(manager, ctx.coalitionId, ids);
      await this.audit.recordMany(
        manager,
        ids.map((id) => ({
          coalitionId: ctx.coalitionId,
          actorUserId: ctx.user.id,
          entityType: 'action_item',
          entityId: id,
          action: 'update' as const,
          before: before.get(id),
          after: after.get(id),
        })),
      );
      return { items: ids.map((id) => after.get(id)!) };
    });
  }

  /** completedAt follows status: stamped when an item becomes done, cleared when it leaves done. */
  private completedAtChange(
    from: ActionItemStatus,
    to: ActionItemStatus | undefined,
  ): Date | null | undefined {
    if (to === undefined || to === from) return undefined;
    return to === 'done' ? this.clock.now() : from === 'done' ? null : undefined;
  }

  /** "Today" as the UTC calendar date of the clock. */
  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private async find(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
  ): Promise<ActionItemDto> {
    const params: unknown[] = [ctx.coalitionId, id];
    const scope = partnerScope(ctx, 'a.organisation_id', params);
    const row = await sqlOneOrNotFound<ActionItemRow>(
      manager,
      `${ACTION_ITEM_SELECT} WHERE a.coalition_id = $1 AND a.id = $2 AND a.deleted_at IS NULL${scope}`,
      params,
      'Action item',
    );
    return toActionItemDto(row);
  }

  private async findMany(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, ActionItemDto>> {
    const rows = await sqlRows<ActionItemRow>(
      manager,
      `${ACTION_ITEM_SELECT} WHERE a.coalition_id = $1 AND a.id = ANY($2::uuid[]) AND a.deleted_at IS NULL`,
      [coalitionId, ids],
    );
    return new Map(rows.map((r) => [r.id, toActionItemDto(r)]));
  }

  private async checkReferences(
    manager: EntityManager,
    coalitionId: string,
    input: {
      ownerId?: string | null;
      organisationId?: string | null;
      initiativeId?: string | null;
    },
  ): Promise<void> {
    await assertReference(manager, coalitionId, 'person', input.ownerId, 'ownerId');
    await assertReference(
      manager,
      coalitionId,
      'organisation',
      input.organisationId,
      'organisationId',
    );
    await assertReference(manager, coalitionId, 'initiative', input.initiativeId, 'initiativeId');
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: ActionItemDto | null,
    after: ActionItemDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'action_item',
      entityId: id,
      action,
      before,
      after,
    });
  }
}
