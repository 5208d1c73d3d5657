import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Skeleton } from '../../components/ui/skeleton';
import { useHandovers } from '../../features/handovers/api/get-handovers';
import { HandoversTable } from '../../features/handovers/components/handovers-table';
import '../../components/ui/records.css';
import '../../features/handovers/components/handovers.css';
import { describeError } from '../../lib/error-message';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

const PAGE_SIZE = 25;

export default function HandoversRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const role = useCurrentMembership()?.role;
  const canEdit = role === 'coordinator' || role === 'member';
  const [page, setPage] = useState(1);
  const query = useHandovers(coalitionId, { page, pageSize: PAGE_SIZE });
  const start = canEdit ? (
    <Link className="btn btn--primary" to={`/c/${coalitionId}/handovers/new`}>
      {t('handovers.list.start')}
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader
        title={t('nav.handovers')}
        description={t('sections.handovers')}
        actions={start}
      />
      <Card>
        {query.isPending ? (
          <div className="handover-skeleton" aria-busy="true">
            <Skeleton height={36} />
            <Skeleton height={36} />
            <Skeleton height={36} />
          </div>
        ) : query.isError ? (
          <p className="alert alert--error" role="alert">
            {describeError(query.error, t)}
          </p>
        ) : query.data.items.length === 0 ? (
          <EmptyState
            title={t('handovers.list.emptyTitle')}
            description={t('handovers.list.emptyDescription')}
            action={start}
          />
        ) : (
          <div className="stack">
            <HandoversTable coalitionId={coalitionId} handovers={query.data.items} />
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={query.data.total}
              onPageChange={setPage}
              labels={{
                navigation: t('handovers.list.pagination'),
                previous: t('handovers.list.previous'),
                next: t('handovers.list.next'),
                range: t('handovers.list.range', {
                  from: (page - 1) * PAGE_SIZE + 1,
                  to: Math.min(page * PAGE_SIZE, query.data.total),
                  total: query.data.total,
                }),
              }}
            />
          </div>
        )}
      </Card>
    </>
  );
}
