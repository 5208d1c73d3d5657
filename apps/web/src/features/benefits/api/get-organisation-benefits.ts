import type { BenefitDto, Page } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { benefitKeys } from './benefit-keys';

export function getOrganisationBenefits(
  coalitionId: string,
  organisationId: string,
  signal?: AbortSignal,
): Promise<BenefitDto[]> {
  return fetchAllPages((page, pageSize) =>
    api.get<Page<BenefitDto>>(`/coalitions/${coalitionId}/benefits`, {
      query: { organisationId, page, pageSize, sort: '-receivedOn' },
      signal,
    }),
  );
}

export function useOrganisationBenefits(coalitionId: string, organisationId: string) {
  return useQuery({
    queryKey: benefitKeys.everything(coalitionId, { organisationId }),
    queryFn: ({ signal }) => getOrganisationBenefits(coalitionId, organisationId, signal),
  });
}
