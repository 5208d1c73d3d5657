import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionItemFilters } from '../api/get-action-items';

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

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.includes(value as T) ? (value as T) : null;
}

export function parseActionItemSearch(params: URLSearchParams): ActionItemSearch {
  const rawSort = params.get('sort') ?? '';
  const descending = rawSort.startsWith('-');
  const column = oneOf(SORTABLE_COLUMNS, descending ? rawSort.slice(1) : rawSort);
  const page = Number(params.get('page'));
  const status = params.get('status');
  return {
    view: oneOf(ACTION_ITEM_VIEWS, params.get('view')) ?? 'mine',
    layout: oneOf(ACTION_ITEM_LAYOUTS, params.get('layout')) ?? 'list',
    status:
      status === 'any' ? 'any' : (oneOf(ACTION_ITEM_STATUSES, status) ?? ('open-work' as const)),
    priority: oneOf(ACTION_ITEM_PRIORITIES, params.get('priority')),
    organisationId: params.get('organisationId') || null,
    q: params.get('q') ?? '',
    sort: column ? { column, descending } : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

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

type SearchUpdate = Partial<Omit<ActionItemSearch, 'sort'>> & {
  sort?: ActionItemSearch['sort'];
};

/** Views and filters live in the URL, so a link (from the dashboard, say) opens the same list. */
export function useActionItemSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseActionItemSearch(params), [params]);

  const update = useCallback(
    (changes: SearchUpdate) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          const set = (key: string, value: string | null, fallback?: string) => {
            if (value === null || value === '' || value === fallback) next.delete(key);
            else next.set(key, value);
          };
          if (changes.view !== undefined) set('view', changes.view, 'mine');
          if (changes.layout !== undefined) set('layout', changes.layout, 'list');
          if (changes.status !== undefined) set('status', changes.status, 'open-work');
          if (changes.priority !== undefined) set('priority', changes.priority);
          if (changes.organisationId !== undefined) set('organisationId', changes.organisationId);
          if (changes.q !== undefined) set('q', changes.q);
          if (changes.sort !== undefined) {
            const { column, descending } = changes.sort;
            set('sort', `${descending ? '-' : ''}${column}`, 'dueOn');
          }
          // Any change but paging itself starts at the first page again.
          set('page', changes.page !== undefined ? String(changes.page) : null, '1');
          return next;
        },
        { replace: changes.q !== undefined },
      );
    },
    [setParams],
  );

  return { search, update };
}
