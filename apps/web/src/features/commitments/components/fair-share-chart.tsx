import { SIZE_CLASSES, type FairShareCompanyDto, type SizeClass } from '@regiokracht/shared';
import { format as formatIso, startOfYear, subYears, endOfYear } from 'date-fns';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useFairShare, type FairSharePeriod } from '../api/get-fair-share';
import { useNarrowScreen } from '../../../lib/use-narrow-screen';
import { singleLineTick } from './chart-tick';

/** Distinct hues, each at least 4.5:1 against white, told apart by the legend as well. */
export const SIZE_CLASS_COLORS: Record<SizeClass, string> = {
  micro: '#7b4fa6',
  small: '#1a7484',
  medium: '#1d4f91',
  large: '#a3540a',
};

const ROW_HEIGHT = 30;

export const PERIOD_PRESETS = ['last12', 'thisYear', 'lastYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const iso = (date: Date) => formatIso(date, 'yyyy-MM-dd');

/** The dates of a preset; `last12` leaves them to the API (the 12 months up to today). */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  now = new Date(),
): FairSharePeriod {
  switch (preset) {
    case 'last12':
      return {};
    case 'thisYear':
      return { from: iso(startOfYear(now)), to: iso(now) };
    case 'lastYear': {
      const last = subYears(now, 1);
      return { from: iso(startOfYear(last)), to: iso(endOfYear(last)) };
    }
  }
}

const CompanyTick = singleLineTick(26);
const NarrowCompanyTick = singleLineTick(12);

type ChartRow = { name: string; index: number; sizeClass: SizeClass } & Partial<
  Record<SizeClass, number>
>;

function toChartRows(companies: readonly FairShareCompanyDto[]): ChartRow[] {
  return (
    companies
      .filter(
        (c): c is FairShareCompanyDto & { index: number; sizeClass: SizeClass } =>
          c.index !== null && c.sizeClass !== null,
      )
      .sort((a, b) => b.index - a.index || a.name.localeCompare(b.name))
      // One series per size class, so bars take their class's colour and the legend explains it.
      .map((c) => ({
        name: c.name,
        index: c.index,
        sizeClass: c.sizeClass,
        [c.sizeClass]: c.index,
      }))
  );
}

export function FairShareChart({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const narrow = useNarrowScreen();
  const [preset, setPreset] = useState<PeriodPreset>('last12');
  const [custom, setCustom] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [applied, setApplied] = useState<FairSharePeriod>({});
  const customInvalid = !custom.from || !custom.to || custom.from > custom.to;

  const query = useFairShare(coalitionId, applied);
  const data = query.data;
  const rows = data ? toChartRows(data.companies) : [];
  const outside = data
    ? data.companies.filter((c) => c.index === null || c.sizeClass === null)
    : [];
  const sizeLabel = (sizeClass: SizeClass) => t(`commitments.fairShare.sizeClasses.${sizeClass}`);

  function choosePreset(next: PeriodPreset) {
    setPreset(next);
    if (next !== 'custom') setApplied(presetPeriod(next));
  }

  function renderChart() {
    if (query.isPending) {
      return (
        <div aria-busy="true">
          <span className="visually-hidden" role="status">
            {t('commitments.fairShare.loading')}
          </span>
          <Skeleton height="18rem" />
        </div>
      );
    }
    if (query.isError || !data) {
      return (
        <p className="alert alert--error" role="alert">
          {t('commitments.fairShare.loadFailed')} {describeError(query.error, t)}
        </p>
      );
    }
    if (rows.length === 0) {
      return (
        <EmptyState
          headingLevel={3}
          title={t('commitments.fairShare.emptyTitle')}
          description={t('commitments.fairShare.emptyDescription')}
        />
      );
    }
    const maxIndex = Math.max(2, Math.ceil(Math.max(...rows.map((r) => r.index)) * 2) / 2);
    return (
      <>
        <figure className="chart">
          <figcaption className="chart__caption">
            {t('commitments.fairShare.caption', {
              from: format.date(data.from),
              to: format.date(data.to),
              total: format.currency(data.totalDeliveredValueEur),
            })}
          </figcaption>
          <BarChart
            layout="vertical"
            data={rows}
            responsive
            style={{ inlineSize: '100%', blockSize: rows.length * ROW_HEIGHT + 80 }}
            margin={{ top: 16, right: 24, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#d8dde4" />
            <XAxis
              type="number"
              domain={[0, maxIndex]}
              tickFormatter={(value: number) => format.number(value, { maximumFractionDigits: 1 })}
              stroke="#4f5a69"
              fontSize={12}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={narrow ? 112 : 200}
              stroke="#4f5a69"
              interval={0}
              tick={narrow ? NarrowCompanyTick : CompanyTick}
            />
            <Tooltip
              formatter={(value, name) => [
                format.number(Number(value), { minimumFractionDigits: 2 }),
                `${t('commitments.fairShare.index')} (${sizeLabel(name as SizeClass)})`,
              ]}
            />
            <Legend
              formatter={(name) => (
                <span className="chart__legend-text">{sizeLabel(name as SizeClass)}</span>
              )}
              itemSorter={(item) => SIZE_CLASSES.indexOf(item.dataKey as SizeClass)}
            />
            {SIZE_CLASSES.map((sizeClass) => (
              <Bar
                key={sizeClass}
                dataKey={sizeClass}
                stackId="index"
                fill={SIZE_CLASS_COLORS[sizeClass]}
                isAnimationActive={false}
              />
            ))}
            <ReferenceLine
              x={1}
              stroke="#1b2430"
              strokeDasharray="4 3"
              label={{
                value: t('commitments.fairShare.fairLine'),
                position: 'top',
                fill: '#1b2430',
                fontSize: 12,
              }}
            />
          </BarChart>
        </figure>
        <details className="chart__details">
          <summary>{t('commitments.fairShare.showTable')}</summary>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">
                {t('commitments.fairShare.tableCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('commitments.fairShare.company')}</th>
                  <th scope="col">{t('commitments.fairShare.sizeClass')}</th>
                  <th scope="col" className="num">
                    {t('commitments.fairShare.delivered')}
                  </th>
                  <th scope="col" className="num">
                    {t('commitments.fairShare.index')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const company = data.companies.find((c) => c.name === row.name);
                  return (
                    <tr key={row.name}>
                      <th scope="row">{row.name}</th>
                      <td>{sizeLabel(row.sizeClass)}</td>
                      <td className="num">{format.currency(company?.deliveredValueEur ?? 0)}</td>
                      <td className="num">
                        {format.number(row.index, { minimumFractionDigits: 2 })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </details>
        {outside.length > 0 && (
          <p className="muted small">
            {t('commitments.fairShare.outside', {
              names: outside.map((c) => c.name).join(', '),
            })}
          </p>
        )}
      </>
    );
  }

  return (
    <div className="stack fair-share">
      <p className="muted">{t('commitments.fairShare.explanation')}</p>
      <div className="toolbar">
        <div className="toolbar__field">
          <label className="toolbar__label" htmlFor={`${id}-preset`}>
            {t('commitments.fairShare.period')}
          </label>
          <select
            id={`${id}-preset`}
            className="select"
            value={preset}
            onChange={(event) => choosePreset(event.target.value as PeriodPreset)}
          >
            {PERIOD_PRESETS.map((option) => (
              <option key={option} value={option}>
                {t(`commitments.fairShare.presets.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {preset === 'custom' && (
          <form
            className="toolbar fair-share__custom"
            onSubmit={(event) => {
              event.preventDefault();
              if (!customInvalid) setApplied({ ...custom });
            }}
          >
            <div className="toolbar__field">
              <label className="toolbar__label" htmlFor={`${id}-from`}>
                {t('commitments.fairShare.from')}
              </label>
              <input
                id={`${id}-from`}
                className="input"
                type="date"
                value={custom.from}
                max={custom.to || undefined}
                onChange={(event) => setCustom((c) => ({ ...c, from: event.target.value }))}
              />
            </div>
            <div className="toolbar__field">
              <label className="toolbar__label" htmlFor={`${id}-to`}>
                {t('commitments.fairShare.to')}
              </label>
              <input
                id={`${id}-to`}
                className="input"
                type="date"
                value={custom.to}
                min={custom.from || undefined}
                onChange={(event) => setCustom((c) => ({ ...c, to: event.target.value }))}
              />
            </div>
            <Button type="submit" disabled={customInvalid}>
              {t('commitments.fairShare.apply')}
            </Button>
          </form>
        )}
      </div>
      {renderChart()}
    </div>
  );
}
