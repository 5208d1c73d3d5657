import { CommonErrorCode, type HandoverDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isApiError, isStaleVersionError } from '../../../lib/api-error';
import { handoverKeys } from './handover-keys';

export function completeHandover(coalitionId: string, id: string): Promise<HandoverDto> {
  return api.post<HandoverDto>(`/coalitions/${coalitionId}/handovers/${id}/complete`);
}

/**
 * Completing moves owners, contacts and action items elsewhere, so every cached list may be
 * stale afterwards: the whole cache is invalidated, not only handovers.
 */
export function useCompleteHandover(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => completeHandover(coalitionId, id),
    onSuccess: (handover) => {
      queryClient.setQueryData(handoverKeys.detail(coalitionId, handover.id), handover);
      return queryClient.invalidateQueries();
    },
    onError: (error, id) => {
      // A blocked completion may have added newly found holdings to the draft, and a stale one
      // is behind: either way the draft to show is the server's.
      if (
        isApiError(error) &&
        (error.code === CommonErrorCode.CONFLICT || isStaleVersionError(error))
      )
        return queryClient.invalidateQueries({ queryKey: handoverKeys.detail(coalitionId, id) });
    },
  });
}
