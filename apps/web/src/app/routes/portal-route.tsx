import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useMe } from '../../features/auth/api/get-me';
import { usePortal } from '../../features/portal/api/get-portal';
import { BenefitsSummary } from '../../features/portal/components/benefits-summary';
import { DeliveryOverview } from '../../features/portal/components/delivery-overview';
import { FairShareSummary } from '../../features/portal/components/fair-share-summary';
import { PeerComparison } from '../../features/portal/components/peer-comparison';
import { PortalActionItems } from '../../features/portal/components/portal-action-items';
import { PortalContacts } from '../../features/portal/components/portal-contacts';
import { PortalStats } from '../../features/portal/components/portal-stats';
import '../../components/ui/table-toolbar.css';
import '../../features/portal/components/portal.css';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

export default function PortalRoute() {
  const coalitionId = useCoalitionId();
  const membership = useCurrentMembership();
  const { user } = useMe();
  return (
    <PortalPage
      key={coalitionId}
      coalitionId={coalitionId}
      coalitionName={membership?.coalitionName ?? ''}
      organisationId={membership?.organisationId ?? null}
      userEmail={user.email}
    />
  );
}

/** A placeholder of the content's height while the portal loads, so nothing jumps. */
function Loading({ height }: { height: string }) {
  return (
    <div aria-busy="true">
      <Skeleton height={height} />
    </div>
  );
}

/**
 * The page proper, apart from the session lookup above: when the session expires while its
 * figures are still arriving, re-rendering it must not ask for the session again.
 */
export function PortalPage({
  coalitionId,
  coalitionName,
  organisationId,
  userEmail,
}: {
  coalitionId: string;
  coalitionName: string;
  organisationId: string | null;
  userEmail: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePortal(coalitionId);
  const portal = query.data;

  const header = (
    <PageHeader
      title={portal?.organisation.name ?? t('nav.portal')}
      description={
        <>
          {t('portal.description', { coalition: coalitionName })}
          {portal && (
            <span className="portal-period">
              {t('portal.period', {
                from: format.date(portal.period.from),
                to: format.date(portal.period.to),
              })}
            </span>
          )}
        </>
      }
    />
  );

  if (organisationId === null) {
    return (
      <>
        {header}
        <p className="alert alert--error" role="alert">
          {t('portal.noOrganisation')}
        </p>
      </>
    );
  }

  if (query.isError) {
    return (
      <>
        {header}
        <div className="alert alert--error portal-error" role="alert">
          <p>
            {t('portal.loadFailed')} {describeError(query.error, t)}
          </p>
          <Button size="sm" onClick={() => void query.refetch()}>
            {t('portal.retry')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <div className="portal">
      {header}
      {query.isPending && (
        <span className="visually-hidden" role="status">
          {t('portal.loading')}
        </span>
      )}
      {portal ? <PortalStats portal={portal} /> : <Loading height="4.75rem" />}
      <Card title={t('portal.delivery.title')}>
        {portal ? (
          <DeliveryOverview coalitionId={coalitionId} commitments={portal.commitments} />
        ) : (
          <Loading height="24rem" />
        )}
      </Card>
      <div className="portal-grid">
        <div className="portal-column">
          <Card title={t('portal.fairShare.title')}>
            {portal ? <FairShareSummary portal={portal} /> : <Loading height="12rem" />}
          </Card>
          <Card title={t('portal.benefits.title')}>
            {portal ? <BenefitsSummary benefits={portal.benefits} /> : <Loading height="12rem" />}
          </Card>
        </div>
        <Card title={t('portal.comparison.title')}>
          {portal ? <PeerComparison portal={portal} /> : <Loading height="28rem" />}
        </Card>
      </div>
      <div className="portal-grid">
        <Card title={t('portal.actionItems.title')}>
          {portal ? <PortalActionItems items={portal.actionItems} /> : <Loading height="9rem" />}
        </Card>
        <Card title={t('portal.contacts.title')}>
          {portal ? (
            <PortalContacts
              coalitionId={coalitionId}
              organisationId={organisationId}
              organisationName={portal.organisation.name}
              userEmail={userEmail}
            />
          ) : (
            <Loading height="9rem" />
          )}
        </Card>
      </div>
    </div>
  );
}
