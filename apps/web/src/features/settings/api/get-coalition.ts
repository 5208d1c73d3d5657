import type { CoalitionDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from './settings-keys';

export function getCoalition(coalitionId: string, signal?: AbortSignal): Promise<CoalitionDto> {
  return api.get<CoalitionDto>(`/coalitions/${coalitionId}`, { signal });
}

export function coalitionQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: settingsKeys.detail(coalitionId),
    queryFn: ({ signal }) => getCoalition(coalitionId, signal),
  });
}

export function useCoalitionForSettings(coalitionId: string) {
  return useQuery(coalitionQueryOptions(coalitionId));
}
