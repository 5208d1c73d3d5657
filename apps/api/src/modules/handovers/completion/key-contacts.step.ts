import type { HandoverItemDto } from '@regiokracht/shared';
import type { CompletionRun } from './completion-run';

/**
 * Key-contact roles go to the successors. The person flag means "key contact of their own
 * organisation", so it only moves within it. Answers whether the departing person keeps theirs.
 */
export async function transferKeyContacts(
  run: CompletionRun,
  live: readonly HandoverItemDto[],
): Promise<boolean> {
  const { person } = run;
  let departingKeepsFlag = person.is_key_contact;
  const newlyFlagged = new Set<string>();
  for (const item of live.filter((i) => i.itemType === 'key_contact')) {
    const to = run.successors.get(item.effectiveSuccessorId!)!;
    const flagMoved = to.organisation_id !== null && to.organisation_id === item.organisationId;
    if (flagMoved && !to.is_key_contact) newlyFlagged.add(to.id);
    if (flagMoved && item.organisationId === person.organisation_id) departingKeepsFlag = false;
    run.applied.push(item.id);
    run.transfers.push({
      itemType: 'key_contact',
      itemId: item.itemId,
      label: item.label,
      organisationName: item.organisationName,
      from: run.from,
      to: run.ref(to.id),
      keyContactFlagMoved: flagMoved,
    });
    run.event(
      'organisation',
      item.itemId,
      'transfer',
      { keyContactId: run.from.id, keyContactName: run.from.name },
      { keyContactId: to.id, keyContactName: to.name },
    );
  }
  if (newlyFlagged.size > 0) {
    await run.manager.query(
      `UPDATE person SET is_key_contact = true, version = version + 1, updated_at = now()
        WHERE coalition_id = $1 AND id = ANY($2::uuid[])`,
      [run.coalitionId, [...newlyFlagged]],
    );
    for (const id of newlyFlagged)
      run.event('person', id, 'update', { isKeyContact: false }, { isKeyContact: true });
  }
  return departingKeepsFlag;
}
