import type { AnonymisedAggregate, PortalComparisonDto, PortalDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

export type Metric = 'delivered' | 'index';

/** The partner's own marker: distinct from the blue bands, 4.5:1 against white. */
const OWN_COLOR = '#a3540a';

function aggregateOf(row: PortalComparisonDto, metric: Metric): AnonymisedAggregate {
  return metric === 'delivered' ? row.deliveredValueEur : row.fairShareIndex;
}

function ownValue(portal: PortalDto, metric: Metric): number | null {
  if (!portal.fairShare) return null;
  return metric === 'delivered' ? portal.fairShare.deliveredValueEur : portal.fairShare.index;
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `value`: an axis end a reader takes in at once. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** Top of the scale: every band and the own value fit, with a little room; the index shows 1.0. */
export function scaleMax(
  rows: readonly PortalComparisonDto[],
  metric: Metric,
  own: number | null,
): number {
  const values = rows.flatMap((row) => {
    const aggregate = aggregateOf(row, metric);
    return aggregate.withheld ? [] : [aggregate.p75];
  });
  if (own !== null) values.push(own);
  if (metric === 'index') values.push(1);
  return niceCeiling(Math.max(0, ...values) * 1.05);
}

export interface PeerComparisonProps {
  portal: PortalDto;
}

/** The partner's delivered value and index against anonymised quartiles of companies per size. */
export function PeerComparison({ portal }: PeerComparisonProps) {
  const { t } = useTranslation();
  return (
    <div className="portal-comparison stack">
      <p className="muted small">{t('portal.comparison.intro')}</p>
      {portal.organisation.sizeClass === null && (
        <p className="alert alert--info">{t('portal.comparison.noSizeClass')}</p>
      )}
      <ComparisonMetric portal={portal} metric="delivered" />
      <ComparisonMetric portal={portal} metric="index" />
      <ComparisonLegend />
    </div>
  );
}

function ComparisonLegend() {
  const { t } = useTranslation();
  return (
    <ul className="portal-comparison__legend small" aria-hidden="true">
      <li>
        <span className="portal-comparison__swatch portal-comparison__swatch--band" />
        {t('portal.comparison.p25')} – {t('portal.comparison.p75')}
      </li>
      <li>
        <span className="portal-comparison__swatch portal-comparison__swatch--median" />
        {t('portal.comparison.median')}
      </li>
      <li>
        <span
          className="portal-comparison__swatch portal-comparison__swatch--you"
          style={{ background: OWN_COLOR }}
        />
        {t('portal.comparison.you')}
      </li>
    </ul>
  );
}

function ComparisonMetric({ portal, metric }: { portal: PortalDto; metric: Metric }) {
  const { t } = useTranslation();
  const format = useFormat();
  const own = ownValue(portal, metric);
  const rows = portal.comparison;
  const max = scaleMax(rows, metric, own);
  const share = (value: number) => Math.min(100, Math.max(0, (value / max) * 100));
  const pct = (value: number) => `${share(value)}%`;
  const show = (value: number) =>
    metric === 'delivered'
      ? // Quartiles come interpolated to the cent; whole euros read easier and say as much.
        format.currency(Math.round(value))
      : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const title =
    metric === 'delivered' ? t('portal.comparison.delivered') : t('portal.comparison.index');
  const ownRow = rows.find((row) => row.yours);
  const ownAggregate = ownRow ? aggregateOf(ownRow, metric) : null;

  let verdict: string | null = null;
  if (own !== null && ownAggregate && !ownAggregate.withheld) {
    const values = { value: show(own), median: show(ownAggregate.median) };
    verdict =
      own > ownAggregate.median
        ? t('portal.comparison.aboveMedian', values)
        : own < ownAggregate.median
          ? t('portal.comparison.belowMedian', values)
          : t('portal.comparison.atMedian', values);
  }

  return (
    <section className="portal-comparison__metric" aria-label={title}>
      <h3 className="portal-subtitle">{title}</h3>
      <ul className="portal-comparison__rows">
        {rows.map((row) => {
          const aggregate = aggregateOf(row, metric);
          const size = t(`portal.sizeClasses.${row.sizeClass}`);
          const showOwn = row.yours && own !== null;
          return (
            <li
              key={row.sizeClass}
              className={`portal-comparison__row${row.yours ? ' portal-comparison__row--yours' : ''}`}
            >
              <div className="portal-comparison__label">
                <span className="strong">{size}</span>
                {row.yours && <Badge tone="accent">{t('portal.comparison.yourSize')}</Badge>}
                <span className="muted small">
                  {t('portal.comparison.companies', { count: aggregate.count })}
                </span>
              </div>
              {aggregate.withheld ? (
                <p className="portal-comparison__withheld small">
                  {t('portal.comparison.withheld', { count: aggregate.count })}
                </p>
              ) : (
                <div className="portal-comparison__visual">
                  <svg
                    className="portal-comparison__bar"
                    role="img"
                    aria-label={[
                      t('portal.comparison.rangeLabel', {
                        size,
                        p25: show(aggregate.p25),
                        median: show(aggregate.median),
                        p75: show(aggregate.p75),
                      }),
                      showOwn ? t('portal.comparison.youLabel', { value: show(own) }) : null,
                    ]
                      .filter(Boolean)
                      .join('; ')}
                    width="100%"
                    height="28"
                  >
                    <line x1="0" x2="100%" y1="14" y2="14" stroke="var(--color-border)" />
                    {metric === 'index' && (
                      <line
                        x1={pct(1)}
                        x2={pct(1)}
                        y1="1"
                        y2="27"
                        stroke="var(--color-text-muted)"
                        strokeDasharray="3 3"
                      />
                    )}
                    <rect
                      x={pct(aggregate.p25)}
                      y="7"
                      width={`${Math.max(0.75, share(aggregate.p75) - share(aggregate.p25))}%`}
                      height="14"
                      rx="2"
                      className="portal-comparison__band"
                    />
                    <line
                      x1={pct(aggregate.median)}
                      x2={pct(aggregate.median)}
                      y1="4"
                      y2="24"
                      className="portal-comparison__median"
                    />
                    {showOwn && (
                      <circle
                        cx={pct(own)}
                        cy="14"
                        r="6"
                        fill={OWN_COLOR}
                        stroke="#ffffff"
                        strokeWidth="2"
                      />
                    )}
                  </svg>
                  <span className="portal-comparison__range small">
                    {t('portal.comparison.range', {
                      p25: show(aggregate.p25),
                      median: show(aggregate.median),
                      p75: show(aggregate.p75),
                    })}
                    {showOwn && (
                      <strong className="portal-comparison__own">
                        {' · '}
                        {t('portal.comparison.youLabel', { value: show(own) })}
                      </strong>
                    )}
                  </span>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="portal-comparison__row portal-comparison__row--axis" aria-hidden="true">
        <span />
        <div className="portal-comparison__axis small muted">
          <span>{show(0)}</span>
          {metric === 'index' && (
            <span className="portal-comparison__fair" style={{ insetInlineStart: pct(1) }}>
              {format.number(1, { minimumFractionDigits: 1 })}
            </span>
          )}
          <span>{show(max)}</span>
        </div>
      </div>
      {verdict && <p className="portal-comparison__verdict">{verdict}</p>}
    </section>
  );
}
