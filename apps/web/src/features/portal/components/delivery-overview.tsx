import {
  COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS,
  type CommitmentKind,
  type ContributionDto,
  type PortalCommitmentDto,
} from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useFormat } from '../../../lib/format';
import { useNarrowScreen } from '../../../lib/use-narrow-screen';
import {
  countsAsPledged,
  roundCents,
  STATUS_TONES,
  usePeriodFormat,
  useQuantityFormat,
} from './portal-format';
import { ReportDeliveryForm } from './report-delivery-form';

export const CHART_COLORS = { pledged: '#9db8dc', delivered: '#1d4f91' };
const ROW_HEIGHT = 44;

export interface KindValue {
  kind: CommitmentKind;
  pledged: number;
  delivered: number;
}

/** Pledged against delivered value per kind, over the commitments that count as pledged. */
export function valueByKind(commitments: readonly PortalCommitmentDto[]): KindValue[] {
  const kinds = new Map<CommitmentKind, KindValue>();
  for (const c of commitments) {
    if (!countsAsPledged(c.status)) continue;
    const row = kinds.get(c.kind) ?? { kind: c.kind, pledged: 0, delivered: 0 };
    row.pledged = roundCents(row.pledged + c.pledgedValueEur);
    row.delivered = roundCents(row.delivered + c.deliveredValueEur);
    kinds.set(c.kind, row);
  }
  return [...kinds.values()].sort((a, b) => b.pledged - a.pledged);
}

export function canReport(commitment: PortalCommitmentDto): boolean {
  return !COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS.includes(commitment.status);
}

export interface DeliveryOverviewProps {
  coalitionId: string;
  commitments: readonly PortalCommitmentDto[];
}

/** What the partner pledged and delivered: by kind in a chart, per commitment in a table. */
export function DeliveryOverview({ coalitionId, commitments }: DeliveryOverviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatQuantity = useQuantityFormat();
  const formatPeriod = usePeriodFormat();
  const narrow = useNarrowScreen();
  const [reporting, setReporting] = useState<PortalCommitmentDto | null>(null);
  const [notice, setNotice] = useState('');

  if (commitments.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('portal.delivery.emptyTitle')}
        description={t('portal.delivery.emptyDescription')}
      />
    );
  }

  const byKind = valueByKind(commitments);
  const data = byKind.map((row) => ({ ...row, label: t(`portal.kinds.${row.kind}`) }));
  const compactEuro = (value: number) =>
    format.number(value, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
  const seriesName = (name: unknown) =>
    name === 'pledged' ? t('portal.delivery.pledged') : t('portal.delivery.delivered');

  function reported(commitment: PortalCommitmentDto, contribution: ContributionDto) {
    setReporting(null);
    setNotice(
      t('portal.delivery.reported', {
        quantity: formatQuantity(contribution.quantity, commitment.unit),
        date: format.date(contribution.deliveredOn),
      }),
    );
  }

  return (
    <div className="stack">
      {data.length > 0 && (
        <figure className="portal-chart">
          <figcaption className="portal-chart__caption">
            {t('portal.delivery.chartCaption')}
          </figcaption>
          <BarChart
            layout="vertical"
            data={data}
            responsive
            style={{ inlineSize: '100%', blockSize: data.length * ROW_HEIGHT + 70 }}
            margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#d8dde4" />
            <XAxis type="number" tickFormatter={compactEuro} stroke="#4f5a69" fontSize={12} />
            <YAxis
              type="category"
              dataKey="label"
              width={narrow ? 100 : 140}
              stroke="#4f5a69"
              fontSize={12}
              interval={0}
            />
            <Tooltip
              formatter={(value, name) => [format.currency(Number(value)), seriesName(name)]}
              itemSorter={(item) => (item.dataKey === 'pledged' ? 0 : 1)}
              itemStyle={{ color: 'var(--color-text)' }}
            />
            <Legend
              itemSorter={(item) => (item.dataKey === 'pledged' ? 0 : 1)}
              formatter={(name) => <span className="portal-chart__legend">{seriesName(name)}</span>}
            />
            <Bar dataKey="pledged" fill={CHART_COLORS.pledged} isAnimationActive={false} />
            <Bar dataKey="delivered" fill={CHART_COLORS.delivered} isAnimationActive={false} />
          </BarChart>
        </figure>
      )}
      <p className="alert alert--success" role="status" hidden={!notice}>
        {notice}
      </p>
      <div className="table-scroll">
        <table className="table table--stack portal-commitments">
          <caption className="visually-hidden">{t('portal.delivery.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.delivery.commitment')}</th>
              <th scope="col">{t('portal.delivery.status')}</th>
              <th scope="col">{t('portal.delivery.period')}</th>
              <th scope="col">{t('portal.delivery.quantity')}</th>
              <th scope="col" className="num">
                {t('portal.delivery.value')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('portal.delivery.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((commitment) => {
              const kind = t(`portal.kinds.${commitment.kind}`);
              const open = canReport(commitment);
              return (
                <tr key={commitment.id} data-commitment-id={commitment.id}>
                  <th scope="row" data-label={t('portal.delivery.commitment')}>
                    <span className="cell-stack">
                      <span className="strong">{kind}</span>
                      {commitment.description && (
                        <span className="muted small">{commitment.description}</span>
                      )}
                    </span>
                  </th>
                  <td data-label={t('portal.delivery.status')}>
                    <Badge tone={STATUS_TONES[commitment.status]}>
                      {t(`portal.statuses.${commitment.status}`)}
                    </Badge>
                  </td>
                  <td data-label={t('portal.delivery.period')} className="portal-nowrap small">
                    {formatPeriod(commitment.startsOn, commitment.endsOn)}
                  </td>
                  <td
                    data-label={t('portal.delivery.quantity')}
                    className="portal-commitments__delivery"
                  >
                    <span className="cell-stack">
                      <span data-testid="delivered-quantity">
                        {t('portal.delivery.of', {
                          delivered: formatQuantity(commitment.deliveredQuantity, commitment.unit),
                          pledged: formatQuantity(commitment.quantity, commitment.unit),
                        })}
                      </span>
                      <ProgressBar
                        label={t('portal.delivery.progressOf', { kind })}
                        value={commitment.deliveredQuantity}
                        max={commitment.quantity || 1}
                        valueText={format.percent(
                          commitment.quantity > 0
                            ? commitment.deliveredQuantity / commitment.quantity
                            : 0,
                        )}
                      />
                    </span>
                  </td>
                  <td data-label={t('portal.delivery.value')} className="num">
                    <span data-testid="delivered-value">
                      {t('portal.delivery.of', {
                        delivered: format.currency(commitment.deliveredValueEur),
                        pledged: format.currency(commitment.pledgedValueEur),
                      })}
                    </span>
                  </td>
                  <td>
                    {open ? (
                      <Button
                        size="sm"
                        onClick={() => {
                          setNotice('');
                          setReporting(commitment);
                        }}
                        aria-label={
                          commitment.description
                            ? t('portal.delivery.reportFor', {
                                kind,
                                description: commitment.description,
                              })
                            : t('portal.delivery.reportForKind', { kind })
                        }
                      >
                        {t('portal.delivery.report')}
                      </Button>
                    ) : (
                      <span className="muted small">
                        {commitment.status === 'proposed'
                          ? t('portal.delivery.notOpen')
                          : t('portal.delivery.closed')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {reporting && (
        <ModalDialog
          title={t('portal.report.title')}
          closeLabel={t('portal.report.close')}
          onClose={() => setReporting(null)}
        >
          <ReportDeliveryForm
            coalitionId={coalitionId}
            commitment={reporting}
            onDone={(contribution) => reported(reporting, contribution)}
            onCancel={() => setReporting(null)}
          />
        </ModalDialog>
      )}
    </div>
  );
}
