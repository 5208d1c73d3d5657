import type { OrganisationInsightDto, PersonDto } from '@regiokracht/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../../components/ui/skeleton';
import { Sparkline } from '../../../components/ui/sparkline';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { factorSentence } from '../../../lib/succession-sentences';
import { useListFormat } from '../../../lib/use-list-format';
import { HEALTH_TONES, HealthBadge, RiskBadge } from './insight-badges';

export interface OrganisationInsightSummaryProps {
  insight: OrganisationInsightDto | null | undefined;
  isPending: boolean;
  error: unknown;
  /** The organisation's people, for the leaving dates behind a factor. */
  people: PersonDto[];
}

/** Health with the engagement index and its 12-month line; succession risk with its reasons. */
export function OrganisationInsightSummary({
  insight,
  isPending,
  error,
  people,
}: OrganisationInsightSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListFormat();
  const headingId = useId();

  if (isPending) {
    return (
      <div className="insight-summary" aria-busy="true">
        <Skeleton height="5.5rem" />
        <Skeleton height="5.5rem" />
      </div>
    );
  }
  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        {t('organisations.insightsFailed')} {describeError(error, t)}
      </p>
    );
  }
  if (!insight) {
    // Organisations that left, or are deleted, have no insights.
    return <p className="muted">{t('organisations.noInsight')}</p>;
  }

  const { engagement, succession, series } = insight;
  const leavingOn = (personId: string) => people.find((p) => p.id === personId)?.leavingOn ?? null;
  const days = engagement.daysSinceLastInteraction;

  return (
    <div className="insight-summary">
      <section className="insight-summary__block" aria-labelledby={`${headingId}-engagement`}>
        <h2 id={`${headingId}-engagement`} className="insight-summary__title">
          {t('organisations.engagement')}
        </h2>
        <div className="insight-summary__row">
          <HealthBadge health={engagement.health} />
          <span className="insight-summary__figure">
            <span className="insight-summary__number">{format.number(engagement.index)}</span>
            <span className="muted"> / 100</span>
          </span>
          <Sparkline
            values={series.map((p) => p.score)}
            label={t('organisations.sparklineLabel', { name: insight.name })}
            width={140}
            height={36}
            tone={HEALTH_TONES[engagement.health]}
          />
        </div>
        <p className="muted insight-summary__note">
          {days === null
            ? t('organisations.neverContacted')
            : t('organisations.lastContact', { count: days })}
        </p>
      </section>
      <section className="insight-summary__block" aria-labelledby={`${headingId}-succession`}>
        <h2 id={`${headingId}-succession`} className="insight-summary__title">
          {t('organisations.successionRisk')}
        </h2>
        <div className="insight-summary__row">
          <RiskBadge level={succession.level} />
          <span className="muted">
            {t('organisations.riskScore', { score: format.number(succession.score) })}
          </span>
        </div>
        {succession.factors.length === 0 ? (
          <p className="muted insight-summary__note">{t('organisations.noRiskFactors')}</p>
        ) : (
          <ul className="insight-summary__factors">
            {succession.factors.map((factor) => (
              <li key={factor.code}>
                {factorSentence(factor, t, {
                  list,
                  date: (d) => format.date(d, 'long'),
                  leavingOn,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
