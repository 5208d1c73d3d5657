import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { useAllOrganisations } from '../../features/organisations/api/get-organisations';
import { usePeople } from '../../features/people/api/get-people';
import { PeopleFilters } from '../../features/people/components/people-filters';
import { PeopleTable } from '../../features/people/components/people-table';
import '../../features/people/components/people.css';
import {
  PEOPLE_PAGE_SIZE,
  peopleTableUrl,
  toPeopleQuery,
} from '../../features/people/hooks/people-table-state';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { useCoalitionId } from '../layout/use-coalition';

export default function PeopleRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const coalitionId = useCoalitionId();
  const { state, update } = useUrlState(peopleTableUrl);
  const peopleQuery = usePeople(coalitionId, toPeopleQuery(state));
  const organisationsQuery = useAllOrganisations(coalitionId);

  const clear = () =>
    update({ q: '', organisationId: null, status: null, layer: null, keyContact: null });

  const filtered =
    state.q || state.organisationId || state.status || state.layer || state.keyContact !== null;
  const total = peopleQuery.data?.total ?? 0;
  const people = peopleQuery.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('nav.people')} description={t('sections.people')} />
      <Card>
        <div className="stack">
          <PeopleFilters
            state={state}
            onChange={update}
            organisationOptions={(organisationsQuery.data ?? []).map((o) => ({
              id: o.id,
              name: o.name,
            }))}
          />
          {peopleQuery.error ? (
            <p className="alert alert--error" role="alert">
              {describeError(peopleQuery.error, t)}
            </p>
          ) : !peopleQuery.isPending && people.length === 0 ? (
            <EmptyState
              title={filtered ? t('people.emptyFilteredTitle') : t('people.emptyTitle')}
              description={
                filtered ? t('people.emptyFilteredDescription') : t('people.emptyDescription')
              }
              action={filtered && <Button onClick={clear}>{t('people.filters.clear')}</Button>}
            />
          ) : (
            <>
              <p className="muted table-count" aria-live="polite">
                {peopleQuery.isPending ? t('people.loading') : t('people.count', { count: total })}
              </p>
              <PeopleTable
                coalitionId={coalitionId}
                people={people}
                sort={state.sort}
                onSortChange={(sort) => update({ sort })}
                isPending={peopleQuery.isPending}
              />
              <Pagination
                page={state.page}
                pageSize={PEOPLE_PAGE_SIZE}
                total={total}
                onPageChange={(page) => update({ page })}
                labels={{
                  navigation: t('people.pagination.label'),
                  previous: t('people.pagination.previous'),
                  next: t('people.pagination.next'),
                  range: t('people.pagination.range', {
                    first: format.number((state.page - 1) * PEOPLE_PAGE_SIZE + 1),
                    last: format.number(Math.min(state.page * PEOPLE_PAGE_SIZE, total)),
                    total: format.number(total),
                  }),
                }}
              />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
