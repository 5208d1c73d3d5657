import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export function removeMember(coalitionId: string, id: string): Promise<void> {
  return api.delete(`/coalitions/${coalitionId}/members/${id}`);
}

export function useRemoveMember(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeMember(coalitionId, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.lists() }),
  });
}
