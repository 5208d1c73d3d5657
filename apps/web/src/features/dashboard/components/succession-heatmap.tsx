import {
  SUCCESSION_FACTOR_CODES,
  type OrganisationInsightDto,
  type SuccessionFactorCode,
} from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { RiskBadge } from './insight-badges';

const INITIAL_ROWS = 12;

export interface SuccessionHeatmapProps {
  coalitionId: string;
  insights: OrganisationInsightDto[];
}

/**
 * Organisations at high or medium succession risk × the factors behind it. Each present factor
 * is a filled cell, darker for more points; the table reads out as "factor: yes/no".
 */
export function SuccessionHeatmap({ coalitionId, insights }: SuccessionHeatmapProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const atRisk = insights
    .filter((i) => i.succession.level !== 'low')
    .sort(
      (a, b) =>
        (a.succession.level === 'high' ? 0 : 1) - (b.succession.level === 'high' ? 0 : 1) ||
        b.succession.score - a.succession.score ||
        a.name.localeCompare(b.name),
    );

  if (atRisk.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('dashboard.heatmap.emptyTitle')}
        description={t('dashboard.heatmap.emptyDescription')}
      />
    );
  }

  const rows = showAll ? atRisk : atRisk.slice(0, INITIAL_ROWS);
  const points = (insight: OrganisationInsightDto, code: SuccessionFactorCode) =>
    insight.succession.factors.find((f) => f.code === code)?.points ?? 0;

  return (
    <>
      <div className="table-wrap">
        <table className="heatmap">
          <caption className="visually-hidden">{t('dashboard.heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__org">
                {t('dashboard.heatmap.organisation')}
              </th>
              {SUCCESSION_FACTOR_CODES.map((code) => (
                <th key={code} scope="col" className="heatmap__factor">
                  <span>{t(`analytics.factorLabels.${code}`)}</span>
                </th>
              ))}
              <th scope="col">{t('dashboard.heatmap.risk')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((insight) => (
              <tr key={insight.organisationId}>
                <th scope="row" className="heatmap__org">
                  <Link to={`/c/${coalitionId}/organisations/${insight.organisationId}`}>
                    {insight.name}
                  </Link>
                </th>
                {SUCCESSION_FACTOR_CODES.map((code) => {
                  const value = points(insight, code);
                  const level = value >= 35 ? 3 : value >= 20 ? 2 : value > 0 ? 1 : 0;
                  return (
                    <td key={code} className={`heatmap__cell heatmap__cell--${level}`}>
                      <span className="visually-hidden">
                        {value > 0 ? t('dashboard.heatmap.present') : t('dashboard.heatmap.absent')}
                      </span>
                      {value > 0 && <span aria-hidden="true">{value}</span>}
                    </td>
                  );
                })}
                <td className="heatmap__level">
                  <RiskBadge level={insight.succession.level} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted heatmap__legend">{t('dashboard.heatmap.legend')}</p>
      {atRisk.length > INITIAL_ROWS && (
        <Button size="sm" onClick={() => setShowAll((all) => !all)}>
          {showAll
            ? t('dashboard.heatmap.showFewer')
            : t('dashboard.heatmap.showAll', { count: atRisk.length })}
        </Button>
      )}
    </>
  );
}
