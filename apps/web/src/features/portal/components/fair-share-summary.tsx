import type { PortalDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { explainFairShare, type FairShareExplanation } from './fair-share-explanation';

export interface FairShareSummaryProps {
  portal: PortalDto;
}

/** The partner's fair-share index with one plain sentence saying what it means. */
export function FairShareSummary({ portal }: FairShareSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const explanation = explainFairShare(portal.fairShare, portal.organisation.sizeClass);
  const index = portal.fairShare?.index ?? null;

  function sentence(e: FairShareExplanation): string {
    switch (e.kind) {
      case 'notCovered':
        return t('portal.fairShare.notCovered');
      case 'noDeliveries':
        return t('portal.fairShare.noDeliveries');
      case 'withheld':
        return t('portal.fairShare.withheld', { value: format.currency(e.deliveredValueEur) });
      case 'noSizeClass':
        return t('portal.fairShare.noSizeClass', { value: format.currency(e.deliveredValueEur) });
      case 'nothing':
        return t('portal.fairShare.nothing');
      case 'above':
      case 'fair':
      case 'below':
        return t(`portal.fairShare.${e.kind}`, {
          value: format.currency(e.deliveredValueEur),
          index: format.number(e.index, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          times: format.number(e.index, { maximumFractionDigits: 2 }),
          percent: format.percent(e.index),
        });
    }
  }

  return (
    <div className="portal-fair-share">
      <div className="portal-fair-share__figure">
        <span className="portal-fair-share__label">{t('portal.fairShare.indexLabel')}</span>
        <span className="portal-fair-share__index">
          {index === null
            ? '—'
            : format.number(index, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
        </span>
        {index === null && (
          <span className="visually-hidden">{t('portal.fairShare.notAvailable')}</span>
        )}
        <span className="muted small">
          {t('portal.fairShare.over', {
            from: format.date(portal.period.from),
            to: format.date(portal.period.to),
          })}
        </span>
      </div>
      <p className="portal-fair-share__sentence" data-testid="fair-share-sentence">
        {sentence(explanation)}
      </p>
      <details className="portal-details">
        <summary>{t('portal.fairShare.howTitle')}</summary>
        <p className="muted small">{t('portal.fairShare.how')}</p>
      </details>
    </div>
  );
}
