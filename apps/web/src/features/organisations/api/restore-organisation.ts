import type { OrganisationDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { organisationKeys } from './organisation-keys';

/** Undoes a soft delete (coordinators). */
export function restoreOrganisation(coalitionId: string, id: string): Promise<OrganisationDto> {
  return api.post<OrganisationDto>(`/coalitions/${coalitionId}/organisations/${id}/restore`);
}

export function useRestoreOrganisation(coalitionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => restoreOrganisation(coalitionId, id),
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(coalitionId, id), organisation);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        invalidateAfterWrite(queryClient, 'organisations'),
      ]);
    },
  });
}
