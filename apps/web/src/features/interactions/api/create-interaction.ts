import type { CreateInteractionRequest, InteractionDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { interactionKeys } from './interaction-keys';

export function createInteraction(
  coalitionId: string,
  body: CreateInteractionRequest,
): Promise<InteractionDto> {
  return api.post<InteractionDto>(`/coalitions/${coalitionId}/interactions`, body);
}

/** Logs an interaction; engagement (health, index) of the organisations changes with it. */
export function useCreateInteraction(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInteractionRequest) => createInteraction(coalitionId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: interactionKeys.lists() }),
        invalidateAfterWrite(queryClient, 'interactions'),
      ]),
  });
}
