import type { EntityManager } from 'typeorm';
import { conflict } from '../../common/errors/conflict';
import { sqlOne } from '../../database/sql';
import { handoversRepository } from './handovers.repository';

/**
 * Refuses (409) to make a person who has handed over the owner, contact or lead of anything: what
 * they held moved to a successor, and new work must go there too. The answer names the successor
 * (`successorId`) so a client can offer "assign X instead".
 *
 * Call it inside the write's transaction, before the write: `FOR SHARE` on the person row
 * serialises with a completing handover (which holds `FOR UPDATE` on it), so an assignment either
 * commits before completion — and is then found and moved by it — or waits and is refused.
 *
 * `currentId` is the value the row already has: keeping an unchanged reference is not an
 * assignment (editing a finished item that a departed person once owned must keep working).
 */
export async function assertAssignable(
  manager: EntityManager,
  coalitionId: string,
  personId: string | null | undefined,
  field: string,
  currentId?: string | null,
): Promise<void> {
  if (!personId || personId === currentId) return;
  const person = await sqlOne<{ name: string; status: string; successor_id: string | null }>(
    manager,
    `SELECT name, status, successor_id FROM person WHERE coalition_id = $1 AND id = $2 FOR SHARE`,
    [coalitionId, personId],
  );
  // An unknown person is the reference checks' business (400), not ours.
  if (!person) return;
  const handover = await handoversRepository.latestCompletedFor(manager, coalitionId, personId);
  const leftWithSuccessor = person.status === 'left' && person.successor_id !== null;
  if (!handover && !leftWithSuccessor) return;
  const successorId = person.successor_id ?? handover?.default_successor_id ?? null;
  const successor = successorId
    ? await sqlOne<{ name: string }>(
        manager,
        `SELECT name FROM person WHERE coalition_id = $1 AND id = $2`,
        [coalitionId, successorId],
      )
    : undefined;
  const successorName = successor?.name ?? 'their successor';
  const handedOver = `${person.name} has handed over to ${successorName}`;
  throw conflict(
    `${handedOver}; assign ${successorName} instead`,
    [{ field, message: handedOver }],
    { successorId },
  );
}
