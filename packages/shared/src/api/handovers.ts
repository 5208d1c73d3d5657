/**
 * Handovers (docs/domain.md, "Domain model"): everything a leaving person holds moves to named
 * successors in one deliberate step, with the tacit knowledge written down in the notes.
 */
import type { PersonStatus } from './people';

export const HANDOVER_STATUSES = ['draft', 'completed'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** In the order a handover lists them. */
export const HANDOVER_ITEM_TYPES = [
  'organisation_owner',
  'key_contact',
  'commitment_contact',
  'initiative_lead',
  'action_item',
] as const;
export type HandoverItemType = (typeof HANDOVER_ITEM_TYPES)[number];

/**
 * - `pending`: will move to its successor (or be dropped) on completion
 * - `needs_review`: appeared or changed after the draft was made; completion waits until a PATCH
 *   lists it
 * - `gone`: the person no longer holds it; nothing to move
 * - `applied`: moved (or dropped) by the completed handover
 */
export const HANDOVER_ITEM_STATES = ['pending', 'needs_review', 'gone', 'applied'] as const;
export type HandoverItemState = (typeof HANDOVER_ITEM_STATES)[number];

/**
 * Why someone is a key contact of their organisation (docs/analytics.md, "Succession risk"): flagged, or
 * by their share of its interactions in the last 365 days.
 */
export type KeyContactBasis = 'flag' | 'share';

export interface HandoverPersonRefDto {
  id: string;
  name: string;
}

export interface HandoverItemDto {
  /** Id of the handover item (use it in PATCH `items`). */
  id: string;
  itemType: HandoverItemType;
  /**
   * The thing held: an action item, commitment or initiative id; an organisation id for
   * `organisation_owner` and `key_contact`.
   */
  itemId: string;
  /** Title / name as it was when last reviewed. */
  label: string;
  organisationId: string | null;
  organisationName: string | null;
  /** Type-specific facts at the time of the snapshot (status, dueOn, phase, share …). */
  detail: Record<string, string | number | boolean | null>;
  /** The successor chosen for this item; null falls back to the handover's default successor. */
  successorId: string | null;
  successorName: string | null;
  /** Who gets it on completion: the item's successor, else the default; null when dropped or none. */
  effectiveSuccessorId: string | null;
  effectiveSuccessorName: string | null;
  /** Action items only: closed (status `dropped`) instead of moved. */
  drop: boolean;
  dropReason: string | null;
  state: HandoverItemState;
  /** Found after the draft was made (the person took it on meanwhile). */
  addedAfterDraft: boolean;
  appliedAt: string | null;
}

export interface HandoverDepartingPersonDto {
  id: string;
  name: string;
  status: PersonStatus;
  organisationId: string | null;
  organisationName: string | null;
  leavingOn: string | null;
  leftOn: string | null;
  successorId: string | null;
  successorName: string | null;
}

/** What still stands between a draft and completion. */
export type HandoverBlockReason = 'no_successor' | 'needs_review' | 'successor_not_active';

export interface HandoverBlockerDto {
  /** Handover item id. */
  id: string;
  itemType: HandoverItemType;
  itemId: string;
  label: string;
  reason: HandoverBlockReason;
}

export interface HandoverTransferDto {
  itemType: HandoverItemType;
  itemId: string;
  label: string;
  organisationName: string | null;
  from: HandoverPersonRefDto;
  to: HandoverPersonRefDto;
  /** key_contact only: whether the successor now carries the key-contact flag (same organisation). */
  keyContactFlagMoved?: boolean;
}

export interface HandoverDroppedDto {
  itemType: 'action_item';
  itemId: string;
  label: string;
  reason: string;
}

/** What a completed handover moved where; stored with it and answered again on a repeat call. */
export interface HandoverReportDto {
  completedAt: string;
  completedBy: HandoverPersonRefDto | null;
  departingPerson: HandoverPersonRefDto & {
    statusAfter: PersonStatus;
    successor: HandoverPersonRefDto;
  };
  transfers: HandoverTransferDto[];
  dropped: HandoverDroppedDto[];
  /** Listed in the draft but no longer held by the person at completion. */
  notHeldAnyMore: { itemType: HandoverItemType; itemId: string; label: string }[];
  /** Transfers per successor, most first. */
  bySuccessor: (HandoverPersonRefDto & { count: number })[];
}

export interface HandoverSummaryDto {
  /** Items still to move or drop (not gone, not applied). */
  open: number;
  withSuccessor: number;
  dropped: number;
  /** Open items with neither a successor of their own nor a default successor. */
  missingSuccessor: number;
  needsReview: number;
}

export interface HandoverListItemDto {
  id: string;
  status: HandoverStatus;
  departingPerson: HandoverDepartingPersonDto;
  defaultSuccessorId: string | null;
  defaultSuccessorName: string | null;
  summary: HandoverSummaryDto;
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  version: number;
}

export interface HandoverDto extends HandoverListItemDto {
  /** The dossier: what the successor must know, open promises, who to call. */
  notes: string | null;
  items: HandoverItemDto[];
  /** Set once completed. */
  report: HandoverReportDto | null;
}

/** `POST handovers`: a second draft for the same person answers 409 with `handoverId`. */
export interface CreateHandoverRequest {
  departingPersonId: string;
}

export interface UpdateHandoverItemRequest {
  /** Handover item id. Listing an item also marks it reviewed. */
  id: string;
  /** An active person of the coalition; null clears the item's own choice (default applies). */
  successorId?: string | null;
  /** Action items only; requires dropReason. */
  drop?: boolean;
  dropReason?: string | null;
}

export interface UpdateHandoverRequest {
  version: number;
  notes?: string | null;
  defaultSuccessorId?: string | null;
  items?: UpdateHandoverItemRequest[];
}

export interface ListHandoversQuery {
  status?: HandoverStatus;
  departingPersonId?: string;
  /** Searches the departing person's name. */
  q?: string;
  /** createdAt, completedAt, personName, status; `-` for descending. Default -createdAt. */
  sort?: string;
  page?: number;
  pageSize?: number;
}

/**
 * 409 from `POST handovers/:id/complete` while something blocks it (nothing changed, except that
 * newly found holdings were added to the draft), and from any create/update that names a person
 * who has handed over (`successorId` is whom to assign instead).
 */
export interface HandoverConflictDto {
  statusCode: 409;
  message: string;
  details?: { field: string; message: string }[];
  blockers?: HandoverBlockerDto[];
  successorId?: string;
  handoverId?: string;
}
