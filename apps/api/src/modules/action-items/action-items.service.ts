import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ActionItemDto,
  ActionItemErrorCode,
  type ActionItemStatus,
  type BulkAssignActionItemsResponse,
  type Page,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { patchColumns } from '../../common/db/patch-columns';
import { conflict, invalidField } from '../../common/errors/conflict';
import { toPage } from '../../common/pagination/page';
import { assertReference, partnerOrganisation } from '../commitments/support/references';
import { assertAssignable } from '../handovers/assignable-person';
import { toActionItemDto } from './action-item.mapper';
import { ACTION_ITEM_COLUMNS, actionItemsRepository } from './action-items.repository';
import type { BulkAssignActionItemsDto } from './dto/bulk-assign-action-items.dto';
import type { CreateActionItemDto } from './dto/create-action-item.dto';
import type { ListActionItemsQuery } from './dto/list-action-items.query';
import type { UpdateActionItemDto } from './dto/update-action-item.dto';

@Injectable()
export class ActionItemsService {
  private readonly actionItems = actionItemsRepository;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListActionItemsQuery): Promise<Page<ActionItemDto>> {
    const { rows, total } = await this.actionItems.list(
      this.db.manager,
      ctx.coalitionId,
      query,
      partnerOrganisation(ctx),
      this.today(),
    );
    return toPage(rows.map(toActionItemDto), total, query);
  }

  get(ctx: CoalitionContext, id: string): Promise<ActionItemDto> {
    return this.find(this.db.manager, ctx, id);
  }

  create(ctx: CoalitionContext, input: CreateActionItemDto): Promise<ActionItemDto> {
    return this.db.transaction(async (manager) => {
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.ownerId, 'ownerId');
      const status = input.status ?? 'open';
      const id = await this.actionItems.insert(manager, ctx.coalitionId, {
        ...input,
        status,
        completedAt: status === 'done' ? this.clock.now() : null,
      });
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, after.id, 'create', null, after);
      return after;
    });
  }

  update(ctx: CoalitionContext, id: string, input: UpdateActionItemDto): Promise<ActionItemDto> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.checkReferences(manager, ctx.coalitionId, input);
      await assertAssignable(manager, ctx.coalitionId, input.ownerId, 'ownerId', before.ownerId);
      const set = patchColumns(input, ACTION_ITEM_COLUMNS);
      const completedAt = this.completedAtChange(before.status, input.status);
      if (completedAt !== undefined) set.completed_at = completedAt;
      await this.actionItems.update(manager, ctx.coalitionId, id, input.version, set);
      const after = await this.find(manager, ctx, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.find(manager, ctx, id);
      await this.actionItems.softDelete(manager, ctx.coalitionId, id);
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
      const versions = await this.actionItems.lockVersions(manager, ctx.coalitionId, ids);
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
          { code: ActionItemErrorCode.VERSION_CONFLICT },
        );
      }
      const before = await this.findMany(manager, ctx.coalitionId, ids);
      await this.actionItems.assignOwner(manager, ctx.coalitionId, ids, input.ownerId);
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
    const row = await this.actionItems.findLive(
      manager,
      ctx.coalitionId,
      id,
      partnerOrganisation(ctx),
    );
    return toActionItemDto(row);
  }

  private async findMany(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, ActionItemDto>> {
    const rows = await this.actionItems.findManyLive(manager, coalitionId, ids);
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
