import type { MemberDto } from '@regiokracht/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export function getMember(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<MemberDto> {
  return api.get<MemberDto>(`/coalitions/${coalitionId}/members/${id}`, { signal });
}

/** Read fresh after a 409, so a retry carries the current version. */
export function memberQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: memberKeys.detail(coalitionId, id),
    queryFn: ({ signal }) => getMember(coalitionId, id, signal),
    staleTime: 0,
  });
}
