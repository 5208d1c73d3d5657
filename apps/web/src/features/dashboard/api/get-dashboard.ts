import type { DashboardDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

/** The coalition's figures now (the API's default asOf). */
export function getDashboard(coalitionId: string, signal?: AbortSignal): Promise<DashboardDto> {
  return api.get<DashboardDto>(`/coalitions/${coalitionId}/insights/dashboard`, { signal });
}

export function dashboardQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: dashboardKeys.detail(coalitionId),
    queryFn: ({ signal }) => getDashboard(coalitionId, signal),
  });
}

export function useDashboard(coalitionId: string) {
  return useQuery(dashboardQueryOptions(coalitionId));
}
