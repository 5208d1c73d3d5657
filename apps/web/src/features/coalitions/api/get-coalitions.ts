import type { CoalitionDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { coalitionKeys } from './coalition-keys';

/** The coalitions the user is a member of, each with `myRole`. */
export function getCoalitions(signal?: AbortSignal): Promise<CoalitionDto[]> {
  return api.get<CoalitionDto[]>('/coalitions', { signal });
}

export function coalitionsQueryOptions() {
  return queryOptions({
    queryKey: coalitionKeys.list(),
    queryFn: ({ signal }) => getCoalitions(signal),
  });
}

/**
 * One coalition out of the list: a user has a handful, so one request serves every coalition
 * they switch to.
 */
export function useCoalition(coalitionId: string) {
  return useQuery({
    ...coalitionsQueryOptions(),
    select: (coalitions) => coalitions.find((coalition) => coalition.id === coalitionId) ?? null,
  });
}
