import {
  HANDOVER_ITEM_TYPES,
  HandoverErrorCode,
  type HandoverItemDto,
  type HandoverItemType,
  type HandoverReportDto,
  type HandoverStatus,
  type PersonStatus,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlOneOrNotFound } from '../../common/db/soft-delete';
import { listPage } from '../../common/db/list-query';
import { SqlFilter } from '../../common/db/sql-filter';
import { updateVersioned } from '../../common/db/versioned-update';
import { likePattern, orderBy } from '../../common/pagination/page';
import { sqlOne, sqlRows } from '../../database/sql';
import { HANDOVER_SORTS, type ListHandoversQuery } from './dto/list-handovers.query';

export interface HandoverRow {
  id: string;
  status: HandoverStatus;
  notes: string | null;
  default_successor_id: string | null;
  default_successor_name: string | null;
  report: HandoverReportDto | string | null;
  created_by_user_id: string | null;
  completed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
  person_id: string;
  person_name: string;
  person_status: PersonStatus;
  person_organisation_id: string | null;
  person_organisation_name: string | null;
  person_leaving_on: string | null;
  person_left_on: string | null;
  person_successor_id: string | null;
  person_successor_name: string | null;
  open_items: number | string;
  with_successor: number | string;
  dropped: number | string;
  missing_successor: number | string;
  needs_review: number | string;
}

/** One handover with its departing person and the counts behind its summary; filter with h.*. */
const HANDOVER_SELECT = `
  SELECT h.id, h.status, h.notes, h.default_successor_id, ds.name AS default_successor_name, h.report,
         h.created_by_user_id, h.completed_at, h.created_at, h.updated_at, h.version,
         p.id AS person_id, p.name AS person_name, p.status AS person_status,
         p.organisation_id AS person_organisation_id, po.name AS person_organisation_name,
         to_char(p.leaving_on, 'YYYY-MM-DD') AS person_leaving_on, to_char(p.left_on, 'YYYY-MM-DD') AS person_left_on,
         p.successor_id AS person_successor_id, ps.name AS person_successor_name,
         s.open_items, s.with_successor, s.dropped, s.missing_successor, s.needs_review
    FROM handover h
    JOIN person p ON p.coalition_id = h.coalition_id AND p.id = h.departing_person_id
    LEFT JOIN organisation po ON po.coalition_id = p.coalition_id AND po.id = p.organisation_id
    LEFT JOIN person ps ON ps.coalition_id = p.coalition_id AND ps.id = p.successor_id
    LEFT JOIN person ds ON ds.coalition_id = h.coalition_id AND ds.id = h.default_successor_id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE live)::int AS open_items,
             count(*) FILTER (WHERE live AND NOT hi.drop
                               AND coalesce(hi.successor_id, h.default_successor_id) IS NOT NULL)::int AS with_successor,
             count(*) FILTER (WHERE live AND hi.drop)::int AS dropped,
             count(*) FILTER (WHERE live AND NOT hi.drop
                               AND coalesce(hi.successor_id, h.default_successor_id) IS NULL)::int AS missing_successor,
             count(*) FILTER (WHERE live AND hi.needs_review)::int AS needs_review
        FROM (SELECT i.*, i.gone_at IS NULL AND i.applied_at IS NULL AS live
                FROM handover_item i WHERE i.coalition_id = h.coalition_id AND i.handover_id = h.id) hi
    ) s`;

export interface HandoverItemRow {
  id: string;
  item_type: HandoverItemType;
  item_id: string;
  label: string;
  organisation_id: string | null;
  organisation_name: string | null;
  detail: HandoverItemDto['detail'] | string;
  item_version: number | null;
  successor_id: string | null;
  successor_name: string | null;
  effective_successor_id: string | null;
  effective_successor_name: string | null;
  drop: boolean;
  drop_reason: string | null;
  added_after_draft: boolean;
  needs_review: boolean;
  gone_at: Date | string | null;
  applied_at: Date | string | null;
}

const TYPE_ORDER = `array_position(ARRAY[${HANDOVER_ITEM_TYPES.map((t) => `'${t}'`).join(', ')}], hi.item_type)`;

/** The items of one handover ($1 coalition, $2 handover) in the order a dossier reads them. */
const HANDOVER_ITEMS_SQL = `
  SELECT hi.id, hi.item_type, hi.item_id::text AS item_id, hi.label, hi.organisation_id::text AS organisation_id,
         o.name AS organisation_name, hi.detail, hi.item_version, hi.successor_id, s.name AS successor_name,
         CASE WHEN hi.drop THEN NULL ELSE coalesce(hi.successor_id, h.default_successor_id) END AS effective_successor_id,
         CASE WHEN hi.drop THEN NULL ELSE coalesce(s.name, ds.name) END AS effective_successor_name,
         hi.drop, hi.drop_reason, hi.added_after_draft, hi.needs_review, hi.gone_at, hi.applied_at
    FROM handover_item hi
    JOIN handover h ON h.coalition_id = hi.coalition_id AND h.id = hi.handover_id
    LEFT JOIN organisation o ON o.coalition_id = hi.coalition_id AND o.id = hi.organisation_id
    LEFT JOIN person s ON s.coalition_id = hi.coalition_id AND s.id = hi.successor_id
    LEFT JOIN person ds ON ds.coalition_id = h.coalition_id AND ds.id = h.default_successor_id
   WHERE hi.coalition_id = $1 AND hi.handover_id = $2
   ORDER BY ${TYPE_ORDER}, lower(hi.label), hi.id`;

/** A held thing as a handover item's columns (see holdings.sql.ts). */
export interface HandoverItemRecord {
  item_type: HandoverItemType;
  item_id: string;
  label: string;
  organisation_id: string | null;
  detail: Record<string, string | number | boolean | null>;
  item_version: number | null;
}

/** An item not applied yet, as the sync with the person's holdings compares it. */
export interface PendingItemRow {
  id: string;
  item_type: HandoverItemType;
  item_id: string;
  item_version: number | null;
  gone_at: unknown;
}

/** The successor choice, drop and reason of one item after a PATCH. */
export interface HandoverItemChoice {
  id: string;
  successor_id: string | null;
  drop: boolean;
  drop_reason: string | null;
}

/** The handover and handover_item tables: every read and write of their SQL. Stateless. */
export class HandoversRepository {
  async list(
    manager: EntityManager,
    coalitionId: string,
    query: ListHandoversQuery,
  ): Promise<{ rows: HandoverRow[]; total: number }> {
    const where = new SqlFilter(['h.coalition_id = $1'], [coalitionId]);
    const add = where.add.bind(where);
    if (query.status) add((n) => `h.status = ${n}`, query.status);
    if (query.departingPersonId)
      add((n) => `h.departing_person_id = ${n}`, query.departingPersonId);
    if (query.q) add((n) => `p.name ILIKE ${n}`, likePattern(query.q));
    // The one list builder: the real total even on a page past the end.
    const page = await listPage(manager, {
      select: HANDOVER_SELECT,
      where,
      orderBy: orderBy(query.sort, HANDOVER_SORTS, '-createdAt', 'h.id'),
      map: (row: HandoverRow) => row,
      ...query,
    });
    return { rows: page.items, total: page.total };
  }

  /** The handover, else 404. */
  findRow(manager: EntityManager, coalitionId: string, id: string): Promise<HandoverRow> {
    return sqlOneOrNotFound<HandoverRow>(
      manager,
      `${HANDOVER_SELECT} WHERE h.coalition_id = $1 AND h.id = $2`,
      [coalitionId, id],
      'Handover',
      HandoverErrorCode.NOT_FOUND,
    );
  }

  /** Its items in the order a dossier reads them. */
  items(manager: EntityManager, coalitionId: string, id: string): Promise<HandoverItemRow[]> {
    return sqlRows<HandoverItemRow>(manager, HANDOVER_ITEMS_SQL, [coalitionId, id]);
  }

  /** Its status under FOR UPDATE (completion serialises on it), or undefined when gone. */
  async lockStatus(
    manager: EntityManager,
    coalitionId: string,
    id: string,
  ): Promise<HandoverStatus | undefined> {
    const row = await sqlOne<{ status: HandoverStatus }>(
      manager,
      `SELECT status FROM handover WHERE coalition_id = $1 AND id = $2 FOR UPDATE`,
      [coalitionId, id],
    );
    return row?.status;
  }

  /** A new draft for the person, or undefined when they already have one (one draft at a time). */
  async insertDraft(
    manager: EntityManager,
    coalitionId: string,
    departingPersonId: string,
    createdByUserId: string,
  ): Promise<string | undefined> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `INSERT INTO handover (coalition_id, departing_person_id, created_by_user_id) VALUES ($1, $2, $3)
       ON CONFLICT (coalition_id, departing_person_id) WHERE status = 'draft' DO NOTHING RETURNING id`,
      [coalitionId, departingPersonId, createdByUserId],
    );
    return row?.id;
  }

  async draftIdOf(
    manager: EntityManager,
    coalitionId: string,
    departingPersonId: string,
  ): Promise<string | undefined> {
    const row = await sqlOne<{ id: string }>(
      manager,
      `SELECT id FROM handover WHERE coalition_id = $1 AND departing_person_id = $2 AND status = 'draft'`,
      [coalitionId, departingPersonId],
    );
    return row?.id;
  }

  /** The default successor of the person's latest completed handover, or undefined if none. */
  async latestCompletedFor(
    manager: EntityManager,
    coalitionId: string,
    departingPersonId: string,
  ): Promise<{ default_successor_id: string | null } | undefined> {
    return sqlOne<{ default_successor_id: string | null }>(
      manager,
      `SELECT default_successor_id FROM handover
        WHERE coalition_id = $1 AND departing_person_id = $2 AND status = 'completed'
        ORDER BY completed_at DESC LIMIT 1`,
      [coalitionId, departingPersonId],
    );
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
      table: 'handover',
      coalitionId,
      id,
      version,
      set,
      label: 'Handover',
      softDelete: false,
      codes: HandoverErrorCode,
    });
  }

  /** Stores the choices; every listed item counts as reviewed. */
  async setItemChoices(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    choices: readonly HandoverItemChoice[],
  ): Promise<void> {
    if (choices.length === 0) return;
    await manager.query(
      `UPDATE handover_item hi
          SET successor_id = x.successor_id, drop = x.drop, drop_reason = x.drop_reason,
              needs_review = false, updated_at = now()
         FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, successor_id uuid, drop boolean, drop_reason text)
        WHERE hi.coalition_id = $1 AND hi.handover_id = $2 AND hi.id = x.id`,
      [coalitionId, handoverId, JSON.stringify(choices)],
    );
  }

  async delete(manager: EntityManager, coalitionId: string, id: string): Promise<void> {
    await manager.query(`DELETE FROM handover WHERE coalition_id = $1 AND id = $2`, [
      coalitionId,
      id,
    ]);
  }

  /** Writes held things as items; `afterDraft` marks ones found later, to be reviewed. */
  async insertItems(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    records: readonly HandoverItemRecord[],
    afterDraft: boolean,
  ): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO handover_item (coalition_id, handover_id, item_type, item_id, label, organisation_id, detail,
                                  item_version, added_after_draft, needs_review)
       SELECT $1, $2, x.item_type, x.item_id, x.label, x.organisation_id, coalesce(x.detail, '{}'::jsonb),
              x.item_version, $4, $4
         FROM jsonb_to_recordset($3::jsonb)
           AS x(item_type text, item_id uuid, label text, organisation_id uuid, detail jsonb, item_version int)`,
      [coalitionId, handoverId, JSON.stringify(records), afterDraft],
    );
  }

  pendingItems(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
  ): Promise<PendingItemRow[]> {
    return sqlRows<PendingItemRow>(
      manager,
      `SELECT id, item_type, item_id::text AS item_id, item_version, gone_at FROM handover_item
        WHERE coalition_id = $1 AND handover_id = $2 AND applied_at IS NULL`,
      [coalitionId, handoverId],
    );
  }

  /** New snapshots of items whose held row changed (or is held again): each needs a review. */
  async refreshItems(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    changed: readonly (HandoverItemRecord & { id: string })[],
  ): Promise<void> {
    if (changed.length === 0) return;
    await manager.query(
      `UPDATE handover_item hi
          SET label = x.label, organisation_id = x.organisation_id, detail = coalesce(x.detail, '{}'::jsonb),
              item_version = x.item_version, gone_at = NULL, needs_review = true, updated_at = now()
         FROM jsonb_to_recordset($3::jsonb)
           AS x(id uuid, label text, organisation_id uuid, detail jsonb, item_version int)
        WHERE hi.coalition_id = $1 AND hi.handover_id = $2 AND hi.id = x.id`,
      [coalitionId, handoverId, JSON.stringify(changed)],
    );
  }

  /** Items no longer held: nothing to move. */
  markItemsGone(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    ids: readonly string[],
    at: Date,
  ): Promise<void> {
    return this.stampItems(manager, coalitionId, handoverId, ids, 'gone_at', at);
  }

  /** Items a completion moved (or dropped). */
  markItemsApplied(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    ids: readonly string[],
    at: Date,
  ): Promise<void> {
    return this.stampItems(manager, coalitionId, handoverId, ids, 'applied_at', at);
  }

  /** The completed state with its report (the stored answer to every later completion call). */
  async markCompleted(
    manager: EntityManager,
    coalitionId: string,
    id: string,
    at: Date,
    completedByUserId: string,
    report: HandoverReportDto,
  ): Promise<void> {
    await manager.query(
      `UPDATE handover SET status = 'completed', completed_at = $3, completed_by_user_id = $4, report = $5::jsonb,
                           version = version + 1, updated_at = now()
        WHERE coalition_id = $1 AND id = $2`,
      [coalitionId, id, at.toISOString(), completedByUserId, JSON.stringify(report)],
    );
  }

  private async stampItems(
    manager: EntityManager,
    coalitionId: string,
    handoverId: string,
    ids: readonly string[],
    column: 'gone_at' | 'applied_at',
    at: Date,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE handover_item SET ${column} = $3, updated_at = now()
        WHERE coalition_id = $1 AND handover_id = $2 AND id = ANY($4::uuid[])`,
      [coalitionId, handoverId, at.toISOString(), [...ids]],
    );
  }
}

export const handoversRepository = new HandoversRepository();
