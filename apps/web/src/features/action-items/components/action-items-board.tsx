import {
  ACTION_ITEM_STATUSES,
  type ActionItemDto,
  type ActionItemStatus,
} from '@regiokracht/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_STATUSES } from '../hooks/use-action-item-search';
import { DueDate, OwnerName, PriorityBadge } from './action-item-badges';

export interface ActionItemsBoardProps {
  items: ActionItemDto[];
  canEdit: boolean;
  busyIds: ReadonlySet<string>;
  onStatusChange: (item: ActionItemDto, status: ActionItemStatus) => void;
  onEdit: (item: ActionItemDto) => void;
}

function BoardCard({
  item,
  canEdit,
  busy,
  onStatusChange,
  onEdit,
}: {
  item: ActionItemDto;
  canEdit: boolean;
  busy: boolean;
  onStatusChange: ActionItemsBoardProps['onStatusChange'];
  onEdit: ActionItemsBoardProps['onEdit'];
}) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <li className="board-card" aria-busy={busy || undefined}>
      <h4 className="board-card__title">
        {canEdit ? (
          <button type="button" className="link-button" onClick={() => onEdit(item)}>
            {item.title}
          </button>
        ) : (
          item.title
        )}
      </h4>
      {item.organisationName && <p className="muted small">{item.organisationName}</p>}
      <div className="board-card__meta">
        <OwnerName item={item} />
        <PriorityBadge priority={item.priority} />
      </div>
      <p className="small">
        <DueDate item={item} />
      </p>
      {canEdit && (
        // A select, not only drag and drop: moving a card works by keyboard and screen reader.
        <div className="board-card__move">
          <label className="small muted" htmlFor={selectId}>
            {t('actionItems.board.moveTo')}
            <span className="visually-hidden"> ({item.title})</span>
          </label>
          <select
            id={selectId}
            className="select select--sm"
            value={item.status}
            disabled={busy}
            onChange={(event) => onStatusChange(item, event.target.value as ActionItemStatus)}
          >
            {ACTION_ITEM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`actionItems.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}

/** Open work by status; `dropped` items are left out (the list shows them). */
export function ActionItemsBoard({
  items,
  canEdit,
  busyIds,
  onStatusChange,
  onEdit,
}: ActionItemsBoardProps) {
  const { t } = useTranslation();
  return (
    <div className="board">
      {BOARD_STATUSES.map((status) => {
        const column = items.filter((item) => item.status === status);
        return (
          <section key={status} className="board__column" aria-labelledby={`board-${status}`}>
            <h3 id={`board-${status}`} className="board__heading">
              {t(`actionItems.status.${status}`)}{' '}
              <span className="board__count">{column.length}</span>
            </h3>
            {column.length === 0 ? (
              <p className="muted small board__empty">{t('actionItems.board.emptyColumn')}</p>
            ) : (
              <ul className="board__cards">
                {column.map((item) => (
                  <BoardCard
                    key={item.id}
                    item={item}
                    canEdit={canEdit}
                    busy={busyIds.has(item.id)}
                    onStatusChange={onStatusChange}
                    onEdit={onEdit}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
