import type { OrganisationInsightDto } from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormat } from '../../../lib/format';

type Mode = 'total' | 'average';

export interface TrendPoint {
  at: string;
  total: number;
  average: number;
}

/** The coalition's monthly engagement: the organisations' series added up point by point. */
export function coalitionSeries(insights: OrganisationInsightDto[]): TrendPoint[] {
  const length = Math.max(0, ...insights.map((i) => i.series.length));
  const points: TrendPoint[] = [];
  for (let index = 0; index < length; index += 1) {
    const scores = insights
      .map((i) => i.series[index])
      .filter((p): p is NonNullable<typeof p> => p !== undefined);
    const total = scores.reduce((sum, p) => sum + p.score, 0);
    points.push({
      at: scores[0]?.at ?? '',
      total: Math.round(total * 10) / 10,
      average: scores.length > 0 ? Math.round((total / scores.length) * 100) / 100 : 0,
    });
  }
  return points;
}

export function EngagementTrend({ insights }: { insights: OrganisationInsightDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [mode, setMode] = useState<Mode>('total');
  const data = coalitionSeries(insights);

  if (data.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('dashboard.trend.emptyTitle')}
        description={t('dashboard.trend.emptyDescription')}
      />
    );
  }

  const first = data[0][mode];
  const last = data[data.length - 1][mode];
  const month = (at: string) => format.date(at, 'medium').replace(/^\d+\s*/, '');

  return (
    <div className="trend">
      <div className="segmented" role="radiogroup" aria-label={t('dashboard.trend.show')}>
        {(['total', 'average'] as const).map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            <span>{t(`dashboard.trend.${option}`)}</span>
          </label>
        ))}
      </div>
      <p className="visually-hidden">
        {t('dashboard.trend.summary', {
          from: format.number(first, { maximumFractionDigits: 1 }),
          to: format.number(last, { maximumFractionDigits: 1 }),
        })}
      </p>
      <div className="trend__chart" aria-hidden="true">
        <AreaChart
          responsive
          style={{ width: '100%', height: 220 }}
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          // Hidden from assistive tech (the summary above says it): no keyboard stop either.
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="at"
            tickFormatter={month}
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            interval="preserveStartEnd"
          />
          <YAxis
            tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            tickFormatter={(value: number) => format.number(value, { maximumFractionDigits: 1 })}
            width={56}
          />
          <Tooltip
            labelFormatter={(label) =>
              typeof label === 'string' ? format.date(label, 'long') : ''
            }
            formatter={(value) => [
              format.number(Number(value), { maximumFractionDigits: 2 }),
              t(`dashboard.trend.${mode}`),
            ]}
          />
          <Area
            type="monotone"
            dataKey={mode}
            stroke="var(--color-accent)"
            strokeWidth={2}
            fill="var(--color-accent-soft)"
            isAnimationActive={false}
          />
        </AreaChart>
      </div>
      <p className="muted trend__note">{t('dashboard.trend.note')}</p>
    </div>
  );
}
