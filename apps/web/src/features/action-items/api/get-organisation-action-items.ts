import type { ActionItemDto, Page } from '@regiokracht/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { actionItemKeys } from './action-item-keys';

export function getOrganisationActionItems(
  coalitionId: string,
  organisationId: string,
  signal?: AbortSignal,
): Promise<ActionItemDto[]> {
  return fetchAllPages((page, pageSize) =>
    api.get<Page<ActionItemDto>>(`/coalitions/${coalitionId}/action-items`, {
      query: { organisationId, page, pageSize, sort: 'dueOn' },
      signal,
    }),
  );
}

export function useOrganisationActionItems(coalitionId: string, organisationId: string) {
  return useQuery({
    queryKey: actionItemKeys.everything(coalitionId, { organisationId }),
    queryFn: ({ signal }) => getOrganisationActionItems(coalitionId, organisationId, signal),
  });
}
