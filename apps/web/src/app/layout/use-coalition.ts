import type { MembershipDto } from '@regiokracht/shared';
import { useParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';

/** The `:cid` of the current `/c/:cid/…` route. */
export function useCoalitionId(): string {
  const { cid } = useParams();
  if (!cid) throw new Error('useCoalitionId is used outside a /c/:cid route');
  return cid;
}

/** The user's membership of the open coalition; null when they are not a member. */
export function useCurrentMembership(): MembershipDto | null {
  const coalitionId = useCoalitionId();
  const { memberships } = useMe();
  return memberships.find((m) => m.coalitionId === coalitionId) ?? null;
}
