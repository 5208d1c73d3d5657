import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useCoalition } from '../../features/coalitions/api/get-coalitions';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

function CoalitionDetails() {
  const { t } = useTranslation();
  const format = useFormat();
  const coalitionQuery = useCoalition(useCoalitionId());

  if (coalitionQuery.isPending) {
    return (
      <div className="details-block" aria-busy="true">
        <Skeleton height="9rem" />
      </div>
    );
  }
  if (coalitionQuery.isError || !coalitionQuery.data) {
    return (
      <div className="details-block">
        <p className="alert alert--error" role="alert">
          {t('dashboard.loadFailed')}{' '}
          {coalitionQuery.isError && describeError(coalitionQuery.error, t)}
        </p>
      </div>
    );
  }

  const coalition = coalitionQuery.data;
  return (
    <dl className="details-block description-list">
      <div>
        <dt>{t('dashboard.region')}</dt>
        <dd>{coalition.region ?? <span className="muted">{t('dashboard.noRegion')}</span>}</dd>
      </div>
      <div>
        <dt>{t('dashboard.themes')}</dt>
        <dd>
          {coalition.themes.length > 0 ? (
            <span className="badge-list">
              {coalition.themes.map((theme) => (
                <Badge key={theme}>{theme}</Badge>
              ))}
            </span>
          ) : (
            <span className="muted">{t('dashboard.noThemes')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('dashboard.since')}</dt>
        <dd>{format.date(coalition.createdAt, 'long')}</dd>
      </div>
      {coalition.description && (
        <div>
          <dt>{t('dashboard.description')}</dt>
          <dd>{coalition.description}</dd>
        </div>
      )}
    </dl>
  );
}

export default function DashboardRoute() {
  const { t } = useTranslation();
  const membership = useCurrentMembership();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={membership?.coalitionName} />
      <div className="grid grid--2">
        <Card title={t('dashboard.about')}>
          <CoalitionDetails />
        </Card>
        <Card title={t('dashboard.insights')}>
          <EmptyState
            headingLevel={3}
            title={t('placeholder.title')}
            description={t('dashboard.insightsComingSoon')}
          />
        </Card>
      </div>
    </>
  );
}
