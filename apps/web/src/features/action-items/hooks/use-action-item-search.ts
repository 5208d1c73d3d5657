import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import {
  oneOf,
  parseSortParam,
  readPage,
  setParam,
  sortParam,
  useUrlState,
} from '../../../lib/url-state';
import type { ActionItemFilters } from '../api/action-item-keys';

export const ACTION_ITEM_VIEWS = ['mine', 'unowned', 'orphaned', 'overdue', 'all'] as const;
export type ActionItemView = (typeof ACTION_ITEM_VIEWS)[number];

export const ACTION_ITEM_LAYOUTS = ['list', 'board'] as const;
export type ActionItemLayout = (typeof ACTION_ITEM_LAYOUTS)[number];

/** Work still to do: the statuses that can be overdue or orphaned. */
export const OPEN_WORK: readonly ActionItemStatus[] = ['open', 'in_progress', 'blocked'];
/** The board's columns, in the order work moves through them. */
export const BOARD_STATUSES: readonly ActionItemStatus[] = [
  'open',
  'in_progress',
  'blocked',
  'done',
];

/** `open-work` (default), `any`, or one status. */
export type StatusChoice = 'open-work' | 'any' | ActionItemStatus;

export const SORTABLE_COLUMNS = ['title', 'dueOn', 'priority', 'status'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export const PAGE_SIZE = 50;

export interface ActionItemSearch {
  view: ActionItemView;
  layout: ActionItemLayout;
  status: StatusChoice;
  priority: ActionItemPriority | null;
  organisationId: string | null;
  q: string;
  sort: { column: SortableColumn; descending: boolean };
  page: number;
}

const DEFAULT_SORT = { column: 'dueOn', descending: false } as const;

export function parseActionItemSearch(params: URLSearchParams): ActionItemSearch {
  const sort = parseSortParam(params.get('sort'), SORTABLE_COLUMNS);
  const status = params.get('status');
  return {
    view: oneOf(ACTION_ITEM_VIEWS, params.get('view')) ?? 'mine',
    layout: oneOf(ACTION_ITEM_LAYOUTS, params.get('layout')) ?? 'list',
    status:
      status === 'any' ? 'any' : (oneOf(ACTION_ITEM_STATUSES, status) ?? ('open-work' as const)),
    priority: oneOf(ACTION_ITEM_PRIORITIES, params.get('priority')),
    organisationId: params.get('organisationId') || null,
    q: params.get('q') ?? '',
    sort: sort ? { column: sort.key, descending: sort.descending } : DEFAULT_SORT,
    page: readPage(params),
  };
}

/** Only what differs from the defaults, so the plain "My items" list has a plain URL. */
export function writeActionItemSearch(search: ActionItemSearch): URLSearchParams {
  const params = new URLSearchParams();
  setParam(params, 'view', search.view, 'mine');
  setParam(params, 'layout', search.layout, 'list');
  setParam(params, 'status', search.status, 'open-work');
  setParam(params, 'priority', search.priority);
  setParam(params, 'organisationId', search.organisationId);
  setParam(params, 'q', search.q);
  setParam(params, 'sort', sortParam(search.sort.column, search.sort.descending), 'dueOn');
  setParam(params, 'page', String(search.page), '1');
  return params;
}

/** Typing a search replaces the history entry; choosing a view or filter adds one. */
function replacesEntry(changes: Partial<ActionItemSearch>): boolean {
  return changes.q !== undefined;
}

const actionItemSearchUrl = {
  read: parseActionItemSearch,
  write: writeActionItemSearch,
  replace: replacesEntry,
};

function statusFilter(choice: StatusChoice): readonly ActionItemStatus[] | undefined {
  if (choice === 'open-work') return OPEN_WORK;
  if (choice === 'any') return undefined;
  return [choice];
}

/** The API query for one view; `ownerId` is the signed-in user's person for "My items". */
export function viewFilters(view: ActionItemView, myPersonId: string | null): ActionItemFilters {
  switch (view) {
    case 'mine':
      return { ownerId: myPersonId ?? undefined };
    case 'unowned':
      return { unowned: true };
    case 'orphaned':
      return { orphaned: true };
    case 'overdue':
      return { overdue: true };
    case 'all':
      return {};
  }
}

export function listFilters(
  search: ActionItemSearch,
  myPersonId: string | null,
): ActionItemFilters {
  const { column, descending } = search.sort;
  return {
    ...viewFilters(search.view, myPersonId),
    status: statusFilter(search.status),
    priority: search.priority ?? undefined,
    organisationId: search.organisationId ?? undefined,
    q: search.q.trim() || undefined,
    sort: `${descending ? '-' : ''}${column}`,
    page: search.page,
    pageSize: PAGE_SIZE,
  };
}

/** The board shows every status column at once, so it ignores the status filter and paging. */
export function boardFilters(
  search: ActionItemSearch,
  myPersonId: string | null,
): ActionItemFilters {
  return {
    ...viewFilters(search.view, myPersonId),
    status: BOARD_STATUSES,
    priority: search.priority ?? undefined,
    organisationId: search.organisationId ?? undefined,
    q: search.q.trim() || undefined,
    sort: 'dueOn',
    page: 1,
    pageSize: 200,
  };
}

/** Views and filters live in the URL, so a link (from the dashboard, say) opens the same list. */
export function useActionItemSearch() {
  const { state, update } = useUrlState(actionItemSearchUrl);
  return { search: state, update };
}
