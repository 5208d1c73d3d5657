import type { CommitmentDto } from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useCommitmentOverview } from '../api/get-commitment-overview';
import { useCommitments } from '../api/get-commitments';
import {
  COMMITMENTS_PAGE_SIZE,
  overviewFilters,
  tableFilters,
  useCommitmentSearch,
  type CommitmentSort,
} from '../hooks/use-commitment-search';
import { useQuantityFormat } from './commitment-format';
import { CommitmentFilters } from './commitment-filters';
import { CommitmentsOverview } from './commitments-overview';
import { CommitmentsTable } from './commitments-table';
import { ContributionForm } from './contribution-form';
import { FairShareChart } from './fair-share-chart';
import '../../../components/ui/table-toolbar.css';
import './commitments.css';

export interface CommitmentsWorkspaceProps {
  coalitionId: string;
  canReport: boolean;
  /** The fair-share comparison names companies: staff only, never partners. */
  showFairShare: boolean;
}

export function CommitmentsWorkspace({
  coalitionId,
  canReport,
  showFairShare,
}: CommitmentsWorkspaceProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatQuantity = useQuantityFormat();
  const { search, update } = useCommitmentSearch();
  const overview = useCommitmentOverview(coalitionId, overviewFilters(search));
  const list = useCommitments(coalitionId, tableFilters(search));
  const [reporting, setReporting] = useState<CommitmentDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const filtered = Boolean(search.kind || search.status || search.organisationId);

  function sortBy(column: CommitmentSort) {
    const descending = search.sort.column === column ? !search.sort.descending : false;
    update({ sort: { column, descending } });
  }

  const total = list.data?.total ?? 0;
  const lastRow = Math.min(search.page * COMMITMENTS_PAGE_SIZE, total);

  function renderTable() {
    if (list.isPending) {
      return (
        <div className="stack" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t('commitments.table.loading')}
          </span>
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
          <Skeleton height="3rem" />
        </div>
      );
    }
    if (list.isError) {
      return (
        <p className="alert alert--error" role="alert">
          {t('commitments.table.loadFailed')} {describeError(list.error, t)}
        </p>
      );
    }
    if (list.data.items.length === 0) {
      return (
        <EmptyState
          headingLevel={3}
          title={filtered ? t('commitments.empty.filteredTitle') : t('commitments.empty.title')}
          description={
            filtered
              ? t('commitments.empty.filteredDescription')
              : t('commitments.empty.description')
          }
          action={
            filtered ? (
              <Button onClick={() => update({ kind: null, status: null, organisationId: null })}>
                {t('commitments.filters.clear')}
              </Button>
            ) : undefined
          }
        />
      );
    }
    return (
      <>
        <CommitmentsTable
          commitments={list.data.items}
          canReport={canReport}
          onReport={(commitment) => {
            setNotice(null);
            setReporting(commitment);
          }}
          sort={search.sort}
          onSort={sortBy}
        />
        {total > COMMITMENTS_PAGE_SIZE && (
          <nav className="pager" aria-label={t('commitments.pager.label')}>
            <Button
              size="sm"
              disabled={search.page <= 1}
              onClick={() => update({ page: search.page - 1 })}
            >
              {t('commitments.pager.previous')}
            </Button>
            <span className="pager__range">
              {t('commitments.pager.range', {
                from: format.number((search.page - 1) * COMMITMENTS_PAGE_SIZE + 1),
                to: format.number(lastRow),
                total: format.number(total),
              })}
            </span>
            <Button
              size="sm"
              disabled={lastRow >= total}
              onClick={() => update({ page: search.page + 1 })}
            >
              {t('commitments.pager.next')}
            </Button>
          </nav>
        )}
      </>
    );
  }

  return (
    <div className="commitments">
      <CommitmentFilters coalitionId={coalitionId} search={search} onChange={update} />
      <Card title={t('commitments.overview.title')}>
        <CommitmentsOverview
          overview={overview.data}
          isPending={overview.isPending}
          error={overview.error}
        />
      </Card>
      <Card title={t('commitments.table.title')}>
        <div className="stack">
          <p className="alert alert--success" role="status" hidden={!notice}>
            {notice}
          </p>
          {renderTable()}
        </div>
      </Card>
      {showFairShare && (
        <Card title={t('commitments.fairShare.title')}>
          <FairShareChart coalitionId={coalitionId} />
        </Card>
      )}
      {reporting && (
        <ModalDialog
          title={t('commitments.contribution.title')}
          closeLabel={t('commitments.contribution.close')}
          onClose={() => setReporting(null)}
        >
          <ContributionForm
            coalitionId={coalitionId}
            commitment={reporting}
            onCancel={() => setReporting(null)}
            onDone={(contribution) => {
              setNotice(
                t('commitments.contribution.done', {
                  quantity: formatQuantity(contribution.quantity, reporting.unit),
                  organisation: reporting.organisationName,
                }),
              );
              setReporting(null);
            }}
          />
        </ModalDialog>
      )}
    </div>
  );
}
