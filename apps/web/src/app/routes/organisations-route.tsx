import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { ModalDialog } from '../../components/ui/modal-dialog';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { useCoalitionStaff } from '../../features/people/api/get-coalition-staff';
import { OrganisationCreateForm } from '../../features/organisations/components/organisation-create-form';
import { OrganisationFilters } from '../../features/organisations/components/organisation-filters';
import { OrganisationTable } from '../../features/organisations/components/organisation-table';
import '../../features/organisations/components/organisations.css';
import {
  organisationTableUrl,
  PAGE_SIZE,
} from '../../features/organisations/hooks/organisation-table-state';
import { useOrganisationTable } from '../../features/organisations/hooks/use-organisation-table';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useUrlState } from '../../lib/url-state';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

/**
 * Filters, sort and page live in the URL, so a dashboard tile can link to "cooling partners"
 * and the back button restores the list.
 */
export default function OrganisationsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const coalitionId = useCoalitionId();
  const role = useCurrentMembership()?.role;
  const canEdit = role === 'coordinator' || role === 'member';
  const { state, update } = useUrlState(organisationTableUrl);
  const table = useOrganisationTable(coalitionId, state);
  const [creating, setCreating] = useState(false);
  const staffQuery = useCoalitionStaff(coalitionId, creating);

  const filtered =
    state.q || state.kind || state.status || state.health || state.risk || state.includeDeleted;
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(state.page * PAGE_SIZE, table.total);

  return (
    <>
      <PageHeader
        title={t('nav.organisations')}
        description={t('sections.organisations')}
        actions={
          canEdit && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t('organisations.new')}
            </Button>
          )
        }
      />
      <Card>
        <div className="stack">
          <OrganisationFilters
            state={state}
            onChange={update}
            insightsAvailable={!table.insightsError}
            canSeeDeleted={role === 'coordinator'}
          />
          {Boolean(table.insightsError) && (
            <p className="alert alert--error" role="alert">
              {t('organisations.insightsFailed')} {describeError(table.insightsError, t)}
            </p>
          )}
          {table.error ? (
            <p className="alert alert--error" role="alert">
              {describeError(table.error, t)}
            </p>
          ) : !table.isPending && table.rows.length === 0 ? (
            filtered ? (
              <EmptyState
                title={t('organisations.emptyFilteredTitle')}
                description={t('organisations.emptyFilteredDescription')}
                action={
                  <Button
                    onClick={() =>
                      update({
                        q: '',
                        kind: null,
                        status: null,
                        health: null,
                        risk: null,
                        includeDeleted: false,
                      })
                    }
                  >
                    {t('organisations.filters.clear')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                title={t('organisations.emptyTitle')}
                description={
                  canEdit
                    ? t('organisations.emptyDescription')
                    : t('organisations.emptyDescriptionViewer')
                }
                action={
                  canEdit && (
                    <Button variant="primary" onClick={() => setCreating(true)}>
                      {t('organisations.new')}
                    </Button>
                  )
                }
              />
            )
          ) : (
            <>
              <p className="muted table-count" aria-live="polite">
                {table.isPending
                  ? t('organisations.loading')
                  : t('organisations.count', { count: table.total })}
              </p>
              <OrganisationTable
                coalitionId={coalitionId}
                rows={table.rows}
                sort={state.sort}
                onSortChange={(sort) => update({ sort })}
                isPending={table.isPending}
                insightsPending={table.insightsPending}
              />
              <Pagination
                page={state.page}
                pageSize={PAGE_SIZE}
                total={table.total}
                onPageChange={(page) => update({ page })}
                labels={{
                  navigation: t('organisations.pagination.label'),
                  previous: t('organisations.pagination.previous'),
                  next: t('organisations.pagination.next'),
                  range: t('organisations.pagination.range', {
                    first: format.number(first),
                    last: format.number(last),
                    total: format.number(table.total),
                  }),
                }}
              />
            </>
          )}
        </div>
      </Card>
      {creating && (
        <ModalDialog
          title={t('organisations.new')}
          closeLabel={t('organisations.close')}
          onClose={() => setCreating(false)}
          size="wide"
        >
          <OrganisationCreateForm
            coalitionId={coalitionId}
            ownerOptions={staffQuery.data ?? []}
            onCreated={(organisation) =>
              void navigate(`/c/${coalitionId}/organisations/${organisation.id}`)
            }
            onCancel={() => setCreating(false)}
          />
        </ModalDialog>
      )}
    </>
  );
}
