import type { ActionItemDto } from '@regiokracht/shared';
import { iso, isoOrNull } from '../commitments/support/sql-values';
import type { ActionItemRow } from './action-items.repository';

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
