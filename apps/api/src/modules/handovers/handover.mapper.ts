import type {
  HandoverDto,
  HandoverItemDto,
  HandoverItemState,
  HandoverItemType,
  HandoverListItemDto,
  HandoverReportDto,
  HandoverStatus,
  PersonStatus,
} from '@regiokracht/shared';
import { HANDOVER_ITEM_TYPES } from '@regiokracht/shared';

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
export const HANDOVER_SELECT = `
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
export const HANDOVER_ITEMS_SQL = `
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

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export function itemState(
  row: Pick<HandoverItemRow, 'applied_at' | 'gone_at' | 'needs_review'>,
): HandoverItemState {
  if (row.applied_at !== null) return 'applied';
  if (row.gone_at !== null) return 'gone';
  return row.needs_review ? 'needs_review' : 'pending';
}

export function toHandoverItemDto(row: HandoverItemRow): HandoverItemDto {
  return {
    id: row.id,
    itemType: row.item_type,
    itemId: row.item_id,
    label: row.label,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    detail: json(row.detail),
    successorId: row.successor_id,
    successorName: row.successor_name,
    effectiveSuccessorId: row.effective_successor_id,
    effectiveSuccessorName: row.effective_successor_name,
    drop: row.drop,
    dropReason: row.drop_reason,
    state: itemState(row),
    addedAfterDraft: row.added_after_draft,
    appliedAt: isoOrNull(row.applied_at),
  };
}

export function toHandoverListItemDto(row: HandoverRow): HandoverListItemDto {
  return {
    id: row.id,
    status: row.status,
    departingPerson: {
      id: row.person_id,
      name: row.person_name,
      status: row.person_status,
      organisationId: row.person_organisation_id,
      organisationName: row.person_organisation_name,
      leavingOn: row.person_leaving_on,
      leftOn: row.person_left_on,
      successorId: row.person_successor_id,
      successorName: row.person_successor_name,
    },
    defaultSuccessorId: row.default_successor_id,
    defaultSuccessorName: row.default_successor_name,
    summary: {
      open: Number(row.open_items),
      withSuccessor: Number(row.with_successor),
      dropped: Number(row.dropped),
      missingSuccessor: Number(row.missing_successor),
      needsReview: Number(row.needs_review),
    },
    createdByUserId: row.created_by_user_id,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    completedAt: isoOrNull(row.completed_at),
    version: row.version,
  };
}

export function toHandoverDto(row: HandoverRow, items: HandoverItemRow[]): HandoverDto {
  return {
    ...toHandoverListItemDto(row),
    notes: row.notes,
    items: items.map(toHandoverItemDto),
    report: row.report === null ? null : json(row.report),
  };
}

/**
 * What the audit log keeps of a handover: the choices, not the snapshots (labels and details
 * would repeat the held rows' own history).
 */
export function toHandoverAuditView(dto: HandoverDto): object {
  return {
    status: dto.status,
    departingPersonId: dto.departingPerson.id,
    notes: dto.notes,
    defaultSuccessorId: dto.defaultSuccessorId,
    items: dto.items.map((i) => ({
      id: i.id,
      itemType: i.itemType,
      itemId: i.itemId,
      successorId: i.successorId,
      drop: i.drop,
      dropReason: i.dropReason,
      state: i.state,
    })),
  };
}
