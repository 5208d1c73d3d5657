import type { DigestDto, NotificationDto, NotificationKind } from '@regiokracht/shared';

export interface NotificationRow {
  id: string;
  coalition_id: string;
  coalition_name: string;
  kind: NotificationKind;
  title: string;
  payload: DigestDto | string;
  created_at: Date | string;
  read_at: Date | string | null;
}

/** Columns of NotificationRow from `notification n JOIN coalition c`. */
export const NOTIFICATION_COLUMNS = `n.id::text AS id, n.coalition_id::text AS coalition_id,
  c.name AS coalition_name, n.kind, n.title, n.payload, n.created_at, n.read_at`;

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    coalitionName: row.coalition_name,
    kind: row.kind,
    title: row.title,
    digest: typeof row.payload === 'string' ? (JSON.parse(row.payload) as DigestDto) : row.payload,
    createdAt: iso(row.created_at),
    readAt: row.read_at === null ? null : iso(row.read_at),
  };
}
