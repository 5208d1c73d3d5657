import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HandoverDto, HandoverItemDto, HandoverListItemDto, Page } from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { updateVersioned } from '../../common/db/versioned-update';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { likePattern, orderBy } from '../../common/pagination/page';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { sqlOne, sqlRows } from '../../database/sql';
import type { CreateHandoverDto } from './dto/create-handover.dto';
import { HANDOVER_SORTS, type ListHandoversQuery } from './dto/list-handovers.query';
import type { UpdateHandoverDto, UpdateHandoverItemDto } from './dto/update-handover.dto';
import { assertSuccessors, insertItems, syncItems } from './handover-items';
import { renderHandoverReport } from './handover-report.html';
import {
  HANDOVER_ITEMS_SQL,
  HANDOVER_SELECT,
  type HandoverItemRow,
  type HandoverRow,
  toHandoverAuditView,
  toHandoverDto,
  toHandoverListItemDto,
} from './handover.mapper';
import { findHoldings } from './holdings.sql';

/**
 * Drafts of handovers: start one for a departing person (it lists what they hold), choose
 * successors and write the dossier. Completion lives in HandoverCompletionService.
 */
@Injectable()
export class HandoversService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: CoalitionContext, query: ListHandoversQuery): Promise<Page<HandoverListItemDto>> {
    const params: unknown[] = [ctx.coalitionId];
    const where = ['h.coalition_id = $1'];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (query.status) add((n) => `h.status = ${n}`, query.status);
    if (query.departingPersonId)
      add((n) => `h.departing_person_id = ${n}`, query.departingPersonId);
    if (query.q) add((n) => `p.name ILIKE ${n}`, likePattern(query.q));
    return listPage(this.db.manager, {
      select: HANDOVER_SELECT,
      where: new SqlFilter(where, params),
      orderBy: orderBy(query.sort, HANDOVER_SORTS, '-createdAt', 'h.id'),
      map: (row: HandoverRow) => toHandoverListItemDto(row),
      ...query,
    });
  }

  get(ctx: CoalitionContext, id: string): Promise<HandoverDto> {
    return findHandover(this.db.manager, ctx.coalitionId, id);
  }

  async create(ctx: CoalitionContext, input: CreateHandoverDto): Promise<HandoverDto> {
    const outcome = await this.db.transaction(async (manager) => {
      // Locked like completion locks it, so a draft lists exactly what was assigned before it.
      const person = await sqlOne<{ name: string }>(
        manager,
        `SELECT name FROM person WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`,
        [ctx.coalitionId, input.departingPersonId],
      );
      if (!person) throw invalidField('departingPersonId', 'is not a person of this coalition');
      const inserted = await sqlOne<{ id: string }>(
        manager,
        `INSERT INTO handover (coalition_id, departing_person_id, created_by_user_id) VALUES ($1, $2, $3)
         ON CONFLICT (coalition_id, departing_person_id) WHERE status = 'draft' DO NOTHING RETURNING id`,
        [ctx.coalitionId, input.departingPersonId, ctx.user.id],
      );
      if (!inserted) {
        const existing = await sqlOne<{ id: string }>(
          manager,
          `SELECT id FROM handover WHERE coalition_id = $1 AND departing_person_id = $2 AND status = 'draft'`,
          [ctx.coalitionId, input.departingPersonId],
        );
        return { existingId: existing!.id, personName: person.name };
      }
      const holdings = await findHoldings(
        manager,
        ctx.coalitionId,
        input.departingPersonId,
        this.clock.now(),
      );
      await insertItems(manager, ctx.coalitionId, inserted.id, holdings, false);
      const after = await findHandover(manager, ctx.coalitionId, inserted.id);
      await this.record(manager, ctx, after.id, 'create', null, after);
      return { handover: after };
    });
    if ('existingId' in outcome) {
      throw conflict(
        `${outcome.personName} already has a draft handover; continue that one`,
        [{ field: 'departingPersonId', message: 'already has a draft handover' }],
        { handoverId: outcome.existingId },
      );
    }
    return outcome.handover;
  }

  update(ctx: CoalitionContext, id: string, input: UpdateHandoverDto): Promise<HandoverDto> {
    return this.db.transaction(async (manager) => {
      const before = await findHandover(manager, ctx.coalitionId, id);
      if (before.status === 'completed')
        throw conflict('This handover is completed and can no longer change');
      const departingId = before.departingPerson.id;
      if (input.defaultSuccessorId) {
        await assertSuccessors(manager, ctx.coalitionId, departingId, [
          { id: input.defaultSuccessorId, field: 'defaultSuccessorId' },
        ]);
      }
      const choices = input.items
        ? await this.itemChoices(manager, ctx.coalitionId, departingId, before.items, input.items)
        : [];
      const set: Record<string, unknown> = {};
      if (input.notes !== undefined) set.notes = input.notes;
      if (input.defaultSuccessorId !== undefined)
        set.default_successor_id = input.defaultSuccessorId;
      await updateVersioned(manager, {
        table: 'handover',
        coalitionId: ctx.coalitionId,
        id,
        version: input.version,
        set,
        label: 'Handover',
        softDelete: false,
      });
      if (choices.length > 0) {
        await manager.query(
          `UPDATE handover_item hi
              SET successor_id = x.successor_id, drop = x.drop, drop_reason = x.drop_reason,
                  needs_review = false, updated_at = now()
             FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, successor_id uuid, drop boolean, drop_reason text)
            WHERE hi.coalition_id = $1 AND hi.handover_id = $2 AND hi.id = x.id`,
          [ctx.coalitionId, id, JSON.stringify(choices)],
        );
      }
      // Anything the person took on since shows up now, to be reviewed, rather than at completion.
      await syncItems(manager, ctx.coalitionId, id, departingId, this.clock.now());
      const after = await findHandover(manager, ctx.coalitionId, id);
      await this.record(manager, ctx, id, 'update', before, after);
      return after;
    });
  }

  /** Discards a draft; a completed handover is part of the record. */
  remove(ctx: CoalitionContext, id: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await findHandover(manager, ctx.coalitionId, id);
      if (before.status === 'completed')
        throw conflict('A completed handover is part of the record and cannot be deleted');
      await manager.query(`DELETE FROM handover WHERE coalition_id = $1 AND id = $2`, [
        ctx.coalitionId,
        id,
      ]);
      await this.record(manager, ctx, id, 'delete', before, null);
    });
  }

  async reportHtml(ctx: CoalitionContext, id: string): Promise<string> {
    const handover = await findHandover(this.db.manager, ctx.coalitionId, id);
    const coalition = await sqlOne<{ name: string }>(
      this.db.manager,
      'SELECT name FROM coalition WHERE id = $1',
      [ctx.coalitionId],
    );
    return renderHandoverReport(handover, {
      coalitionName: coalition?.name ?? '',
      printedAt: this.clock.now(),
    });
  }

  /**
   * The items' state after this PATCH (successor, drop, reason), validated as a whole. Every
   * listed item counts as reviewed.
   */
  private async itemChoices(
    manager: EntityManager,
    coalitionId: string,
    departingId: string,
    items: HandoverItemDto[],
    patches: UpdateHandoverItemDto[],
  ): Promise<
    { id: string; successor_id: string | null; drop: boolean; drop_reason: string | null }[]
  > {
    const byId = new Map(items.map((i) => [i.id.toLowerCase(), i]));
    const seen = new Set<string>();
    const successors: { id: string; field: string }[] = [];
    const choices = patches.map((patch, index) => {
      const field = (name: string) => `items.${index}.${name}`;
      const key = patch.id.toLowerCase();
      const item = byId.get(key);
      if (!item) throw invalidField(field('id'), 'is not an item of this handover');
      if (seen.has(key)) throw invalidField(field('id'), 'lists the same item twice');
      seen.add(key);
      let { successorId, drop, dropReason } = item;
      if (patch.drop === true) {
        if (item.itemType !== 'action_item')
          throw invalidField(field('drop'), 'only action items can be dropped; choose a successor');
        if (patch.successorId)
          throw invalidField(field('successorId'), 'must be left out when the item is dropped');
        const reason = (patch.dropReason !== undefined ? patch.dropReason : dropReason)?.trim();
        if (!reason) throw invalidField(field('dropReason'), 'is required when an item is dropped');
        return { id: item.id, successor_id: null, drop: true, drop_reason: reason };
      }
      if (patch.drop === false || patch.successorId) {
        drop = false;
        dropReason = null;
      }
      if (patch.successorId !== undefined) successorId = patch.successorId;
      if (patch.dropReason !== undefined) {
        if (!drop && patch.dropReason !== null)
          throw invalidField(field('dropReason'), 'only goes with drop: true');
        if (drop && !patch.dropReason?.trim())
          throw invalidField(field('dropReason'), 'is required when an item is dropped');
        if (drop) dropReason = patch.dropReason!.trim();
      }
      if (patch.successorId)
        successors.push({ id: patch.successorId, field: field('successorId') });
      return { id: item.id, successor_id: successorId, drop, drop_reason: dropReason };
    });
    await assertSuccessors(manager, coalitionId, departingId, successors);
    return choices;
  }

  private record(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    action: 'create' | 'update' | 'delete',
    before: HandoverDto | null,
    after: HandoverDto | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      coalitionId: ctx.coalitionId,
      actorUserId: ctx.user.id,
      entityType: 'handover',
      entityId: id,
      action,
      before: before && toHandoverAuditView(before),
      after: after && toHandoverAuditView(after),
    });
  }
}

/** A handover with its items, read with the given manager (inside a transaction: its own). */
export async function findHandover(
  manager: EntityManager,
  coalitionId: string,
  id: string,
): Promise<HandoverDto> {
  const row = await sqlOne<HandoverRow>(
    manager,
    `${HANDOVER_SELECT} WHERE h.coalition_id = $1 AND h.id = $2`,
    [coalitionId, id],
  );
  if (!row) throw notFound('Handover');
  const items = await sqlRows<HandoverItemRow>(manager, HANDOVER_ITEMS_SQL, [coalitionId, id]);
  return toHandoverDto(row, items);
}
