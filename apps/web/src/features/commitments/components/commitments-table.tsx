import {
  COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS,
  type CommitmentDto,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useFormat } from '../../../lib/format';
import type { CommitmentSort } from '../hooks/use-commitment-search';
import { CommitmentStatusBadge, useQuantityFormat } from './commitment-format';

export interface CommitmentsTableProps {
  commitments: CommitmentDto[];
  /** Coordinators and members report deliveries. */
  canReport: boolean;
  onReport: (commitment: CommitmentDto) => void;
  sort: { column: CommitmentSort; descending: boolean };
  onSort: (column: CommitmentSort) => void;
}

export function canReceiveContributions(commitment: Pick<CommitmentDto, 'status'>): boolean {
  return !COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS.includes(commitment.status);
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: CommitmentSort;
  label: string;
  sort: CommitmentsTableProps['sort'];
  onSort: (column: CommitmentSort) => void;
}) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function CommitmentsTable({
  commitments,
  canReport,
  onReport,
  sort,
  onSort,
}: CommitmentsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatQuantity = useQuantityFormat();

  function period(commitment: CommitmentDto): string {
    const { startsOn, endsOn } = commitment;
    if (startsOn && endsOn) return `${format.date(startsOn)} – ${format.date(endsOn)}`;
    if (startsOn) return t('commitments.table.from', { date: format.date(startsOn) });
    if (endsOn) return t('commitments.table.until', { date: format.date(endsOn) });
    return t('commitments.table.noPeriod');
  }

  return (
    <div className="table-scroll">
      <table className="table table--stack commitments-table">
        <caption className="visually-hidden">{t('commitments.table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader
              column="organisationName"
              label={t('commitments.fields.organisation')}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="kind"
              label={t('commitments.fields.kind')}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="startsOn"
              label={t('commitments.fields.period')}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="status"
              label={t('commitments.fields.status')}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('commitments.table.delivery')}</th>
            <th scope="col" className="num">
              {t('commitments.table.value')}
            </th>
            {canReport && (
              <th scope="col">
                <span className="visually-hidden">{t('commitments.table.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {commitments.map((commitment) => {
            const kind = t(`commitments.kinds.${commitment.kind}`);
            const ratio =
              commitment.quantity > 0 ? commitment.deliveredQuantity / commitment.quantity : 0;
            const delivery = t('commitments.table.deliveredOf', {
              delivered: formatQuantity(commitment.deliveredQuantity, commitment.unit),
              pledged: formatQuantity(commitment.quantity, commitment.unit),
            });
            return (
              <tr key={commitment.id}>
                <td data-label={t('commitments.fields.organisation')}>
                  <div className="cell-stack">
                    <span className="strong">{commitment.organisationName}</span>
                    {commitment.contactName && (
                      <span className="muted small">{commitment.contactName}</span>
                    )}
                  </div>
                </td>
                <td data-label={t('commitments.fields.kind')}>
                  <div className="cell-stack">
                    <span>{kind}</span>
                    {commitment.description && (
                      <span className="muted small commitments-table__description">
                        {commitment.description}
                      </span>
                    )}
                  </div>
                </td>
                <td data-label={t('commitments.fields.period')} className="small">
                  {period(commitment)}
                </td>
                <td data-label={t('commitments.fields.status')}>
                  <CommitmentStatusBadge status={commitment.status} />
                </td>
                <td
                  data-label={t('commitments.table.delivery')}
                  className="commitments-table__delivery"
                >
                  <div className="cell-stack">
                    <span className="small">{delivery}</span>
                    <ProgressBar
                      label={t('commitments.table.progressOf', {
                        kind,
                        organisation: commitment.organisationName,
                      })}
                      value={commitment.deliveredQuantity}
                      max={commitment.quantity || 1}
                      valueText={`${delivery} (${format.percent(ratio)})`}
                    />
                  </div>
                </td>
                <td className="num" data-label={t('commitments.table.value')}>
                  <div className="cell-stack">
                    <span>{format.currency(commitment.deliveredValueEur)}</span>
                    <span className="muted small">
                      {t('commitments.table.ofPledged', {
                        value: format.currency(commitment.pledgedValueEur),
                      })}
                    </span>
                  </div>
                </td>
                {canReport && (
                  <td data-label={t('commitments.table.actions')}>
                    {canReceiveContributions(commitment) ? (
                      <Button size="sm" onClick={() => onReport(commitment)}>
                        {t('commitments.table.report')}
                        <span className="visually-hidden">
                          {' '}
                          ({kind}, {commitment.organisationName})
                        </span>
                      </Button>
                    ) : (
                      <span className="muted small">{t('commitments.table.closed')}</span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
