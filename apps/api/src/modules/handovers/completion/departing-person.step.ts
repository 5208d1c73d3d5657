import type { PersonStatus } from '@regiokracht/shared';
import type { CompletionRun } from './completion-run';

/**
 * The departing person's own record: their successor, and left (once their leaving day has come)
 * or leaving. Answers the status after.
 */
export async function recordDeparture(
  run: CompletionRun,
  successorId: string,
  keepsKeyContactFlag: boolean,
): Promise<PersonStatus> {
  const { person } = run;
  const today = run.now.toISOString().slice(0, 10);
  const statusAfter: PersonStatus =
    person.status === 'left' || (person.left_on !== null && person.left_on <= today)
      ? 'left'
      : 'leaving';
  await run.manager.query(
    `UPDATE person SET successor_id = $3, status = $4, is_key_contact = $5, version = version + 1, updated_at = now()
      WHERE coalition_id = $1 AND id = $2`,
    [run.coalitionId, person.id, successorId, statusAfter, keepsKeyContactFlag],
  );
  run.event(
    'person',
    person.id,
    'update',
    {
      status: person.status,
      successorId: person.successor_id,
      isKeyContact: person.is_key_contact,
    },
    { status: statusAfter, successorId, isKeyContact: keepsKeyContactFlag },
  );
  return statusAfter;
}
