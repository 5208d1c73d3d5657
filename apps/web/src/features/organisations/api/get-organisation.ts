import type { OrganisationDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { organisationKeys } from './organisation-keys';

export function getOrganisation(
  coalitionId: string,
  id: string,
  signal?: AbortSignal,
): Promise<OrganisationDto> {
  return api.get<OrganisationDto>(`/coalitions/${coalitionId}/organisations/${id}`, { signal });
}

export function organisationQueryOptions(coalitionId: string, id: string) {
  return queryOptions({
    queryKey: organisationKeys.detail(coalitionId, id),
    queryFn: ({ signal }) => getOrganisation(coalitionId, id, signal),
  });
}

export function useOrganisation(coalitionId: string, id: string) {
  return useQuery(organisationQueryOptions(coalitionId, id));
}
