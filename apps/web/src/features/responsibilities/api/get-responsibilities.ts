import type { ResponsibilitiesDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { responsibilityKeys } from './responsibility-keys';

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
    queryKey: responsibilityKeys.detail(coalitionId),
    queryFn: ({ signal }) => getResponsibilities(coalitionId, signal),
  });
}

export function useResponsibilities(coalitionId: string) {
  return useQuery(responsibilitiesQueryOptions(coalitionId));
}
