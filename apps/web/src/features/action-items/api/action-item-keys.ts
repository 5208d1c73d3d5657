import type { ActionItemFilters } from './get-action-items';

export const actionItemKeys = {
  all: ['action-items'] as const,
  lists: () => [...actionItemKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: ActionItemFilters) =>
    [...actionItemKeys.lists(), coalitionId, filters] as const,
  details: () => [...actionItemKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...actionItemKeys.details(), coalitionId, id] as const,
  /** Look-ups the pages need (people to assign, organisations to pick); not action items. */
  lookups: () => [...actionItemKeys.all, 'lookup'] as const,
  people: (coalitionId: string, q: string) =>
    [...actionItemKeys.lookups(), 'people', coalitionId, q] as const,
  myPerson: (coalitionId: string, email: string) =>
    [...actionItemKeys.lookups(), 'my-person', coalitionId, email] as const,
  organisations: (coalitionId: string) =>
    [...actionItemKeys.lookups(), 'organisations', coalitionId] as const,
};
