export const settingsKeys = {
  all: ['settings'] as const,
  details: () => [...settingsKeys.all, 'detail'] as const,
  /** The coalition with its version, as the settings form edits it. */
  detail: (coalitionId: string) => [...settingsKeys.details(), coalitionId] as const,
  /** Every organisation's engagement numbers, for the preview of new thresholds. */
  engagement: (coalitionId: string) => [...settingsKeys.all, 'engagement', coalitionId] as const,
};
