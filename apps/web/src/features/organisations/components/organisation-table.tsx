import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Skeleton } from '../../../components/ui/skeleton';
import { Sparkline } from '../../../components/ui/sparkline';
import { useFormat } from '../../../lib/format';
import type { OrganisationSort, OrganisationSortKey } from '../hooks/organisation-table-state';
import { PAGE_SIZE } from '../hooks/organisation-table-state';
import type { OrganisationRow } from '../hooks/use-organisation-table';
import { HEALTH_TONES, HealthBadge, RiskBadge } from './insight-badges';

export interface OrganisationTableProps {
  coalitionId: string;
  rows: OrganisationRow[];
  sort: OrganisationSort;
  onSortChange: (sort: OrganisationSort) => void;
  isPending: boolean;
  /** Insights still loading: their cells show a placeholder instead of "—". */
  insightsPending: boolean;
}

/** Column meta is untyped in TanStack Table unless declared globally; this reads ours. */
function metaOf(columnDef: { meta?: unknown }): ColumnMeta | undefined {
  return columnDef.meta as ColumnMeta | undefined;
}

const column = createColumnHelper<OrganisationRow>();

interface ColumnMeta {
  sortKey?: OrganisationSortKey;
  numeric?: boolean;
  /** Hidden on narrow screens, where the table would otherwise scroll sideways. */
  secondary?: boolean;
}

function SortButton({
  label,
  sortKey,
  sort,
  onSortChange,
}: {
  label: string;
  sortKey: OrganisationSortKey;
  sort: OrganisationSort;
  onSortChange: (sort: OrganisationSort) => void;
}) {
  const active = sort.key === sortKey;
  return (
    <button
      type="button"
      className="table-sort"
      onClick={() => onSortChange({ key: sortKey, descending: active ? !sort.descending : false })}
    >
      {label}
      <span aria-hidden="true" className="table-sort__icon">
        {active ? (sort.descending ? '▼' : '▲') : '↕'}
      </span>
    </button>
  );
}

export function OrganisationTable({
  coalitionId,
  rows,
  sort,
  onSortChange,
  isPending,
  insightsPending,
}: OrganisationTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo(() => {
    const insightCell = (content: (row: OrganisationRow) => ReactNode) => (row: OrganisationRow) =>
      row.insight ? (
        content(row)
      ) : insightsPending ? (
        <Skeleton height="1rem" width="4rem" />
      ) : (
        <span className="muted">{t('organisations.table.noInsight')}</span>
      );
    return [
      column.accessor((row) => row.organisation.name, {
        id: 'name',
        header: t('organisations.fields.name'),
        meta: { sortKey: 'name' } satisfies ColumnMeta,
        cell: ({ row }) => {
          const organisation = row.original.organisation;
          return (
            <span className="record-name">
              <Link to={`/c/${coalitionId}/organisations/${organisation.id}`}>
                {organisation.name}
              </Link>
              {organisation.deletedAt && <Badge tone="red">{t('organisations.deleted')}</Badge>}
            </span>
          );
        },
      }),
      column.accessor((row) => row.organisation.kind, {
        id: 'kind',
        header: t('organisations.fields.kind'),
        meta: { sortKey: 'kind', secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => t(`organisations.kinds.${getValue()}`),
      }),
      column.accessor((row) => row.organisation.status, {
        id: 'status',
        header: t('organisations.fields.status'),
        meta: { sortKey: 'status', secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => t(`organisations.statuses.${getValue()}`),
      }),
      column.display({
        id: 'health',
        header: t('organisations.table.health'),
        meta: { sortKey: 'health' } satisfies ColumnMeta,
        cell: ({ row }) =>
          insightCell(({ insight }) => <HealthBadge health={insight!.engagement.health} />)(
            row.original,
          ),
      }),
      column.display({
        id: 'engagement',
        header: t('organisations.table.engagement'),
        meta: { sortKey: 'engagement', numeric: true, secondary: true } satisfies ColumnMeta,
        cell: ({ row }) =>
          insightCell(({ insight }) => (
            <span className="org-table__engagement">
              <Sparkline
                values={insight!.series.map((p) => p.score)}
                label={t('organisations.sparklineLabel', { name: insight!.name })}
                width={64}
                height={20}
                tone={HEALTH_TONES[insight!.engagement.health]}
              />
              <span className="num">{format.number(insight!.engagement.index)}</span>
            </span>
          ))(row.original),
      }),
      column.display({
        id: 'lastContact',
        header: t('organisations.table.lastContact'),
        meta: { sortKey: 'lastContact', numeric: true, secondary: true } satisfies ColumnMeta,
        cell: ({ row }) =>
          insightCell(({ insight }) => {
            const days = insight!.engagement.daysSinceLastInteraction;
            return days === null ? (
              <span className="muted">{t('organisations.table.never')}</span>
            ) : (
              t('organisations.table.daysAgo', { count: days })
            );
          })(row.original),
      }),
      column.display({
        id: 'risk',
        header: t('organisations.table.risk'),
        meta: { sortKey: 'risk' } satisfies ColumnMeta,
        cell: ({ row }) =>
          insightCell(({ insight }) => <RiskBadge level={insight!.succession.level} short />)(
            row.original,
          ),
      }),
      column.accessor((row) => row.organisation.city, {
        id: 'city',
        header: t('organisations.fields.city'),
        meta: { sortKey: 'city', secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
      }),
    ];
  }, [t, format, coalitionId, insightsPending]);

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.organisation.id,
    manualSorting: true,
    manualPagination: true,
  });

  return (
    <div className="table-wrap" aria-busy={isPending || undefined}>
      <table className="data-table org-table">
        <caption className="visually-hidden">{t('organisations.table.caption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = metaOf(header.column.columnDef);
                const label = String(header.column.columnDef.header);
                const sorted = meta?.sortKey && sort.key === meta.sortKey;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={[meta?.numeric && 'num', meta?.secondary && 'secondary']
                      .filter(Boolean)
                      .join(' ')}
                    aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {meta?.sortKey ? (
                      <SortButton
                        label={label}
                        sortKey={meta.sortKey}
                        sort={sort}
                        onSortChange={onSortChange}
                      />
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {isPending
            ? Array.from({ length: Math.min(PAGE_SIZE, 8) }, (_, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.id}>
                      <Skeleton height="1.25rem" />
                    </td>
                  ))}
                </tr>
              ))
            : table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => {
                    const meta = metaOf(cell.column.columnDef);
                    return (
                      <td
                        key={cell.id}
                        className={[meta?.numeric && 'num', meta?.secondary && 'secondary']
                          .filter(Boolean)
                          .join(' ')}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
