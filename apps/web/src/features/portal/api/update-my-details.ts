import type { PersonDetailDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { portalKeys } from './portal-keys';

/**
 * What a partner may change about their own person (the API refuses every other field); only the
 * fields the partner changed are sent, so a retry after a 409 keeps other people's changes.
 */
export interface MyDetailsRequest {
  version: number;
  name?: string;
  phone?: string | null;
  role?: string | null;
}

export function updateMyDetails(
  coalitionId: string,
  personId: string,
  body: MyDetailsRequest,
): Promise<PersonDetailDto> {
  return api.patch<PersonDetailDto>(`/coalitions/${coalitionId}/people/${personId}`, body);
}

export function useUpdateMyDetails(coalitionId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MyDetailsRequest) => updateMyDetails(coalitionId, personId, body),
    // The contact list shows the new details; an action item may name the person as its owner.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portalKeys.all }),
        invalidateAfterWrite(queryClient, 'people'),
      ]),
  });
}
