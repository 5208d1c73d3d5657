import type { EntityManager } from 'typeorm';
import { InvitationsRepository } from '../members/invitations.repository';
import { PasswordResetsRepository } from './password-resets.repository';

/**
 * What must follow every change of an account's password (accepting an invitation, a reset, the
 * admin CLI), in the same transaction: every other way in that was handed out before stops working
 * — outstanding invitation links, reset links and signed-in sessions.
 */
export async function endOtherCredentials(
  manager: EntityManager,
  userId: string,
  now: Date,
): Promise<void> {
  await new InvitationsRepository().revokeAll(manager, userId, now);
  await new PasswordResetsRepository().revokeAll(manager, userId, now);
  await manager.query(
    'UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
    [userId],
  );
}
