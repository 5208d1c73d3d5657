import type { HandoverItemDto, HandoverItemType } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import type { HolderMove } from '../../../common/db/reassign-holder';
import type { CompletionRun } from './completion-run';

/**
 * One kind of held row (owner, contact, lead) and the repository call that hands it on. Each
 * step's `move` re-checks that the departing person still holds the row and answers the ids it
 * moved: the rest was taken over meanwhile and counts as no longer held.
 */
export interface HolderStep {
  itemType: Exclude<HandoverItemType, 'key_contact'>;
  /** `entity_type` of the audit events, and the field they name (`ownerId`/`ownerName`, …). */
  entityType: string;
  field: string;
  move(
    manager: EntityManager,
    coalitionId: string,
    fromPersonId: string,
    moves: HolderMove[],
  ): Promise<Set<string>>;
}

/** Moves this kind's items that are not dropped; records a transfer and an audit event for each. */
export async function applyHolderStep(
  run: CompletionRun,
  step: HolderStep,
  live: readonly HandoverItemDto[],
): Promise<void> {
  const items = live.filter((i) => i.itemType === step.itemType && !i.drop);
  if (items.length === 0) return;
  const moved = await step.move(
    run.manager,
    run.coalitionId,
    run.person.id,
    items.map((i) => ({ itemId: i.itemId, successorId: i.effectiveSuccessorId! })),
  );
  for (const item of items) {
    if (!moved.has(item.itemId)) {
      run.vanished.push(item);
      continue;
    }
    const to = run.ref(item.effectiveSuccessorId!);
    run.applied.push(item.id);
    run.transfers.push({
      itemType: step.itemType,
      itemId: item.itemId,
      label: item.label,
      organisationName: item.organisationName,
      from: run.from,
      to,
    });
    run.event(
      step.entityType,
      item.itemId,
      'transfer',
      { [`${step.field}Id`]: run.from.id, [`${step.field}Name`]: run.from.name },
      { [`${step.field}Id`]: to.id, [`${step.field}Name`]: to.name },
    );
  }
}
