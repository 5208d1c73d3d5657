import type {
  HandoverDroppedDto,
  HandoverItemDto,
  HandoverPersonRefDto,
  HandoverTransferDto,
  PersonStatus,
} from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../../../common/audit/audit.service';
import type { CoalitionContext } from '../../../common/auth/request-context';

/** The departing person's row as completion locked it (FOR UPDATE). */
export interface DepartingRow {
  id: string;
  name: string;
  status: PersonStatus;
  organisation_id: string | null;
  is_key_contact: boolean;
  successor_id: string | null;
  left_on: string | null;
}

/** A successor's row as completion locked it (FOR SHARE). */
export interface SuccessorRow {
  id: string;
  name: string;
  status: PersonStatus;
  organisation_id: string | null;
  is_key_contact: boolean;
  deleted: boolean;
}

/**
 * What one completion has done so far, shared by its steps: each step writes its rows, then
 * records here what it applied (or found gone), the report lines and the audit events, which are
 * written together at the end, in the order the steps ran.
 */
export class CompletionRun {
  readonly applied: string[] = [];
  readonly vanished: HandoverItemDto[] = [];
  readonly transfers: HandoverTransferDto[] = [];
  readonly dropped: HandoverDroppedDto[] = [];
  readonly audits: AuditRecord[] = [];
  readonly from: HandoverPersonRefDto;

  constructor(
    readonly manager: EntityManager,
    readonly ctx: CoalitionContext,
    readonly person: DepartingRow,
    readonly successors: Map<string, SuccessorRow>,
    readonly now: Date,
  ) {
    this.from = { id: person.id, name: person.name };
  }

  get coalitionId(): string {
    return this.ctx.coalitionId;
  }

  ref(id: string): HandoverPersonRefDto {
    return { id, name: this.successors.get(id)?.name ?? '' };
  }

  event(
    entityType: string,
    entityId: string,
    action: AuditRecord['action'],
    before: object,
    after: object,
  ): void {
    this.audits.push({
      coalitionId: this.ctx.coalitionId,
      actorUserId: this.ctx.user.id,
      entityType,
      entityId,
      action,
      before,
      after,
    });
  }
}
