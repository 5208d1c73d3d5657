import type { OrganisationDto, UpdateOrganisationRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
      // Name, kind and status also show in lists and in the insights.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: organisationKeys.insights(coalitionId) }),
      ]);
    },
  });
}
