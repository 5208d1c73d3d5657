import type { AuditAction } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { restoreRow, softDeleteRow } from './soft-delete';
import { type RecordErrorCodes, updateVersioned } from './versioned-update';

/** What the audited writes need to know about an aggregate's table. */
export interface AuditedTable {
  table: string;
  /** `entity_type` of its audit events. */
  entityType: string;
  /** Human name for 404 messages. */
  label: string;
  codes: RecordErrorCodes;
  /** Column holding the tenant: `coalition_id`, or `id` for the coalition table itself. */
  tenantColumn?: string;
  /** Whether the table has `deleted_at` (default true). */
  softDelete?: boolean;
}

/** Who writes, in which coalition. */
export interface WriteActor {
  coalitionId: string;
  actorUserId: string | null;
}

export interface VersionedChange<Dto> {
  id: string;
  version: number;
  /** Column → new value (see patchColumns). */
  set: Record<string, unknown>;
  /** The response shape before the change (read in the same transaction). */
  before: Dto;
  /**
   * Reads the response shape after the change. Runs after `beforeAudit`, so link tables written
   * there show in the audited `after`.
   */
  reload: () => Promise<Dto>;
  /** Writes that belong to the same change (link tables, history rows), before it is audited. */
  beforeAudit?: () => Promise<void>;
}

/**
 * The one audited, versioned write path: every mutation of an aggregate row goes through here, so
 * each one checks the version (409 with the current one, 404 when gone), bumps it and writes its
 * audit event (before/after of the changed fields) in the caller's transaction.
 */
export class AuditedWriter<Dto extends object> {
  constructor(readonly target: AuditedTable) {}

  /** Audits a row the repository has just inserted. */
  async created(manager: EntityManager, actor: WriteActor, id: string, after: Dto): Promise<Dto> {
    await this.record(manager, actor, id, 'create', null, after);
    return after;
  }

  async update(
    manager: EntityManager,
    actor: WriteActor,
    change: VersionedChange<Dto>,
  ): Promise<Dto> {
    await updateVersioned(manager, {
      table: this.target.table,
      tenantColumn: this.target.tenantColumn,
      coalitionId: actor.coalitionId,
      id: change.id,
      version: change.version,
      set: change.set,
      label: this.target.label,
      softDelete: this.target.softDelete,
      codes: this.target.codes,
    });
    await change.beforeAudit?.();
    const after = await change.reload();
    await this.record(manager, actor, change.id, 'update', change.before, after);
    return after;
  }

  /**
   * Soft delete with its audit event. Only a live row is touched: a concurrent delete that got
   * there first keeps its deleted_at.
   */
  async softDelete(
    manager: EntityManager,
    actor: WriteActor,
    id: string,
    before: Dto,
  ): Promise<void> {
    await softDeleteRow(manager, this.target.table, actor.coalitionId, id, { liveOnly: true });
    await this.record(manager, actor, id, 'delete', before, null);
  }

  async restore(
    manager: EntityManager,
    actor: WriteActor,
    id: string,
    before: Dto,
    reload: () => Promise<Dto>,
  ): Promise<Dto> {
    await restoreRow(manager, this.target.table, actor.coalitionId, id);
    const after = await reload();
    await this.record(manager, actor, id, 'restore', before, after);
    return after;
  }

  private record(
    manager: EntityManager,
    actor: WriteActor,
    id: string,
    action: AuditAction,
    before: Dto | null,
    after: Dto | null,
  ): Promise<void> {
    return recordAudit(manager, [
      {
        coalitionId: actor.coalitionId,
        actorUserId: actor.actorUserId,
        entityType: this.target.entityType,
        entityId: id,
        action,
        before,
        after,
      },
    ]);
  }
}

/** The actor of a request context. */
export function actorOf(ctx: { coalitionId: string; user: { id: string } }): WriteActor {
  return { coalitionId: ctx.coalitionId, actorUserId: ctx.user.id };
}
