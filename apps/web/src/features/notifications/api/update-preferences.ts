import type { PreferencesDto } from '@regiokracht/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isStaleVersionError } from '../../../lib/api-error';
import { getPreferences } from './get-preferences';
import { notificationKeys } from './notification-keys';

export function updatePreferences(body: {
  version: number;
  emailDigest: boolean;
}): Promise<PreferencesDto> {
  return api.patch<PreferencesDto>('/me/preferences', body);
}

/**
 * Sets the e-mail switch. A switch states the user's wish completely, so when the version is
 * stale (the account changed elsewhere) it reads the current version and sets it again.
 */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, emailDigest }: { version: number; emailDigest: boolean }) => {
      try {
        return await updatePreferences({ version, emailDigest });
      } catch (error) {
        if (!isStaleVersionError(error)) throw error;
        const current = await getPreferences();
        return updatePreferences({ version: current.version, emailDigest });
      }
    },
    onSuccess: (preferences) =>
      queryClient.setQueryData(notificationKeys.preferences(), preferences),
  });
}
