import type { HandoverItemDto } from '@regiokracht/shared';
import { actionItemsRepository } from '../../action-items/action-items.repository';
import type { CompletionRun } from './completion-run';
import type { HolderStep } from './holder-step';

/** Open action items the departing person owns go to their successors. */
export const actionItemOwners: HolderStep = {
  itemType: 'action_item',
  entityType: 'action_item',
  field: 'owner',
  move: (manager, coalitionId, from, moves) =>
    actionItemsRepository.transferOwner(manager, coalitionId, from, moves),
};

/** Dropped action items are closed (status dropped); the departed person stays on them as history. */
export async function dropActionItems(
  run: CompletionRun,
  live: readonly HandoverItemDto[],
): Promise<void> {
  const drops = live.filter((i) => i.drop);
  if (drops.length === 0) return;
  const previous = await actionItemsRepository.dropOwned(
    run.manager,
    run.coalitionId,
    run.person.id,
    drops.map((i) => i.itemId),
  );
  for (const item of drops) {
    const status = previous.get(item.itemId);
    if (status === undefined) {
      run.vanished.push(item);
      continue;
    }
    run.applied.push(item.id);
    run.dropped.push({
      itemType: 'action_item',
      itemId: item.itemId,
      label: item.label,
      reason: item.dropReason ?? '',
    });
    run.event(
      'action_item',
      item.itemId,
      'update',
      { status, dropReason: null },
      { status: 'dropped', dropReason: item.dropReason },
    );
  }
}
