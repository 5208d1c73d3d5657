import type { HandoverListItemDto, ListHandoversQuery, Page } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { handoverKeys } from './handover-keys';

export function getHandovers(
  coalitionId: string,
  query: ListHandoversQuery,
  signal?: AbortSignal,
): Promise<Page<HandoverListItemDto>> {
  return api.get<Page<HandoverListItemDto>>(`/coalitions/${coalitionId}/handovers`, {
    signal,
    query: { ...query },
  });
}

export function handoversQueryOptions(coalitionId: string, query: ListHandoversQuery) {
  return queryOptions({
    queryKey: handoverKeys.list(coalitionId, query),
    queryFn: ({ signal }) => getHandovers(coalitionId, query, signal),
  });
}

export function useHandovers(coalitionId: string, query: ListHandoversQuery) {
  return useQuery({
    ...handoversQueryOptions(coalitionId, query),
    placeholderData: keepPreviousData,
  });
}
