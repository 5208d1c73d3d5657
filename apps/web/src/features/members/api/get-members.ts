import { MAX_PAGE_SIZE, type MemberDto, type Page } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

/** Every member of the coalition (a coalition has tens, not thousands). */
export async function getMembers(coalitionId: string, signal?: AbortSignal): Promise<MemberDto[]> {
  const members: MemberDto[] = [];
  for (let page = 1; ; page++) {
    const result = await api.get<Page<MemberDto>>(`/coalitions/${coalitionId}/members`, {
      signal,
      query: { page, pageSize: MAX_PAGE_SIZE },
    });
    members.push(...result.items);
    if (result.items.length === 0 || members.length >= result.total) break;
  }
  return members.sort((a, b) => a.name.localeCompare(b.name));
}

export function membersQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: memberKeys.list(coalitionId),
    queryFn: ({ signal }) => getMembers(coalitionId, signal),
  });
}

export function useMembers(coalitionId: string) {
  return useQuery(membersQueryOptions(coalitionId));
}
