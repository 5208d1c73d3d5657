import type { OrganisationInsightDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { Sparkline } from '../../../components/ui/sparkline';
import { useFormat } from '../../../lib/format';
import { HEALTH_TONES, HealthBadge } from './insight-badges';

const TOP = 10;

/** Cooling and dormant partners that fell furthest from their peak of the last year. */
export function topCooling(
  insights: OrganisationInsightDto[],
  top = TOP,
): OrganisationInsightDto[] {
  return insights
    .filter((i) => i.engagement.health === 'cooling' || i.engagement.health === 'dormant')
    .sort(
      (a, b) =>
        b.engagement.peak - b.engagement.score - (a.engagement.peak - a.engagement.score) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, top);
}

export function CoolingPartners({
  coalitionId,
  insights,
}: {
  coalitionId: string;
  insights: OrganisationInsightDto[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const partners = topCooling(insights);

  if (partners.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('dashboard.cooling.emptyTitle')}
        description={t('dashboard.cooling.emptyDescription')}
      />
    );
  }

  return (
    <ul className="small-multiples">
      {partners.map((partner) => {
        const days = partner.engagement.daysSinceLastInteraction;
        return (
          <li key={partner.organisationId} className="small-multiples__item">
            <Link
              to={`/c/${coalitionId}/organisations/${partner.organisationId}`}
              className="small-multiples__name"
              title={partner.name}
            >
              {partner.name}
            </Link>
            <div className="small-multiples__line">
              <Sparkline
                values={partner.series.map((p) => p.score)}
                label={t('dashboard.cooling.sparkline', { name: partner.name })}
                width={120}
                height={32}
                tone={HEALTH_TONES[partner.engagement.health]}
              />
              <HealthBadge health={partner.engagement.health} />
            </div>
            <p className="small-multiples__meta muted">
              {t('dashboard.cooling.index', { index: format.number(partner.engagement.index) })}
              {days !== null && <> · {t('dashboard.cooling.lastContact', { count: days })}</>}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
