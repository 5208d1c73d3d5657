import type { ImportResultDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { importKeys } from './import-keys';

/** Imports every row of the previewed mapping in one transaction, or none. */
export function commitImport(coalitionId: string, importId: string): Promise<ImportResultDto> {
  return api.post<ImportResultDto>(`/coalitions/${coalitionId}/imports/${importId}/commit`, {});
}

export function useCommitImport(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => commitImport(coalitionId, importId),
    // Many records of several kinds may have changed: every list and detail is stale.
    onSuccess: async (_, importId) => {
      queryClient.removeQueries({ queryKey: importKeys.detail(coalitionId, importId) });
      await queryClient.invalidateQueries();
    },
  });
}
