import type { OrganisationDto, UpdateOrganisationRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { organisationKeys } from './organisation-keys';

export function updateOrganisation(
  coalitionId: string,
  id: string,
  body: UpdateOrganisationRequest,
): Promise<OrganisationDto> {
  return api.patch<OrganisationDto>(`/coalitions/${coalitionId}/organisations/${id}`, body);
}

export function useUpdateOrganisation(coalitionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => updateOrganisation(coalitionId, id, body),
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(coalitionId, id), organisation);
      // Name, kind and status also show in lists, in the insights and wherever it is named.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        invalidateAfterWrite(queryClient, 'organisations'),
      ]);
    },
  });
}
