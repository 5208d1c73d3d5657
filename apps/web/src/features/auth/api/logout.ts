import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/auth/logout', undefined, { redirectOnUnauthorized: false });
  } catch (error) {
    // The session had already expired: the user is logged out either way.
    if (!isApiError(error, 401)) throw error;
  }
}

/** Ends the session. The caller leaves the page and then clears the cache (see UserMenu). */
export function useLogout() {
  return useMutation({ mutationFn: logout });
}
