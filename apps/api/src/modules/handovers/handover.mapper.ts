import type {
  HandoverDto,
  HandoverItemDto,
  HandoverItemState,
  HandoverListItemDto,
} from '@regiokracht/shared';
import type { HandoverItemRow, HandoverRow } from './handovers.repository';

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
