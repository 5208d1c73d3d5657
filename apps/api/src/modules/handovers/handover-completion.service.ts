import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type HandoverDto,
  HandoverErrorCode,
  type HandoverItemDto,
  type HandoverReportDto,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { conflict } from '../../common/errors/conflict';
import { sqlOne, sqlRows } from '../../database/sql';
import { actionItemOwners, dropActionItems } from './completion/action-items.step';
import { commitmentContacts } from './completion/commitment-contacts.step';
import {
  blockedConflict,
  choosePersonSuccessor,
  countBySuccessor,
  findBlockers,
} from './completion/completion-rules';
import { CompletionRun, type DepartingRow, type SuccessorRow } from './completion/completion-run';
import { recordDeparture } from './completion/departing-person.step';
import { applyHolderStep } from './completion/holder-step';
import { initiativeLeads } from './completion/initiative-leads.step';
import { transferKeyContacts } from './completion/key-contacts.step';
import { organisationsOwned } from './completion/organisations-owned.step';
import { syncItems } from './handover-items';
import { toHandoverAuditView } from './handover.mapper';
import { handoversRepository } from './handovers.repository';
import { findHandover } from './handovers.service';

/** The held rows, in the order completion moves them (and audits the moves). */
const HOLDER_STEPS = [actionItemOwners, organisationsOwned, commitmentContacts, initiativeLeads];

type Outcome = { handover: HandoverDto } | { blocked: ReturnType<typeof conflict> };

/**
 * Completes a handover: every transfer in one transaction, or none. The departing person's row is
 * locked FOR UPDATE first; assignments elsewhere take FOR SHARE on the person they assign
 * (assertAssignable), so each either lands before completion — and is found and moved here — or
 * waits and is refused afterwards. Each kind of held thing is one step (completion/*.step.ts).
 */
@Injectable()
export class HandoverCompletionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async complete(ctx: CoalitionContext, id: string): Promise<HandoverDto> {
    const current = await findHandover(this.db.manager, ctx.coalitionId, id);
    // A repeat call answers the stored report and touches nothing.
    if (current.status === 'completed') return current;
    const outcome = await this.db.transaction(async (manager): Promise<Outcome> => {
      const person = await sqlOne<DepartingRow>(
        manager,
        `SELECT id, name, status, organisation_id, is_key_contact, successor_id, to_char(left_on, 'YYYY-MM-DD') AS left_on
           FROM person WHERE coalition_id = $1 AND id = $2 FOR UPDATE`,
        [ctx.coalitionId, current.departingPerson.id],
      );
      const status = await handoversRepository.lockStatus(manager, ctx.coalitionId, id);
      if (!status || !person || status === 'completed')
        return { handover: await findHandover(manager, ctx.coalitionId, id) };
      const now = this.clock.now();
      await syncItems(manager, ctx.coalitionId, id, person.id, now);
      const draft = await findHandover(manager, ctx.coalitionId, id);
      const live = draft.items.filter((i) => i.state === 'pending' || i.state === 'needs_review');
      const successors = await this.lockSuccessors(manager, ctx.coalitionId, [
        ...live.flatMap((i) => (i.effectiveSuccessorId ? [i.effectiveSuccessorId] : [])),
        ...(draft.defaultSuccessorId ? [draft.defaultSuccessorId] : []),
        ...(person.successor_id ? [person.successor_id] : []),
      ]);
      const blockers = findBlockers(live, successors);
      if (blockers.length > 0) return { blocked: blockedConflict(blockers) };
      if (person.status === 'active') {
        return {
          blocked: conflict(
            `Mark ${person.name} as leaving (with leavingOn) or left (with leftOn) before completing the handover`,
            [{ field: 'departingPersonId', message: 'is still active' }],
            { code: HandoverErrorCode.NOT_READY },
          ),
        };
      }
      const personSuccessorId = choosePersonSuccessor(draft, live, person, successors);
      if (!personSuccessorId) {
        return {
          blocked: conflict(
            `Choose a default successor: ${person.name} needs a successor`,
            [
              {
                field: 'defaultSuccessorId',
                message: 'is required when no item names a successor',
              },
            ],
            { code: HandoverErrorCode.NOT_READY },
          ),
        };
      }
      const run = new CompletionRun(manager, ctx, person, successors, now);
      return { handover: await this.apply(run, draft, live, personSuccessorId) };
    });
    if ('blocked' in outcome) throw outcome.blocked;
    return outcome.handover;
  }

  private async lockSuccessors(
    manager: EntityManager,
    coalitionId: string,
    ids: string[],
  ): Promise<Map<string, SuccessorRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    // FOR SHARE: a successor cannot be marked leaving while work is being handed to them.
    const rows = await sqlRows<SuccessorRow>(
      manager,
      `SELECT id::text AS id, name, status, organisation_id::text AS organisation_id, is_key_contact,
              deleted_at IS NOT NULL AS deleted
         FROM person WHERE coalition_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE`,
      [coalitionId, unique],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The steps in order, then the items' state, the report and every audit event. */
  private async apply(
    run: CompletionRun,
    draft: HandoverDto,
    live: HandoverItemDto[],
    personSuccessorId: string,
  ): Promise<HandoverDto> {
    for (const step of HOLDER_STEPS) await applyHolderStep(run, step, live);
    await dropActionItems(run, live);
    const keepsKeyContactFlag = await transferKeyContacts(run, live);
    const statusAfter = await recordDeparture(run, personSuccessorId, keepsKeyContactFlag);

    const { manager, coalitionId, now } = run;
    await handoversRepository.markItemsApplied(manager, coalitionId, draft.id, run.applied, now);
    await handoversRepository.markItemsGone(
      manager,
      coalitionId,
      draft.id,
      run.vanished.map((i) => i.id),
      now,
    );
    const report: HandoverReportDto = {
      completedAt: now.toISOString(),
      completedBy: { id: run.ctx.user.id, name: run.ctx.user.name },
      departingPerson: { ...run.from, statusAfter, successor: run.ref(personSuccessorId) },
      transfers: run.transfers,
      dropped: run.dropped,
      notHeldAnyMore: [...draft.items.filter((i) => i.state === 'gone'), ...run.vanished].map(
        (i) => ({ itemType: i.itemType, itemId: i.itemId, label: i.label }),
      ),
      bySuccessor: countBySuccessor(run.transfers),
    };
    await handoversRepository.markCompleted(
      manager,
      coalitionId,
      draft.id,
      now,
      run.ctx.user.id,
      report,
    );
    const after = await findHandover(manager, coalitionId, draft.id);
    run.event(
      'handover',
      draft.id,
      'update',
      toHandoverAuditView(draft),
      toHandoverAuditView(after),
    );
    await this.audit.recordMany(manager, run.audits);
    return after;
  }
}
