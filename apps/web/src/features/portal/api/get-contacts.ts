import { MAX_PAGE_SIZE, type Page, type PersonDto } from '@regiokracht/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalKeys } from './portal-keys';

/** The people of the partner's own organisation; an organisation has a handful, one page holds them. */
export function getContacts(
  coalitionId: string,
  organisationId: string,
  signal?: AbortSignal,
): Promise<Page<PersonDto>> {
  return api.get<Page<PersonDto>>(`/coalitions/${coalitionId}/people`, {
    query: { organisationId, pageSize: MAX_PAGE_SIZE, sort: 'name' },
    signal,
  });
}

export function contactsQueryOptions(coalitionId: string, organisationId: string) {
  return queryOptions({
    queryKey: portalKeys.list(coalitionId, { organisationId }),
    queryFn: ({ signal }) => getContacts(coalitionId, organisationId, signal),
  });
}

export function useContacts(coalitionId: string, organisationId: string | undefined) {
  return useQuery({
    ...contactsQueryOptions(coalitionId, organisationId ?? ''),
    enabled: organisationId !== undefined,
  });
}
