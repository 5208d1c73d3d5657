import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { organisationKeys } from './organisation-keys';

/** Soft delete (coordinators): the row stays and can be restored. */
export function deleteOrganisation(coalitionId: string, id: string): Promise<void> {
  return api.delete(`/coalitions/${coalitionId}/organisations/${id}`);
}

export function useDeleteOrganisation(coalitionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteOrganisation(coalitionId, id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.detail(coalitionId, id) }),
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        invalidateAfterWrite(queryClient, 'organisations'),
      ]),
  });
}
