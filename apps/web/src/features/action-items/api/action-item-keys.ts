import type { ActionItemPriority, ActionItemStatus } from '@regiokracht/shared';

/** The query of `GET action-items`; every field is optional, booleans only filter when true. */
export interface ActionItemFilters {
  ownerId?: string;
  unowned?: boolean;
  orphaned?: boolean;
  overdue?: boolean;
  status?: readonly ActionItemStatus[];
  priority?: ActionItemPriority;
  organisationId?: string;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export const actionItemKeys = {
  all: ['action-items'] as const,
  lists: () => [...actionItemKeys.all, 'list'] as const,
  list: (coalitionId: string, filters: ActionItemFilters) =>
    [...actionItemKeys.lists(), coalitionId, filters] as const,
  /** Every item matching the filters, fetched page by page (an organisation's page). */
  everything: (coalitionId: string, filters: Pick<ActionItemFilters, 'organisationId'>) =>
    [...actionItemKeys.lists(), coalitionId, 'all', filters] as const,
  details: () => [...actionItemKeys.all, 'detail'] as const,
  detail: (coalitionId: string, id: string) =>
    [...actionItemKeys.details(), coalitionId, id] as const,
  /** Look-ups the pages need (people to assign); not action items. */
  lookups: () => [...actionItemKeys.all, 'lookup'] as const,
  people: (coalitionId: string, q: string) =>
    [...actionItemKeys.lookups(), 'people', coalitionId, q] as const,
  myPerson: (coalitionId: string, email: string) =>
    [...actionItemKeys.lookups(), 'my-person', coalitionId, email] as const,
};
