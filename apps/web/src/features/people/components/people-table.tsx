import type { PersonDto } from '@regiokracht/shared';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Skeleton } from '../../../components/ui/skeleton';
import type { PeopleSort, PeopleSortKey } from '../hooks/people-table-state';
import { PersonStatusBadge } from './person-status-badge';

export interface PeopleTableProps {
  coalitionId: string;
  people: PersonDto[];
  sort: PeopleSort;
  onSortChange: (sort: PeopleSort) => void;
  isPending: boolean;
}

interface ColumnMeta {
  sortKey?: PeopleSortKey;
  secondary?: boolean;
}

/** Column meta is untyped in TanStack Table unless declared globally; this reads ours. */
function metaOf(columnDef: { meta?: unknown }): ColumnMeta | undefined {
  return columnDef.meta as ColumnMeta | undefined;
}

const column = createColumnHelper<PersonDto>();

export function PeopleTable({
  coalitionId,
  people,
  sort,
  onSortChange,
  isPending,
}: PeopleTableProps) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: t('people.fields.name'),
        meta: { sortKey: 'name' } satisfies ColumnMeta,
        cell: ({ row }) => (
          <span className="record-name">
            <Link to={`/c/${coalitionId}/people/${row.original.id}`}>{row.original.name}</Link>
            {row.original.isKeyContact && (
              <Badge tone="accent">
                <span aria-hidden="true" className="badge-icon">
                  ★
                </span>
                {t('people.keyContact')}
              </Badge>
            )}
            {row.original.deletedAt && <Badge tone="red">{t('people.deleted')}</Badge>}
          </span>
        ),
      }),
      column.accessor('organisationName', {
        header: t('people.fields.organisation'),
        meta: { sortKey: 'organisationName' } satisfies ColumnMeta,
        cell: ({ row }) =>
          row.original.organisationId ? (
            <Link to={`/c/${coalitionId}/organisations/${row.original.organisationId}`}>
              {row.original.organisationName}
            </Link>
          ) : (
            <span className="muted">{t('people.coalitionStaff')}</span>
          ),
      }),
      column.accessor('role', {
        header: t('people.fields.role'),
        meta: { sortKey: 'role', secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => getValue() ?? <span className="muted">—</span>,
      }),
      column.accessor('layer', {
        header: t('people.fields.layer'),
        meta: { sortKey: 'layer', secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => {
          const layer = getValue();
          return layer ? t(`people.layers.${layer}`) : <span className="muted">—</span>;
        },
      }),
      column.accessor('status', {
        header: t('people.fields.status'),
        meta: { sortKey: 'status' } satisfies ColumnMeta,
        cell: ({ row }) => <PersonStatusBadge person={row.original} />,
      }),
      column.accessor('email', {
        header: t('people.fields.email'),
        meta: { secondary: true } satisfies ColumnMeta,
        cell: ({ getValue }) => {
          const email = getValue();
          return email ? (
            <a href={`mailto:${email}`} className="cell-ellipsis" title={email}>
              {email}
            </a>
          ) : (
            <span className="muted">—</span>
          );
        },
      }),
    ],
    [t, coalitionId],
  );

  const table = useReactTable({
    data: people,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
  });

  return (
    <div className="table-wrap" aria-busy={isPending || undefined}>
      <table className="data-table">
        <caption className="visually-hidden">{t('people.tableCaption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = metaOf(header.column.columnDef);
                const label = String(header.column.columnDef.header);
                const active = meta?.sortKey !== undefined && sort.key === meta.sortKey;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={meta?.secondary ? 'secondary' : undefined}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {meta?.sortKey ? (
                      <button
                        type="button"
                        className="table-sort"
                        onClick={() =>
                          onSortChange({
                            key: meta.sortKey!,
                            descending: active ? !sort.descending : false,
                          })
                        }
                      >
                        {label}
                        <span aria-hidden="true" className="table-sort__icon">
                          {active ? (sort.descending ? '▼' : '▲') : '↕'}
                        </span>
                      </button>
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
            ? Array.from({ length: 8 }, (_, i) => (
                <tr key={i}>
                  {columns.map((c, j) => (
                    <td key={j}>
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
                      <td key={cell.id} className={meta?.secondary ? 'secondary' : undefined}>
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
