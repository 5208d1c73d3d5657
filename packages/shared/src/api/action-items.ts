/** Action items: one owner each, or none (unowned) — docs/domain.md, "Domain model". */
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'blocked', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_PRIORITIES = ['low', 'normal', 'high'] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

/** A person's status as shown next to an owner (mirrors person.status). */
export type ActionItemOwnerStatus = 'active' | 'leaving' | 'left';

export interface ActionItemDto {
  id: string;
  title: string;
  description: string | null;
  /** The one owner; null means unowned. */
  ownerId: string | null;
  ownerName: string | null;
  ownerStatus: ActionItemOwnerStatus | null;
  organisationId: string | null;
  organisationName: string | null;
  initiativeId: string | null;
  dueOn: string | null;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  /** Set when the status became `done`; null otherwise. */
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateActionItemRequest {
  title: string;
  description?: string | null;
  ownerId?: string | null;
  organisationId?: string | null;
  initiativeId?: string | null;
  dueOn?: string | null;
  /** Default `open`. */
  status?: ActionItemStatus;
  /** Default `normal`. */
  priority?: ActionItemPriority;
}

export type UpdateActionItemRequest = Partial<CreateActionItemRequest> & { version: number };

/**
 * `POST action-items/bulk-assign`: gives every listed item the same owner (null = unowned) in one
 * transaction. Each item carries the version the caller read; one stale version refuses the whole
 * request with 409.
 */
export interface BulkAssignActionItemsRequest {
  items: { id: string; version: number }[];
  ownerId: string | null;
}

export interface BulkAssignActionItemsResponse {
  items: ActionItemDto[];
}
