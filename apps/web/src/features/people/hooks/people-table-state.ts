import {
  PERSON_LAYERS,
  PERSON_STATUSES,
  type PersonLayer,
  type PersonListQuery,
  type PersonStatus,
} from '@regiokracht/shared';
import { oneOf, parseSortParam, readPage, sortParam } from '../../../lib/url-state';

export const PEOPLE_SORTS = [
  'name',
  'organisationName',
  'role',
  'layer',
  'status',
  'leavingOn',
] as const;
export type PeopleSortKey = (typeof PEOPLE_SORTS)[number];

export interface PeopleSort {
  key: PeopleSortKey;
  descending: boolean;
}

/** The people list's filters, sort and page, as kept in the URL. */
export interface PeopleTableState {
  q: string;
  organisationId: string | null;
  status: PersonStatus | null;
  layer: PersonLayer | null;
  keyContact: boolean | null;
  sort: PeopleSort;
  page: number;
}

export const PEOPLE_PAGE_SIZE = 25;
const DEFAULT_SORT: PeopleSort = { key: 'name', descending: false };

function formatSort(sort: PeopleSort): string {
  return sortParam(sort.key, sort.descending);
}

export function readPeopleState(params: URLSearchParams): PeopleTableState {
  const keyContact = params.get('keyContact');
  return {
    q: params.get('q') ?? '',
    organisationId: params.get('organisationId') || null,
    status: oneOf(PERSON_STATUSES, params.get('status')),
    layer: oneOf(PERSON_LAYERS, params.get('layer')),
    keyContact: keyContact === 'true' ? true : keyContact === 'false' ? false : null,
    sort: parseSortParam(params.get('sort'), PEOPLE_SORTS) ?? DEFAULT_SORT,
    page: readPage(params),
  };
}

export function writePeopleState(state: PeopleTableState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.organisationId) params.set('organisationId', state.organisationId);
  if (state.status) params.set('status', state.status);
  if (state.layer) params.set('layer', state.layer);
  if (state.keyContact !== null) params.set('keyContact', String(state.keyContact));
  if (formatSort(state.sort) !== formatSort(DEFAULT_SORT))
    params.set('sort', formatSort(state.sort));
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Everything is filtered, sorted and paged by the API. */
export function toPeopleQuery(state: PeopleTableState): PersonListQuery {
  return {
    q: state.q || undefined,
    organisationId: state.organisationId ?? undefined,
    status: state.status ?? undefined,
    layer: state.layer ?? undefined,
    isKeyContact: state.keyContact ?? undefined,
    sort: formatSort(state.sort),
    page: state.page,
    pageSize: PEOPLE_PAGE_SIZE,
  };
}

/** Every change but paging replaces the history entry: back leaves the list, not one filter. */
function replacesEntry(changes: Partial<PeopleTableState>): boolean {
  return !('page' in changes);
}

export const peopleTableUrl = {
  read: readPeopleState,
  write: writePeopleState,
  replace: replacesEntry,
};
