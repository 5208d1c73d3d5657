import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  HandoverBlockerDto,
  HandoverDroppedDto,
  HandoverDto,
  HandoverItemDto,
  HandoverItemType,
  HandoverPersonRefDto,
  HandoverReportDto,
  HandoverTransferDto,
  PersonStatus,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { conflict } from '../../common/errors/conflict';
import { sqlOne, sqlRows } from '../../database/sql';
import { syncItems } from './handover-items';
import { toHandoverAuditView } from './handover.mapper';
import { findHandover } from './handovers.service';

type TransferType = Exclude<HandoverItemType, 'key_contact'>;

/** Where each kind of responsibility lives, and how the audit log names it. */
const TARGETS: Record<
  TransferType,
  { table: string; column: string; entityType: string; field: string }
> = {
  action_item: {
    table: 'action_item',
    column: 'owner_id',
    entityType: 'action_item',
    field: 'owner',
  },
  organisation_owner: {
    table: 'organisation',
    column: 'relationship_owner_id',
    entityType: 'organisation',
    field: 'relationshipOwner',
  },
  commitment_contact: {
    table: 'commitment',
    column: 'contact_id',
    entityType: 'commitment',
    field: 'contact',
  },
  initiative_lead: {
    table: 'initiative',
    column: 'lead_id',
    entityType: 'initiative',
    field: 'lead',
  },
};

const TYPE_LABELS: Record<HandoverItemType, string> = {
  action_item: 'Action item',
  organisation_owner: 'Relationship',
  commitment_contact: 'Commitment',
  initiative_lead: 'Initiative',
  key_contact: 'Key contact',
};

const BLOCK_MESSAGES: Record<HandoverBlockerDto['reason'], string> = {
  no_successor: 'has no successor; choose one (or a default successor), or drop it',
  needs_review: 'is new or changed since the draft; review it',
  successor_not_active: 'has a successor who is no longer active; choose another',
};

interface DepartingRow {
  id: string;
  name: string;
  status: PersonStatus;
  organisation_id: string | null;
  is_key_contact: boolean;
  successor_id: string | null;
  left_on: string | null;
}

interface SuccessorRow {
  id: string;
  name: string;
  status: PersonStatus;
  organisation_id: string | null;
  is_key_contact: boolean;
  deleted: boolean;
}

type Outcome = { handover: HandoverDto } | { blocked: ReturnType<typeof conflict> };

/**
 * Completes a handover: every transfer in one transaction, or none. The departing person's row is
 * locked FOR UPDATE first; assignments elsewhere take FOR SHARE on the person they assign
 * (assertAssignable), so each either lands before completion — and is found and moved here — or
 * waits and is refused afterwards.
 */
@Injectable()
export class HandoverCompletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async complete(ctx: CoalitionContext, id: string): Promise<HandoverDto> {
    const current = await findHandover(this.db.manager, ctx.coalitionId, id);
    // A repeat call answers the stored report and touches nothing.
    if (current.status === 'completed') return current;
    const outcome = await this.db.transaction(async (manager): Promise<Outcome> => {
      const person = await sqlOne<DepartingRow>(
        manager,
        `SELECT id, name, status, organisation_id, is_key_contact, successor_id, to_char(left_on, 'YYYY-MM-DD') AS left_on
           FROM person WHERE coalition_id = $1 AND id = $2 FOR UPDATE`,
        [ctx.coalitionId, current.departingPerson.id],
      );
      const locked = await sqlOne<{ status: string }>(
        manager,
        `SELECT status FROM handover WHERE coalition_id = $1 AND id = $2 FOR UPDATE`,
        [ctx.coalitionId, id],
      );
      if (!locked || !person) return { handover: await findHandover(manager, ctx.coalitionId, id) };
      if (locked.status === 'completed')
        return { handover: await findHandover(manager, ctx.coalitionId, id) };
      const now = this.clock.now();
      await syncItems(manager, ctx.coalitionId, id, person.id, now);
      const draft = await findHandover(manager, ctx.coalitionId, id);
      const live = draft.items.filter((i) => i.state === 'pending' || i.state === 'needs_review');
      const successors = await this.lockSuccessors(manager, ctx.coalitionId, [
        ...live.flatMap((i) => (i.effectiveSuccessorId ? [i.effectiveSuccessorId] : [])),
        ...(draft.defaultSuccessorId ? [draft.defaultSuccessorId] : []),
        ...(person.successor_id ? [person.successor_id] : []),
      ]);
      const blockers = findBlockers(live, successors);
      if (blockers.length > 0) return { blocked: blockedConflict(blockers) };
      if (person.status === 'active') {
        return {
          blocked: conflict(
            `Mark ${person.name} as leaving (with leavingOn) or left (with leftOn) before completing the handover`,
            [{ field: 'departingPersonId', message: 'is still active' }],
          ),
        };
      }
      const personSuccessorId = choosePersonSuccessor(draft, live, person, successors);
      if (!personSuccessorId) {
        return {
          blocked: conflict(`Choose a default successor: ${person.name} needs a successor`, [
            { field: 'defaultSuccessorId', message: 'is required when no item names a successor' },
          ]),
        };
      }
      const handover = await this.apply(
        manager,
        ctx,
        draft,
        live,
        person,
        successors,
        personSuccessorId,
        now,
      );
      return { handover };
    });
    if ('blocked' in outcome) throw outcome.blocked;
    return outcome.handover;
  }

  private async lockSuccessors(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, SuccessorRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    // FOR SHARE: a successor cannot be marked leaving while work is being handed to them.
    const rows = await sqlRows<SuccessorRow>(
      manager,
      `SELECT id::text AS id, name, status, organisation_id::text AS organisation_id, is_key_contact,
              deleted_at IS NOT NULL AS deleted
         FROM person WHERE coalition_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE`,
      [coalitionId, unique],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async apply(
    manager: EntityManager,
    ctx: CoalitionContext,
    draft: HandoverDto,
    live: HandoverItemDto[],
    person: DepartingRow,
    successors: Map<string, SuccessorRow>,
    personSuccessorId: string,
    now: Date,
  ): Promise<HandoverDto> {
    const from: HandoverPersonRefDto = { id: person.id, name: person.name };
    const ref = (id: string): HandoverPersonRefDto => ({
      id,
      name: successors.get(id)?.name ?? '',
    });
    const audits: AuditRecord[] = [];
    const event = (
      entityType: string,
      entityId: string,
      action: AuditRecord['action'],
      before: object,
      after: object,
    ) =>
      audits.push({
        coalitionId: ctx.coalitionId,
        actorUserId: ctx.user.id,
        entityType,
        entityId,
        action,
        before,
        after,
      });
    const applied: string[] = [];
    const vanished: HandoverItemDto[] = [];
    const transfers: HandoverTransferDto[] = [];

    for (const type of Object.keys(TARGETS) as TransferType[]) {
      const moves = live.filter((i) => i.itemType === type && !i.drop);
      if (moves.length === 0) continue;
      const target = TARGETS[type];
      const moved = await this.move(manager, ctx.coalitionId, person.id, target, moves);
      for (const item of moves) {
        if (!moved.has(item.itemId)) {
          vanished.push(item);
          continue;
        }
        const to = ref(item.effectiveSuccessorId!);
        applied.push(item.id);
        transfers.push({
          itemType: type,
          itemId: item.itemId,
          label: item.label,
          organisationName: item.organisationName,
          from,
          to,
        });
        event(
          target.entityType,
          item.itemId,
          'transfer',
          { [`${target.field}Id`]: from.id, [`${target.field}Name`]: from.name },
          { [`${target.field}Id`]: to.id, [`${target.field}Name`]: to.name },
        );
      }
    }

    const dropped = await this.drop(
      manager,
      ctx.coalitionId,
      person.id,
      live,
      event,
      applied,
      vanished,
    );

    const keyContacts = live.filter((i) => i.itemType === 'key_contact');
    let departingKeepsFlag = person.is_key_contact;
    const newlyFlagged = new Set<string>();
    for (const item of keyContacts) {
      const to = successors.get(item.effectiveSuccessorId!)!;
      // The flag means "key contact of their own organisation", so it can only move within it.
      const flagMoved = to.organisation_id !== null && to.organisation_id === item.organisationId;
      if (flagMoved && !to.is_key_contact) newlyFlagged.add(to.id);
      if (flagMoved && item.organisationId === person.organisation_id) departingKeepsFlag = false;
      applied.push(item.id);
      transfers.push({
        itemType: 'key_contact',
        itemId: item.itemId,
        label: item.label,
        organisationName: item.organisationName,
        from,
        to: ref(to.id),
        keyContactFlagMoved: flagMoved,
      });
      event(
        'organisation',
        item.itemId,
        'transfer',
        { keyContactId: from.id, keyContactName: from.name },
        { keyContactId: to.id, keyContactName: to.name },
      );
    }
    if (newlyFlagged.size > 0) {
      await manager.query(
        `UPDATE person SET is_key_contact = true, version = version + 1, updated_at = now()
          WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [ctx.coalitionId, [...newlyFlagged]],
      );
      for (const id of newlyFlagged)
        event('person', id, 'update', { isKeyContact: false }, { isKeyContact: true });
    }

    const today = now.toISOString().slice(0, 10);
    const statusAfter: PersonStatus =
      person.status === 'left' || (person.left_on !== null && person.left_on <= today)
        ? 'left'
        : 'leaving';
    await manager.query(
      `UPDATE person SET successor_id = $3, status = $4, is_key_contact = $5, version = version + 1, updated_at = now()
        WHERE coalition_id = $1 AND id = $2`,
      [ctx.coalitionId, person.id, personSuccessorId, statusAfter, departingKeepsFlag],
    );
    event(
      'person',
      person.id,
      'update',
      {
        status: person.status,
        successorId: person.successor_id,
        isKeyContact: person.is_key_contact,
      },
      { status: statusAfter, successorId: personSuccessorId, isKeyContact: departingKeepsFlag },
    );

    if (applied.length > 0) {
      await manager.query(
        `UPDATE handover_item SET applied_at = $3, updated_at = now() WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [ctx.coalitionId, applied, now.toISOString()],
      );
    }
    if (vanished.length > 0) {
      await manager.query(
        `UPDATE handover_item SET gone_at = $3, updated_at = now() WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
        [ctx.coalitionId, vanished.map((i) => i.id), now.toISOString()],
      );
    }

    const report: HandoverReportDto = {
      completedAt: now.toISOString(),
      completedBy: { id: ctx.user.id, name: ctx.user.name },
      departingPerson: { ...from, statusAfter, successor: ref(personSuccessorId) },
      transfers,
      dropped,
      notHeldAnyMore: [...draft.items.filter((i) => i.state === 'gone'), ...vanished].map((i) => ({
        itemType: i.itemType,
        itemId: i.itemId,
        label: i.label,
      })),
      bySuccessor: countBySuccessor(transfers),
    };
    await manager.query(
      `UPDATE handover SET status = 'completed', completed_at = $3, completed_by_user_id = $4, report = $5::jsonb,
                           version = version + 1, updated_at = now()
        WHERE coalition_id = $1 AND id = $2`,
      [ctx.coalitionId, draft.id, now.toISOString(), ctx.user.id, JSON.stringify(report)],
    );
    const after = await findHandover(manager, ctx.coalitionId, draft.id);
    event('handover', draft.id, 'update', toHandoverAuditView(draft), toHandoverAuditView(after));
    await this.audit.recordMany(manager, audits);
    return after;
  }

  /**
   * One UPDATE per kind. `… AND column = departing person` re-checks under the row lock: a row
   * someone else took over meanwhile is left alone and reported as no longer held.
   */
  private async move(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    target: (typeof TARGETS)[TransferType],
    items: HandoverItemDto[],
  ): Promise<Set<string>> {
    const rows = await sqlRows<{ id: string }>(
      manager,
      `UPDATE ${target.table} t SET ${target.column} = m.successor_id, version = t.version + 1, updated_at = now()
         FROM jsonb_to_recordset($3::jsonb) AS m(item_id uuid, successor_id uuid)
        WHERE t.coalition_id = $1 AND t.id = m.item_id AND t.${target.column} = $2 AND t.deleted_at IS NULL
        RETURNING t.id::text AS id`,
      [
        coalitionId,
        personId,
        JSON.stringify(
          items.map((i) => ({ item_id: i.itemId, successor_id: i.effectiveSuccessorId })),
        ),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Dropped action items are closed (status dropped); the departed person stays on them as history. */
  private async drop(
    manager: EntityManager,
    coalitionId: string,
    personId: string,
    live: HandoverItemDto[],
    event: (
      entityType: string,
      entityId: string,
      action: AuditRecord['action'],
      before: object,
      after: object,
    ) => void,
    applied: string[],
    vanished: HandoverItemDto[],
  ): Promise<HandoverDroppedDto[]> {
    const drops = live.filter((i) => i.drop);
    if (drops.length === 0) return [];
    const rows = await sqlRows<{ id: string; status: string }>(
      manager,
      `WITH old AS (
         SELECT id, status FROM action_item
          WHERE coalition_id = $1 AND id = ANY($3::uuid[]) AND owner_id = $2 AND deleted_at IS NULL
            AND status IN ('open', 'in_progress', 'blocked')
          FOR UPDATE
       )
       UPDATE action_item a SET status = 'dropped', version = a.version + 1, updated_at = now()
         FROM old WHERE a.coalition_id = $1 AND a.id = old.id
       RETURNING a.id::text AS id, old.status`,
      [coalitionId, personId, drops.map((i) => i.itemId)],
    );
    const previous = new Map(rows.map((r) => [r.id, r.status]));
    const dropped: HandoverDroppedDto[] = [];
    for (const item of drops) {
      const status = previous.get(item.itemId);
      if (status === undefined) {
        vanished.push(item);
        continue;
      }
      applied.push(item.id);
      dropped.push({
        itemType: 'action_item',
        itemId: item.itemId,
        label: item.label,
        reason: item.dropReason ?? '',
      });
      event(
        'action_item',
        item.itemId,
        'update',
        { status, dropReason: null },
        { status: 'dropped', dropReason: item.dropReason },
      );
    }
    return dropped;
  }
}

function findBlockers(
  live: HandoverItemDto[],
  successors: Map<string, SuccessorRow>,
): HandoverBlockerDto[] {
  return live.flatMap((item): HandoverBlockerDto[] => {
    const base = { id: item.id, itemType: item.itemType, itemId: item.itemId, label: item.label };
    if (item.state === 'needs_review') return [{ ...base, reason: 'needs_review' }];
    if (item.drop) return [];
    if (!item.effectiveSuccessorId) return [{ ...base, reason: 'no_successor' }];
    const successor = successors.get(item.effectiveSuccessorId);
    if (!successor || successor.deleted || successor.status !== 'active')
      return [{ ...base, reason: 'successor_not_active' }];
    return [];
  });
}

function blockedConflict(blockers: HandoverBlockerDto[]) {
  const count = blockers.length === 1 ? '1 item needs' : `${blockers.length} items need`;
  return conflict(
    `The handover cannot be completed yet: ${count} attention`,
    blockers.map((b) => ({
      field: `items.${b.id}`,
      message: `${TYPE_LABELS[b.itemType]} “${b.label}” ${BLOCK_MESSAGES[b.reason]}`,
    })),
    { blockers },
  );
}

/**
 * The person's successor: the default successor; else one already on their record; else whoever
 * takes over their own organisation's key-contact role; else whoever takes the most items.
 */
function choosePersonSuccessor(
  draft: HandoverDto,
  live: HandoverItemDto[],
  person: DepartingRow,
  successors: Map<string, SuccessorRow>,
): string | null {
  if (draft.defaultSuccessorId && successors.get(draft.defaultSuccessorId)?.status === 'active')
    return draft.defaultSuccessorId;
  if (person.successor_id && successors.get(person.successor_id)?.status === 'active')
    return person.successor_id;
  const ownKeyContact = live.find(
    (i) => i.itemType === 'key_contact' && i.organisationId === person.organisation_id,
  );
  if (ownKeyContact?.effectiveSuccessorId) return ownKeyContact.effectiveSuccessorId;
  const counts = new Map<string, number>();
  for (const item of live) {
    if (item.effectiveSuccessorId)
      counts.set(item.effectiveSuccessorId, (counts.get(item.effectiveSuccessorId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

function countBySuccessor(transfers: HandoverTransferDto[]): HandoverReportDto['bySuccessor'] {
  const counts = new Map<string, HandoverPersonRefDto & { count: number }>();
  for (const t of transfers) {
    const entry = counts.get(t.to.id) ?? { ...t.to, count: 0 };
    entry.count += 1;
    counts.set(t.to.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
