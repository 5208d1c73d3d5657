import type { SessionResponse } from '@regiokracht/shared';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** The signed-in user and their memberships; 401 when there is no session. */
export function getMe(signal?: AbortSignal): Promise<SessionResponse> {
  // 401 here is an answer ("not signed in"), not an expired session to redirect from.
  return api.get<SessionResponse>('/auth/me', { signal, redirectOnUnauthorized: false });
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    // Memberships change rarely; an expired session shows up as a 401 on the next call anyway.
    staleTime: 5 * 60_000,
  });
}

/** The session inside authenticated routes, whose loaders have already fetched it. */
export function useMe() {
  return useSuspenseQuery(meQueryOptions()).data;
}
