import type { PersonDetailDto, UpdatePersonRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { peopleKeys } from './people-keys';

export function updatePerson(
  coalitionId: string,
  id: string,
  body: UpdatePersonRequest,
): Promise<PersonDetailDto> {
  return api.patch<PersonDetailDto>(`/coalitions/${coalitionId}/people/${id}`, body);
}

export function useUpdatePerson(coalitionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => updatePerson(coalitionId, id, body),
    onSuccess: async (person) => {
      queryClient.setQueryData(peopleKeys.detail(coalitionId, id), person);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.lists() }),
        invalidateAfterWrite(queryClient, 'people'),
      ]);
    },
  });
}
