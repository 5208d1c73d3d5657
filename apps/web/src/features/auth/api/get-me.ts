import {
  CommonErrorCode,
  type SessionProbeResponse,
  type SessionResponse,
} from '@regiokracht/shared';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { authKeys } from './auth-keys';

/** The signed-in user and their memberships; an ApiError 401 when there is no session. */
export async function getMe(signal?: AbortSignal): Promise<SessionResponse> {
  // The probe answers 200 `{ user: null }` when signed out, so a first visit logs no failed
  // request in the browser console; the app still treats "signed out" as the 401 its loaders
  // redirect to the login page on.
  const probe = await api.get<SessionProbeResponse>('/auth/session', {
    signal,
    redirectOnUnauthorized: false,
  });
  if (probe.user === null)
    throw new ApiError({
      statusCode: 401,
      error: 'Unauthorized',
      code: CommonErrorCode.UNAUTHENTICATED,
      message: 'Not signed in',
    });
  return probe;
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
