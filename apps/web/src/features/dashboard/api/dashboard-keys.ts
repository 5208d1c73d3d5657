export const dashboardKeys = {
  all: ['dashboard'] as const,
  details: () => [...dashboardKeys.all, 'detail'] as const,
  /** GET insights/dashboard of one coalition. */
  detail: (coalitionId: string) => [...dashboardKeys.details(), coalitionId] as const,
  /** GET insights/organisations of one coalition: series and factors for the charts. */
  organisations: (coalitionId: string) =>
    [...dashboardKeys.all, 'organisations', coalitionId] as const,
};
