import type {
  ActionItemDto,
  ActionItemOwnerStatus,
  ActionItemPriority,
  ActionItemStatus,
} from '@regiokracht/shared';
import { dateText, iso, isoOrNull } from '../commitments/support/sql-values';

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

export function toActionItemDto(row: ActionItemRow): ActionItemDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    ownerStatus: row.owner_status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    initiativeId: row.initiative_id,
    dueOn: row.due_on,
    status: row.status,
    priority: row.priority,
    completedAt: isoOrNull(row.completed_at),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export const ACTION_ITEM_SELECT = `
  SELECT a.id, a.title, a.description, a.owner_id, p.name AS owner_name, p.status AS owner_status,
         a.organisation_id, o.name AS organisation_name, a.initiative_id,
         ${dateText('a.due_on', 'due_on')}, a.status, a.priority, a.completed_at, a.version,
         a.created_at, a.updated_at
    FROM action_item a
    LEFT JOIN person p ON p.coalition_id = a.coalition_id AND p.id = a.owner_id
    LEFT JOIN organisation o ON o.coalition_id = a.coalition_id AND o.id = a.organisation_id`;

/** Statuses of work still to do (the only ones that can be overdue or orphaned). */
export const OPEN_STATUSES_SQL = `('open', 'in_progress', 'blocked')`;

/** Open, and held by someone who is no longer there to do it. */
export const ORPHANED_SQL = `(a.status IN ${OPEN_STATUSES_SQL} AND a.owner_id IS NOT NULL
  AND (p.status <> 'active' OR p.deleted_at IS NOT NULL))`;
