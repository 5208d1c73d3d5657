import type { PortalDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalKeys } from './portal-keys';

/** A partner's own figures and anonymised comparisons (the API scopes it to their organisation). */
export function getPortal(coalitionId: string, signal?: AbortSignal): Promise<PortalDto> {
  return api.get<PortalDto>(`/coalitions/${coalitionId}/portal`, { signal });
}

export function portalQueryOptions(coalitionId: string) {
  return queryOptions({
    queryKey: portalKeys.detail(coalitionId),
    queryFn: ({ signal }) => getPortal(coalitionId, signal),
  });
}

export function usePortal(coalitionId: string) {
  return useQuery(portalQueryOptions(coalitionId));
}
