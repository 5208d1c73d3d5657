import type { HandoverDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { CommonErrorCode } from '@regiokracht/shared';
import { isApiError } from '../../../lib/api-error';
import { getHandovers } from './get-handovers';
import { handoverKeys } from './handover-keys';

/**
 * Starts a draft for the departing person. A person has at most one draft: the API answers 409
 * then, and the existing draft is the one to continue (`resumed`).
 */
export async function createHandover(
  coalitionId: string,
  departingPersonId: string,
): Promise<{ id: string; resumed: boolean; handover: HandoverDto | null }> {
  try {
    const handover = await api.post<HandoverDto>(`/coalitions/${coalitionId}/handovers`, {
      departingPersonId,
    });
    return { id: handover.id, resumed: false, handover };
  } catch (error) {
    if (!isApiError(error) || error.code !== CommonErrorCode.CONFLICT) throw error;
    // The conflict names the existing draft; without that name (an older server), look it up.
    const { handoverId } = error.extra;
    if (typeof handoverId === 'string') return { id: handoverId, resumed: true, handover: null };
    const drafts = await getHandovers(coalitionId, {
      departingPersonId,
      status: 'draft',
      pageSize: 1,
    });
    const draft = drafts.items[0];
    if (!draft) throw error;
    return { id: draft.id, resumed: true, handover: null };
  }
}

export function useCreateHandover(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (departingPersonId: string) => createHandover(coalitionId, departingPersonId),
    onSuccess: ({ handover }) => {
      if (handover)
        queryClient.setQueryData(handoverKeys.detail(coalitionId, handover.id), handover);
      return queryClient.invalidateQueries({ queryKey: handoverKeys.lists() });
    },
  });
}
