import type { HandoverDto, UpdateHandoverRequest } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { getHandover } from './get-handover';
import { handoverKeys } from './handover-keys';

export type HandoverChanges = Omit<UpdateHandoverRequest, 'version'>;

export function updateHandover(
  coalitionId: string,
  id: string,
  body: UpdateHandoverRequest,
): Promise<HandoverDto> {
  return api.patch<HandoverDto>(`/coalitions/${coalitionId}/handovers/${id}`, body);
}

export interface UpdateHandoverVariables {
  id: string;
  /** The version the user saw; a stale one answers 409. */
  version: number;
  changes: HandoverChanges;
  /** After a 409: read the current version first and apply the same choices on top of it. */
  reload?: boolean;
}

export function useUpdateHandover(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, changes, reload }: UpdateHandoverVariables) => {
      const current = reload ? (await getHandover(coalitionId, id)).version : version;
      return updateHandover(coalitionId, id, { ...changes, version: current });
    },
    onSuccess: (handover) => {
      queryClient.setQueryData(handoverKeys.detail(coalitionId, handover.id), handover);
      return queryClient.invalidateQueries({ queryKey: handoverKeys.lists() });
    },
  });
}
