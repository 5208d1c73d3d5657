import type { DashboardDto, OrganisationInsightDto } from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormat } from '../../../lib/format';
import { useListFormat } from '../../../lib/use-list-format';
import { reasonSentence } from './attention-sentences';
import { HealthBadge, RiskBadge } from './insight-badges';

export interface NeedsAttentionListProps {
  coalitionId: string;
  dashboard: DashboardDto;
  insights: Map<string, OrganisationInsightDto>;
}

/** The most urgent first; the rest of the API's top 20 on request. */
const INITIAL_ITEMS = 6;

/** The API's ranked list, each with its reasons in words and a way to act on it. */
export function NeedsAttentionList({ coalitionId, dashboard, insights }: NeedsAttentionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListFormat();
  const [expanded, setExpanded] = useState(false);
  const { items, total } = dashboard.needsAttention;
  const shown = expanded ? items : items.slice(0, INITIAL_ITEMS);
  const leaving = new Map(dashboard.departures.map((d) => [d.person.id, d.person.leavingOn]));
  const context = {
    list,
    date: (value: string) => format.date(value, 'long'),
    leavingOn: (personId: string) => leaving.get(personId) ?? null,
  };

  if (items.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('dashboard.attention.emptyTitle')}
        description={t('dashboard.attention.emptyDescription')}
      />
    );
  }

  return (
    <>
      <ol className="attention-list">
        {shown.map((item) => {
          const insight = insights.get(item.organisationId);
          return (
            <li key={item.organisationId} className="attention-list__item">
              <div className="attention-list__head">
                <Link
                  to={`/c/${coalitionId}/organisations/${item.organisationId}`}
                  className="attention-list__name"
                >
                  {item.name}
                </Link>
                <span className="attention-list__badges">
                  {item.risk !== 'low' && <RiskBadge level={item.risk} />}
                  {item.health !== 'engaged' && <HealthBadge health={item.health} />}
                </span>
              </div>
              <ul className="attention-list__reasons">
                {item.reasons.map((reason) => (
                  <li key={`${reason.kind}-${reason.code}`}>
                    {reasonSentence(reason, item, insight, t, context)}
                  </li>
                ))}
              </ul>
              <Link
                to={`/c/${coalitionId}/organisations/${item.organisationId}`}
                className="attention-list__act"
                aria-label={t('dashboard.attention.actFor', { name: item.name })}
              >
                {t('dashboard.attention.act')}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="attention-list__more">
        {items.length > INITIAL_ITEMS && (
          <Button size="sm" onClick={() => setExpanded((open) => !open)}>
            {expanded
              ? t('dashboard.attention.showFewer')
              : t('dashboard.attention.showMore', { count: items.length - INITIAL_ITEMS })}
          </Button>
        )}
        {(expanded || items.length <= INITIAL_ITEMS) && total > items.length && (
          <p className="muted">
            {t('dashboard.attention.more', { shown: items.length, total })}{' '}
            <Link to={`/c/${coalitionId}/organisations?sort=risk`}>
              {t('dashboard.attention.seeAll')}
            </Link>
          </p>
        )}
      </div>
    </>
  );
}
