import type { CreateInteractionRequest, InteractionDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { interactionKeys } from './interaction-keys';

export function createInteraction(
  coalitionId: string,
  body: CreateInteractionRequest,
): Promise<InteractionDto> {
  return api.post<InteractionDto>(`/coalitions/${coalitionId}/interactions`, body);
}

/**
 * Logs an interaction. Engagement (health, index) of the organisations changes with it; the
 * page that shows those passes `onLogged` to refresh them, as this feature does not know them.
 */
export function useCreateInteraction(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInteractionRequest) => createInteraction(coalitionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: interactionKeys.lists() }),
  });
}
