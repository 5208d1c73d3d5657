import type { PersonHoldingsDto, ResponsibilitiesDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function getResponsibilities(
  coalitionId: string,
  signal?: AbortSignal,
): Promise<ResponsibilitiesDto> {
  return api.get<ResponsibilitiesDto>(`/coalitions/${coalitionId}/insights/responsibilities`, {
    signal,
  });
}

export function responsibilitiesQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: peopleKeys.responsibilities(coalitionId),
    queryFn: ({ signal }) => getResponsibilities(coalitionId, signal),
  });
}

/** What one person holds; null when they hold nothing (they are then not in the answer). */
export function usePersonHoldings(coalitionId: string, personId: string) {
  return useQuery({
    ...responsibilitiesQueryOptions(coalitionId),
    select: (answer): PersonHoldingsDto | null =>
      answer.people.find((entry) => entry.person.id === personId) ?? null,
  });
}
