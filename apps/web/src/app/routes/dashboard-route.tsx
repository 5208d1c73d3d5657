import type { OrganisationInsightDto } from '@regiokracht/shared';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useCoalition } from '../../features/coalitions/api/get-coalitions';
import { useDashboard } from '../../features/dashboard/api/get-dashboard';
import { useOrganisationInsights } from '../../features/dashboard/api/get-organisation-insights';
import { CoolingPartners } from '../../features/dashboard/components/cooling-partners';
import { DashboardTiles } from '../../features/dashboard/components/dashboard-tiles';
import { NeedsAttentionList } from '../../features/dashboard/components/needs-attention-list';
import { SuccessionHeatmap } from '../../features/dashboard/components/succession-heatmap';
import { UpcomingDepartures } from '../../features/dashboard/components/upcoming-departures';
import '../../features/dashboard/components/dashboard.css';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

// The chart library is the heaviest part of the page: it loads after the figures are shown.
const EngagementTrend = lazy(() =>
  import('../../features/dashboard/components/engagement-trend').then((module) => ({
    default: module.EngagementTrend,
  })),
);

/** Loading, failed or loaded content of one dashboard card. */
function Loadable({
  isPending,
  error,
  height,
  onRetry,
  children,
}: {
  isPending: boolean;
  error: unknown;
  height: string;
  onRetry: () => void;
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <div className="alert alert--error dashboard-error" role="alert">
        <p>
          {t('dashboard.loadFailed')} {describeError(error, t)}
        </p>
        <Button size="sm" onClick={onRetry}>
          {t('errors.tryAgain')}
        </Button>
      </div>
    );
  }
  if (isPending) {
    return (
      <div aria-busy="true">
        <Skeleton height={height} />
      </div>
    );
  }
  return <>{children()}</>;
}

function CoalitionLine({ coalitionId }: { coalitionId: string }) {
  const coalition = useCoalition(coalitionId).data;
  if (!coalition) return null;
  return (
    <span className="dashboard-coalition">
      {coalition.region && <span>{coalition.region}</span>}
      {coalition.themes.map((theme) => (
        <Badge key={theme}>{theme}</Badge>
      ))}
    </span>
  );
}

export default function DashboardRoute() {
  const coalitionId = useCoalitionId();
  const membership = useCurrentMembership();
  return (
    <DashboardPage
      coalitionId={coalitionId}
      coalitionName={membership?.coalitionName ?? ''}
      canEdit={membership?.role === 'coordinator' || membership?.role === 'member'}
    />
  );
}

/**
 * The page proper, apart from the session lookup above: when the session expires while its
 * figures are still arriving, re-rendering it must not ask for the session again.
 */
function DashboardPage({
  coalitionId,
  coalitionName,
  canEdit,
}: {
  coalitionId: string;
  coalitionName: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dashboardQuery = useDashboard(coalitionId);
  const insightsQuery = useOrganisationInsights(coalitionId);
  const insights = insightsQuery.data;
  const insightMap = useMemo(
    () =>
      new Map<string, OrganisationInsightDto>((insights ?? []).map((i) => [i.organisationId, i])),
    [insights],
  );
  const dashboard = dashboardQuery.data;
  const retryDashboard = () => void dashboardQuery.refetch();
  const retryInsights = () => void insightsQuery.refetch();

  // Marks the moment the dashboard shows its data; `npm run bench` times page loads up to it.
  const ready = Boolean(dashboard && insights);

  return (
    <>
      <span hidden data-dashboard-ready={ready ? 'true' : 'false'} />
      <PageHeader
        title={t('dashboard.title')}
        description={
          <>
            {coalitionName}
            {dashboard && (
              <span className="muted">
                {' · '}
                {t('dashboard.asOf', { date: format.dateTime(dashboard.asOf) })}
              </span>
            )}
          </>
        }
        actions={<CoalitionLine coalitionId={coalitionId} />}
      />
      {dashboardQuery.error ? (
        <Loadable
          isPending={false}
          error={dashboardQuery.error}
          height="0"
          onRetry={retryDashboard}
        >
          {() => null}
        </Loadable>
      ) : (
        <DashboardTiles
          coalitionId={coalitionId}
          dashboard={dashboard}
          isPending={dashboardQuery.isPending}
        />
      )}
      <div className="dashboard-grid dashboard-grid--attention">
        <Card
          title={
            dashboard
              ? t('dashboard.attention.titleCount', { count: dashboard.needsAttention.total })
              : t('dashboard.attention.title')
          }
        >
          <Loadable
            isPending={dashboardQuery.isPending || insightsQuery.isPending}
            error={dashboardQuery.error}
            height="30rem"
            onRetry={retryDashboard}
          >
            {() => (
              <NeedsAttentionList
                coalitionId={coalitionId}
                dashboard={dashboard!}
                insights={insightMap}
              />
            )}
          </Loadable>
        </Card>
        <div className="dashboard-column">
          <Card title={t('dashboard.departures.title')}>
            <Loadable
              isPending={dashboardQuery.isPending}
              error={dashboardQuery.error}
              height="10rem"
              onRetry={retryDashboard}
            >
              {() => (
                <UpcomingDepartures
                  coalitionId={coalitionId}
                  departures={dashboard!.departures}
                  canStartHandover={canEdit}
                />
              )}
            </Loadable>
          </Card>
          <Card title={t('dashboard.trend.title')}>
            <Loadable
              isPending={insightsQuery.isPending}
              error={insightsQuery.error}
              height="17rem"
              onRetry={retryInsights}
            >
              {() => (
                <Suspense
                  fallback={
                    <div aria-busy="true">
                      <Skeleton height="17rem" />
                    </div>
                  }
                >
                  <EngagementTrend insights={insights!} />
                </Suspense>
              )}
            </Loadable>
          </Card>
        </div>
      </div>
      <Card title={t('dashboard.cooling.title')}>
        <Loadable
          isPending={insightsQuery.isPending}
          error={insightsQuery.error}
          height="9rem"
          onRetry={retryInsights}
        >
          {() => <CoolingPartners coalitionId={coalitionId} insights={insights!} />}
        </Loadable>
      </Card>
      <Card title={t('dashboard.heatmap.title')}>
        <Loadable
          isPending={insightsQuery.isPending}
          error={insightsQuery.error}
          height="18rem"
          onRetry={retryInsights}
        >
          {() => <SuccessionHeatmap coalitionId={coalitionId} insights={insights!} />}
        </Loadable>
      </Card>
    </>
  );
}
