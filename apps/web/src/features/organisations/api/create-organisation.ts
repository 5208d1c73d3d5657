import type { CreateOrganisationRequest, OrganisationDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { organisationKeys } from './organisation-keys';

export function createOrganisation(
  coalitionId: string,
  body: CreateOrganisationRequest,
): Promise<OrganisationDto> {
  return api.post<OrganisationDto>(`/coalitions/${coalitionId}/organisations`, body);
}

export function useCreateOrganisation(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => createOrganisation(coalitionId, body),
    onSuccess: async (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(coalitionId, organisation.id), organisation);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.lists() }),
        invalidateAfterWrite(queryClient, 'organisations'),
      ]);
    },
  });
}
