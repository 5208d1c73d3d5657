import type { PortalDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { countsAsPledged, roundCents } from './portal-format';

/** The partner's totals at a glance: pledged and delivered value, and what came back. */
export function PortalStats({ portal }: { portal: PortalDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = portal.commitments.filter((c) => countsAsPledged(c.status));
  const pledged = roundCents(counted.reduce((sum, c) => sum + c.pledgedValueEur, 0));
  const delivered = roundCents(counted.reduce((sum, c) => sum + c.deliveredValueEur, 0));
  const benefits = portal.benefits.reduce((sum, b) => sum + b.quantity, 0);
  return (
    <dl className="portal-stats" aria-label={t('portal.stats.label')}>
      <div className="portal-stat">
        <dt>{t('portal.stats.pledged')}</dt>
        <dd>{format.currency(pledged)}</dd>
      </div>
      <div className="portal-stat">
        <dt>{t('portal.stats.delivered')}</dt>
        <dd data-testid="total-delivered">{format.currency(delivered)}</dd>
      </div>
      <div className="portal-stat">
        <dt>{t('portal.stats.deliveredShare')}</dt>
        <dd>{format.percent(pledged > 0 ? delivered / pledged : 0)}</dd>
      </div>
      <div className="portal-stat">
        <dt>{t('portal.stats.benefits')}</dt>
        <dd>{format.number(benefits)}</dd>
      </div>
    </dl>
  );
}
