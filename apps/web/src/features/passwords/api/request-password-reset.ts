import type { PasswordResetRequest, PasswordResetRequested } from '@regiokracht/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** "Forgot password": the answer is the same whether or not the address has an account. */
export function requestPasswordReset(body: PasswordResetRequest): Promise<PasswordResetRequested> {
  return api.post<PasswordResetRequested>('/auth/password-resets', body, {
    redirectOnUnauthorized: false,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
