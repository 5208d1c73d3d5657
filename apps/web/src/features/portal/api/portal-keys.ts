/** The portal of the signed-in partner: one document per coalition, plus its contacts. */
export const portalKeys = {
  all: ['portal'] as const,
  lists: () => [...portalKeys.all, 'list'] as const,
  /** The people of the partner's organisation (`GET people?organisationId=`). */
  list: (coalitionId: string, filters: { organisationId: string }) =>
    [...portalKeys.lists(), coalitionId, filters] as const,
  details: () => [...portalKeys.all, 'detail'] as const,
  detail: (coalitionId: string) => [...portalKeys.details(), coalitionId] as const,
};
