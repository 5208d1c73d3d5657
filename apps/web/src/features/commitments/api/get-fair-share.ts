import type { FairShareDto } from '@regiokracht/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { commitmentKeys } from './commitment-keys';

/** Dates inclusive (`YYYY-MM-DD`); without them the API takes the 12 months up to today. */
export interface FairSharePeriod {
  from?: string;
  to?: string;
}

export function getFairShare(
  coalitionId: string,
  period: FairSharePeriod,
  signal?: AbortSignal,
): Promise<FairShareDto> {
  return api.get<FairShareDto>(`/coalitions/${coalitionId}/insights/fair-share`, {
    signal,
    query: { from: period.from, to: period.to },
  });
}

export function fairShareQueryOptions(coalitionId: string, period: FairSharePeriod) {
  return queryOptions({
    queryKey: commitmentKeys.fairShare(coalitionId, period),
    queryFn: ({ signal }) => getFairShare(coalitionId, period, signal),
  });
}

export function useFairShare(coalitionId: string, period: FairSharePeriod) {
  return useQuery({
    ...fairShareQueryOptions(coalitionId, period),
    placeholderData: keepPreviousData,
  });
}
