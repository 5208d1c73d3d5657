import {
  ActionItemErrorCode,
  type ActionItemOwnerStatus,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { type HolderMove, reassignHolder } from '../../common/db/reassign-holder';
import { softDeleteRow, sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { dateText } from '../commitments/support/sql-values';
import { ACTION_ITEM_SORTS, type ListActionItemsQuery } from './dto/list-action-items.query';

export interface ActionItemRow {
  id: string;
  title: string;
  description: string | null;
  owner_id: string | null;
  owner_name: string | null;
  owner_status: ActionItemOwnerStatus | null;
  organisation_id: string | null;
  organisation_name: string | null;
  initiative_id: string | null;
  due_on: string | null;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  completed_at: Date | string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export interface NewActionItem {
  title: string;
  description?: string | null;
  ownerId?: string | null;
  organisationId?: string | null;
  initiativeId?: string | null;
  dueOn?: string | null;
  status: ActionItemStatus;
  priority?: ActionItemPriority;
  completedAt: Date | null;
}

/** API field → column, for the fields a PATCH may set. */
export const ACTION_ITEM_COLUMNS = {
  title: 'title',
  description: 'description',
  ownerId: 'owner_id',
  organisationId: 'organisation_id',
  initiativeId: 'initiative_id',
  dueOn: 'due_on',
  status: 'status',
  priority: 'priority',
} as const;

const SELECT = `
  SELECT a.id, a.title, a.description, a.owner_id, p.name AS owner_name, p.status AS owner_status,
         a.organisation_id, o.name AS organisation_name, a.initiative_id,
         ${dateText('a.due_on', 'due_on')}, a.status, a.priority, a.completed_at, a.version,
         a.created_at, a.updated_at
    FROM action_item a
    LEFT JOIN person p ON p.coalition_id = a.coalition_id AND p.id = a.owner_id
    LEFT JOIN organisation o ON o.coalition_id = a.coalition_id AND o.id = a.organisation_id`;

/** An open action item as the partner portal shows it. */
export interface PortalActionItemRow {
  id: string;
  title: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  due_on: string | null;
  owned: boolean;
  owner_name: string | null;
}

/** Statuses of work still to do (the only ones that can be overdue, orphaned or dropped). */
const OPEN_STATUSES_SQL = `('open', 'in_progress', 'blocked')`;

/** Open, and held by someone who is no longer there to do it. */
const ORPHANED_SQL = `(a.status IN ${OPEN_STATUSES_SQL} AND a.owner_id IS NOT NULL
  AND (p.status <> 'active' OR p.deleted_at IS NOT NULL))`;

/** The action_item table's SQL; `partnerOrganisationId` (undefined for staff) as in CommitmentsRepository. */
export class ActionItemsRepository {
  /** `today` is the clock's UTC date, for `overdue`. */
  async list(
    manager: EntityManager,
    coalitionId: string,
    query: ListActionItemsQuery,
    partnerOrganisationId: string | null | undefined,
    today: string,
  ): Promise<{ rows: ActionItemRow[]; total: number }> {
    const where = new SqlFilter(['a.coalition_id = $1', 'a.deleted_at IS NULL'], [coalitionId]);
    const add = where.add.bind(where);
    if (partnerOrganisationId !== undefined)
      add((n) => `a.organisation_id = ${n}`, partnerOrganisationId);
    if (query.ownerId) add((n) => `a.owner_id = ${n}`, query.ownerId);
    if (query.unowned) where.push('a.owner_id IS NULL');
    if (query.orphaned) where.push(ORPHANED_SQL);
    if (query.overdue) {
      add((n) => `a.due_on < ${n}::date AND a.status IN ${OPEN_STATUSES_SQL}`, today);
    }
    if (query.organisationId) add((n) => `a.organisation_id = ${n}`, query.organisationId);
    if (query.initiativeId) add((n) => `a.initiative_id = ${n}`, query.initiativeId);
    if (query.status?.length) add((n) => `a.status = ANY(${n}::text[])`, query.status);
    if (query.priority?.length) add((n) => `a.priority = ANY(${n}::text[])`, query.priority);
    if (query.dueBefore) add((n) => `a.due_on < ${n}::date`, query.dueBefore);
    if (query.q) {
      add((n) => `(a.title ILIKE ${n} OR a.description ILIKE ${n})`, likePattern(query.q));
    }
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: SELECT,
      where,
      orderBy: orderBy(query.sort, ACTION_ITEM_SORTS, 'dueOn', 'a.id'),
      map: (row: ActionItemRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The live action item, else 404. */
  findLive(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    partnerOrganisationId: string | null | undefined,
  ): Promise<ActionItemRow> {
    const where = new SqlFilter(
      ['a.coalition_id = $1', 'a.id = $2', 'a.deleted_at IS NULL'],
      [coalitionId, id],
    );
    if (partnerOrganisationId !== undefined)
      where.add((n) => `a.organisation_id = ${n}`, partnerOrganisationId);
    return sqlOneOrNotFound<ActionItemRow>(
      manager,
      `${SELECT} WHERE ${where.sql()}`,
      where.params,
      'Action item',
      ActionItemErrorCode.NOT_FOUND,
    );
  }

  /** The live ones among `ids`. */
  findManyLive(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<ActionItemRow[]> {
    return sqlRows<ActionItemRow>(
      manager,
      `${SELECT} WHERE a.coalition_id = $1 AND a.id = ANY($2::uuid[]) AND a.deleted_at IS NULL`,
      [coalitionId, ids],
    );
  }

  /**
   * Versions of the live ones among `ids`, locked FOR UPDATE so that no other write slips in
   * between a version check and the update.
   */
  async lockVersions(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, number>> {
    const rows = await sqlRows<{ id: string; version: number }>(
      manager,
      `SELECT id, version FROM action_item
        WHERE coalition_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL
        ORDER BY id FOR UPDATE`,
      [coalitionId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  async insert(manager: EntityManager, coalitionId: string, a: NewActionItem): Promise<string> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO action_item (coalition_id, title, description, owner_id, organisation_id, initiative_id,
                                due_on, status, priority, completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        coalitionId,
        a.title,
        a.description ?? null,
        a.ownerId ?? null,
        a.organisationId ?? null,
        a.initiativeId ?? null,
        a.dueOn ?? null,
        a.status,
        a.priority ?? 'normal',
        a.completedAt,
      ],
    );
    return row!.id;
  }

  /** 404 when gone, 409 when `version` is stale. */
  update(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    version: number,
    set: Record<string, unknown>,
  ): Promise<void> {
    return updateVersioned(manager, {
      table: 'action_item',
      coalitionId,
      id,
      version,
      set,
      label: 'Action item',
      codes: ActionItemErrorCode,
    });
  }

  /** One owner for many items; the caller has checked their versions under lockVersions. */
  async assignOwner(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
    ownerId: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE action_item SET owner_id = $3, version = version + 1, updated_at = now()
        WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
      [coalitionId, ids, ownerId],
    );
  }

  softDelete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    return softDeleteRow(manager, 'action_item', coalitionId, id);
  }

  /** A handover moves the live items the departing person still owns. */
  transferOwner(
    manager: EntityManager,
    coalitionId: string,
    fromPersonId: string,
    moves: readonly HolderMove[],
  ): Promise<Set<string>> {
    return reassignHolder(
      manager,
      { table: 'action_item', column: 'owner_id' },
      coalitionId,
      fromPersonId,
      moves,
    );
  }

  /**
   * A handover closes (status dropped) the open ones among `ids` the departing person still owns;
   * they stay on them as history. Answers id → the status each had before.
   */
  async dropOwned(
    manager: EntityManager,
    coalitionId: string,
    ownerId: string,
    ids: string[],
  ): Promise<Map<string, ActionItemStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await sqlRows<{ id: string; status: ActionItemStatus }>(
      manager,
      `WITH old AS (
         SELECT id, status FROM action_item
          WHERE coalition_id = $1 AND id = ANY($3::uuid[]) AND owner_id = $2 AND deleted_at IS NULL
            AND status IN ${OPEN_STATUSES_SQL}
          FOR UPDATE
       )
       UPDATE action_item a SET status = 'dropped', version = a.version + 1, updated_at = now()
         FROM old WHERE a.coalition_id = $1 AND a.id = old.id
       RETURNING a.id::text AS id, old.status`,
      [coalitionId, ownerId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /**
   * An organisation's open action items for its partner portal; the owner is named only when
   * they are one of the organisation's own people.
   */
  openOfOrganisationForPortal(
    manager: EntityManager,
    coalitionId: string,
    organisationId: string,
  ): Promise<PortalActionItemRow[]> {
    return sqlRows<PortalActionItemRow>(
      manager,
      `SELECT a.id::text AS id, a.title, a.status, a.priority, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
              a.owner_id IS NOT NULL AS owned,
              CASE WHEN owner.organisation_id = $2 THEN owner.name END AS owner_name
         FROM action_item a
         LEFT JOIN person owner ON owner.coalition_id = a.coalition_id AND owner.id = a.owner_id
        WHERE a.coalition_id = $1 AND a.organisation_id = $2 AND a.deleted_at IS NULL
          AND a.status IN ${OPEN_STATUSES_SQL}
        ORDER BY a.due_on NULLS LAST, lower(a.title), a.id`,
      [coalitionId, organisationId],
    );
  }
}

/** Stateless (callers hand in their transaction's manager): services, seed and builders share it. */
export const actionItemsRepository = new ActionItemsRepository();
