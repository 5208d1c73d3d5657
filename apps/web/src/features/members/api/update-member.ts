import type { MemberDto, Role } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { getMember } from './get-member';
import { memberKeys } from './member-keys';

export interface MemberChanges {
  role: Role;
  /** A partner's organisation; null for other roles. */
  organisationId: string | null;
}

export function updateMember(
  coalitionId: string,
  id: string,
  body: MemberChanges & { version: number },
): Promise<MemberDto> {
  return api.patch<MemberDto>(`/coalitions/${coalitionId}/members/${id}`, body);
}

export interface UpdateMemberVariables {
  id: string;
  version: number;
  changes: MemberChanges;
  /** After a 409: read the current version, then apply the same change. */
  reload?: boolean;
}

export function useUpdateMember(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, changes, reload }: UpdateMemberVariables) => {
      const current = reload ? (await getMember(coalitionId, id)).version : version;
      return updateMember(coalitionId, id, { ...changes, version: current });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.lists() }),
  });
}
