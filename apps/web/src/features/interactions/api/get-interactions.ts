import type { InteractionDto, InteractionListQuery, Page } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { interactionKeys } from './interaction-keys';

export function getInteractions(
  coalitionId: string,
  filters: InteractionListQuery,
  signal?: AbortSignal,
): Promise<Page<InteractionDto>> {
  return api.get<Page<InteractionDto>>(`/coalitions/${coalitionId}/interactions`, {
    query: { ...filters },
    signal,
  });
}

export function interactionsQueryOptions(coalitionId: string, filters: InteractionListQuery) {
  return queryOptions({
    queryKey: interactionKeys.list(coalitionId, filters),
    queryFn: ({ signal }) => getInteractions(coalitionId, filters, signal),
  });
}

/** Newest first; "show more" asks for a larger first page, keeping the shown ones meanwhile. */
export function useInteractions(coalitionId: string, filters: InteractionListQuery) {
  return useQuery({
    ...interactionsQueryOptions(coalitionId, { sort: '-occurredAt', ...filters }),
    placeholderData: keepPreviousData,
  });
}
