import type { CoalitionDto, CoalitionSettings } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateAfterWrite } from '../../../lib/invalidation';
import { settingsKeys } from './settings-keys';

export interface UpdateSettingsVariables {
  version: number;
  /** Only the parameters the user changed; the API merges them into the stored ones. */
  settings: Partial<CoalitionSettings>;
}

export function updateCoalitionSettings(
  coalitionId: string,
  { version, settings }: UpdateSettingsVariables,
): Promise<CoalitionDto> {
  return api.patch<CoalitionDto>(`/coalitions/${coalitionId}`, { version, settings });
}

export function useUpdateCoalitionSettings(coalitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateSettingsVariables) =>
      updateCoalitionSettings(coalitionId, variables),
    onSuccess: (coalition) => {
      queryClient.setQueryData(settingsKeys.detail(coalitionId), coalition);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.engagement(coalitionId) }),
        invalidateAfterWrite(queryClient, 'settings'),
      ]);
    },
  });
}
