import type { SessionResponse, SetPasswordRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Sets a new password from an e-mailed reset link (single use, one hour); signs in. */
export function resetPassword(token: string, body: SetPasswordRequest): Promise<SessionResponse> {
  return api.post<SessionResponse>(`/auth/password-resets/${encodeURIComponent(token)}`, body, {
    redirectOnUnauthorized: false,
  });
}

export function useResetPassword(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPasswordRequest) => resetPassword(token, body),
    // A new session: nothing cached for whoever used this browser before may carry over.
    onSuccess: () => queryClient.clear(),
  });
}
