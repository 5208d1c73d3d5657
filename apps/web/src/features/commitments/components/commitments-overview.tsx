import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import type { CommitmentOverview } from '../api/get-commitment-overview';
import { useNarrowScreen } from '../../../lib/use-narrow-screen';
import { singleLineTick } from './chart-tick';
import { useQuantityFormat } from './commitment-format';

export const CHART_COLORS = {
  pledged: '#9db8dc',
  delivered: '#1d4f91',
};

const ROW_HEIGHT = 44;
const KindTick = singleLineTick(22);
const NarrowKindTick = singleLineTick(13);

export interface CommitmentsOverviewProps {
  overview: CommitmentOverview | undefined;
  isPending: boolean;
  error: unknown;
}

/** Pledged against delivered per kind: euros in the chart, quantities per unit in the table. */
export function CommitmentsOverview({ overview, isPending, error }: CommitmentsOverviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatQuantity = useQuantityFormat();
  const narrow = useNarrowScreen();

  if (isPending) {
    return (
      <div className="commitments-overview" aria-busy="true">
        <span className="visually-hidden" role="status">
          {t('commitments.overview.loading')}
        </span>
        <Skeleton height="4rem" />
        <Skeleton height="16rem" />
      </div>
    );
  }
  if (error || !overview) {
    return (
      <p className="alert alert--error" role="alert">
        {t('commitments.overview.loadFailed')} {describeError(error, t)}
      </p>
    );
  }
  if (overview.count === 0) {
    return <p className="muted">{t('commitments.overview.empty')}</p>;
  }

  const share =
    overview.pledgedValueEur > 0 ? overview.deliveredValueEur / overview.pledgedValueEur : 0;
  const data = overview.byKind.map((kind) => ({
    label: t(`commitments.kinds.${kind.kind}`),
    pledged: kind.pledgedValueEur,
    delivered: kind.deliveredValueEur,
  }));
  const compactEuro = (value: number) =>
    format.number(value, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    });

  return (
    <div className="commitments-overview">
      <dl className="stat-row">
        <div className="stat">
          <dt>{t('commitments.overview.pledgedValue')}</dt>
          <dd>{format.currency(overview.pledgedValueEur)}</dd>
        </div>
        <div className="stat">
          <dt>{t('commitments.overview.deliveredValue')}</dt>
          <dd>{format.currency(overview.deliveredValueEur)}</dd>
        </div>
        <div className="stat">
          <dt>{t('commitments.overview.deliveredShare')}</dt>
          <dd>{format.percent(share)}</dd>
        </div>
        <div className="stat">
          <dt>{t('commitments.overview.count')}</dt>
          <dd>{format.number(overview.count)}</dd>
        </div>
      </dl>
      <figure className="chart">
        <figcaption className="chart__caption">{t('commitments.overview.chartCaption')}</figcaption>
        <BarChart
          layout="vertical"
          data={data}
          responsive
          style={{ inlineSize: '100%', blockSize: data.length * ROW_HEIGHT + 70 }}
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d8dde4" />
          <XAxis type="number" tickFormatter={compactEuro} stroke="#4f5a69" fontSize={12} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 118 : 150}
            stroke="#4f5a69"
            interval={0}
            tick={narrow ? NarrowKindTick : KindTick}
          />
          <Tooltip
            formatter={(value, name) => [
              format.currency(Number(value)),
              name === 'pledged'
                ? t('commitments.overview.pledged')
                : t('commitments.overview.delivered'),
            ]}
          />
          <Legend
            itemSorter={(item) => (item.dataKey === 'pledged' ? 0 : 1)}
            formatter={(name) => (
              <span className="chart__legend-text">
                {name === 'pledged'
                  ? t('commitments.overview.pledged')
                  : t('commitments.overview.delivered')}
              </span>
            )}
          />
          <Bar dataKey="pledged" fill={CHART_COLORS.pledged} isAnimationActive={false} />
          <Bar dataKey="delivered" fill={CHART_COLORS.delivered} isAnimationActive={false} />
        </BarChart>
      </figure>
      <div className="table-scroll">
        <table className="table table--stack">
          <caption className="visually-hidden">{t('commitments.overview.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('commitments.fields.kind')}</th>
              <th scope="col" className="num">
                {t('commitments.overview.count')}
              </th>
              <th scope="col">{t('commitments.overview.quantities')}</th>
              <th scope="col" className="num">
                {t('commitments.overview.pledgedValue')}
              </th>
              <th scope="col" className="num">
                {t('commitments.overview.deliveredValue')}
              </th>
              <th scope="col">{t('commitments.overview.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byKind.map((kind) => {
              const label = t(`commitments.kinds.${kind.kind}`);
              return (
                <tr key={kind.kind}>
                  <th scope="row" data-label={t('commitments.fields.kind')}>
                    {label}
                  </th>
                  <td className="num" data-label={t('commitments.overview.count')}>
                    {format.number(kind.count)}
                  </td>
                  <td data-label={t('commitments.overview.quantities')}>
                    <ul className="plain-list">
                      {kind.quantities.map((q) => (
                        <li key={q.unit}>
                          {t('commitments.overview.quantityOf', {
                            delivered: formatQuantity(q.delivered, q.unit),
                            pledged: formatQuantity(q.pledged, q.unit),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="num" data-label={t('commitments.overview.pledgedValue')}>
                    {format.currency(kind.pledgedValueEur)}
                  </td>
                  <td className="num" data-label={t('commitments.overview.deliveredValue')}>
                    {format.currency(kind.deliveredValueEur)}
                  </td>
                  <td data-label={t('commitments.overview.progress')}>
                    <ProgressBar
                      label={t('commitments.overview.progressOf', { kind: label })}
                      value={kind.deliveredValueEur}
                      max={kind.pledgedValueEur || 1}
                      valueText={format.percent(
                        kind.pledgedValueEur > 0
                          ? kind.deliveredValueEur / kind.pledgedValueEur
                          : 0,
                      )}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
