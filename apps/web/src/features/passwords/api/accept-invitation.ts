import type { SessionResponse, SetPasswordRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Sets the first password of an invited account from its one-time link; signs in. */
export function acceptInvitation(
  token: string,
  body: SetPasswordRequest,
): Promise<SessionResponse> {
  return api.post<SessionResponse>(`/auth/invitations/${encodeURIComponent(token)}`, body, {
    redirectOnUnauthorized: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetPasswordRequest) => acceptInvitation(token, body),
    // A new session: nothing cached for whoever used this browser before may carry over.
    onSuccess: () => queryClient.clear(),
  });
}
