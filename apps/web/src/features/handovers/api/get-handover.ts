import type { HandoverDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { handoverKeys } from './handover-keys';

export function getHandover(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<HandoverDto> {
  return api.get<HandoverDto>(`/coalitions/${coalitionId}/handovers/${id}`, { signal });
}

export function handoverQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: handoverKeys.detail(coalitionId, id),
    queryFn: ({ signal }) => getHandover(coalitionId, id, signal),
  });
}

export function useHandover(coalitionId: string, id: string) {
  return useQuery(handoverQueryOptions(coalitionId, id));
}

/** The printable report; opened in a new tab, so a plain URL rather than a fetch. */
export function handoverReportUrl(coalitionId: string, id: string): string {
  return `/api/coalitions/${coalitionId}/handovers/${id}/report.html`;
}
