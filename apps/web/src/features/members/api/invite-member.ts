import type { MemberDto, Role } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

/**
 * `POST members` without a password: a new account answers with a one-time invitation link
 * (`invitation: 'link'`); an existing account is e-mailed instead (`invitation: 'notified'`).
 */
export interface InviteMemberRequest {
  email: string;
  name: string;
  role: Role;
  /** Required for partners: the organisation they act for. */
  organisationId?: string;
}

export function inviteMember(coalitionId: string, body: InviteMemberRequest): Promise<MemberDto> {
  return api.post<MemberDto>(`/coalitions/${coalitionId}/members`, body);
}

export function useInviteMember(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteMemberRequest) => inviteMember(coalitionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.lists() }),
  });
}
