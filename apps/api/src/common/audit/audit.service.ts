import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity, type AuditChanges } from './audit-event.entity';

export interface AuditRecord {
  coalitionId: string;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  /** Plain objects of the response shape before/after; only changed fields are stored. */
  before?: object | null;
  after?: object | null;
}

const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

/** Before/after of the fields that differ (all fields for a create, none when nothing changed). */
export function diffChanges(
  before: object | null | undefined,
  after: object | null | undefined,
): AuditChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(key)) continue;
    const was = b[key] ?? null;
    const now = a[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}

/**
 * Writes audit events. Always called with the transaction's EntityManager, so the event commits
 * or rolls back together with the change it describes.
 */
export async function recordAudit(manager: EntityManager, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const repo = manager.getRepository(AuditEventEntity);
  const events = records.map((r) =>
    repo.create({
      coalitionId: r.coalitionId,
      actorUserId: r.actorUserId,
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      changes: diffChanges(r.before, r.after),
    }),
  );
  // save() rather than insert(): insert's deep-partial type cannot express the jsonb record.
  await repo.save(events);
}

/** `recordAudit` for the services that have it injected. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await recordAudit(manager, [record]);
  }

  async recordMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    await recordAudit(manager, records);
  }
}
