import type { LoginRequest, SessionResponse } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function login(credentials: LoginRequest): Promise<SessionResponse> {
  // A 401 means wrong credentials; the form shows it instead of redirecting.
  return api.post<SessionResponse>('/auth/login', credentials, { redirectOnUnauthorized: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), session);
    },
  });
}
