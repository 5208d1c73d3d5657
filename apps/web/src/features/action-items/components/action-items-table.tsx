import {
  ACTION_ITEM_STATUSES,
  type ActionItemDto,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import type { SortableColumn } from '../hooks/use-action-item-search';
import { DueDate, OwnerName, OwnerStatusBadge, PriorityBadge } from './action-item-badges';
import { OwnerCombobox, type PersonOption } from './owner-combobox';

export interface ActionItemsTableProps {
  coalitionId: string;
  items: ActionItemDto[];
  canEdit: boolean;
  selectedIds: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  /** Rows with a change on its way: their controls wait. */
  busyIds: ReadonlySet<string>;
  onAssign: (item: ActionItemDto, owner: PersonOption | null) => void;
  onStatusChange: (item: ActionItemDto, status: ActionItemStatus) => void;
  onEdit: (item: ActionItemDto) => void;
  sort: { column: SortableColumn; descending: boolean };
  onSort: (column: SortableColumn) => void;
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortableColumn;
  label: string;
  sort: ActionItemsTableProps['sort'];
  onSort: (column: SortableColumn) => void;
}) {
  const active = sort.column === column;
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function ActionItemsTable({
  coalitionId,
  items,
  canEdit,
  selectedIds,
  onSelect,
  onSelectAll,
  busyIds,
  onAssign,
  onStatusChange,
  onEdit,
  sort,
  onSort,
}: ActionItemsTableProps) {
  const { t } = useTranslation();
  const allSelected = items.length > 0 && items.every((item) => selectedIds.has(item.id));
  const someSelected = !allSelected && items.some((item) => selectedIds.has(item.id));

  return (
    <div className="table-scroll table-scroll--popups">
      <table className="table table--stack action-items-table">
        <caption className="visually-hidden">{t('actionItems.table.caption')}</caption>
        <thead>
          <tr>
            {canEdit && (
              <th scope="col" className="table__select">
                <input
                  type="checkbox"
                  aria-label={t('actionItems.table.selectAll')}
                  checked={allSelected}
                  ref={(input) => {
                    if (input) input.indeterminate = someSelected;
                  }}
                  onChange={(event) => onSelectAll(event.target.checked)}
                />
              </th>
            )}
            <SortHeader
              column="title"
              label={t('actionItems.fields.title')}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('actionItems.fields.owner')}</th>
            <SortHeader
              column="dueOn"
              label={t('actionItems.fields.dueOn')}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="priority"
              label={t('actionItems.fields.priority')}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="status"
              label={t('actionItems.fields.status')}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const busy = busyIds.has(item.id);
            return (
              <tr key={item.id} aria-busy={busy || undefined}>
                {canEdit && (
                  <td className="table__select">
                    <input
                      type="checkbox"
                      aria-label={t('actionItems.table.select', { title: item.title })}
                      checked={selectedIds.has(item.id)}
                      onChange={(event) => onSelect(item.id, event.target.checked)}
                    />
                  </td>
                )}
                <td
                  data-label={t('actionItems.fields.title')}
                  className="action-items-table__title"
                >
                  <div className="cell-stack">
                    {canEdit ? (
                      <button type="button" className="link-button" onClick={() => onEdit(item)}>
                        {item.title}
                      </button>
                    ) : (
                      <span className="strong">{item.title}</span>
                    )}
                    {item.organisationName && (
                      <span className="muted small">{item.organisationName}</span>
                    )}
                  </div>
                </td>
                <td
                  data-label={t('actionItems.fields.owner')}
                  className="action-items-table__owner"
                >
                  {canEdit ? (
                    <div className="cell-stack">
                      <OwnerCombobox
                        coalitionId={coalitionId}
                        label={t('actionItems.table.ownerOf', { title: item.title })}
                        value={
                          item.ownerId ? { id: item.ownerId, name: item.ownerName ?? '' } : null
                        }
                        onChange={(owner) => onAssign(item, owner)}
                        allowClear
                        disabled={busy}
                        placeholder={t('actionItems.owner.assign')}
                      />
                      {item.ownerStatus && item.ownerStatus !== 'active' && (
                        <OwnerStatusBadge status={item.ownerStatus} />
                      )}
                    </div>
                  ) : (
                    <OwnerName item={item} />
                  )}
                </td>
                <td data-label={t('actionItems.fields.dueOn')}>
                  <DueDate item={item} />
                </td>
                <td data-label={t('actionItems.fields.priority')}>
                  <PriorityBadge priority={item.priority} />
                </td>
                <td data-label={t('actionItems.fields.status')}>
                  {canEdit ? (
                    <select
                      className="select select--sm"
                      aria-label={t('actionItems.table.statusOf', { title: item.title })}
                      value={item.status}
                      disabled={busy}
                      onChange={(event) =>
                        onStatusChange(item, event.target.value as ActionItemStatus)
                      }
                    >
                      {ACTION_ITEM_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`actionItems.status.${status}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`actionItems.status.${item.status}`)
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
