import type { ActionItemDto, ActionItemStatus } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/format';
import { todayIso } from '../../../lib/format';
import { SectionState } from './section-state';

const OPEN: readonly ActionItemStatus[] = ['open', 'in_progress', 'blocked'];

const STATUS_TONES: Record<ActionItemStatus, BadgeTone> = {
  open: 'neutral',
  in_progress: 'accent',
  blocked: 'red',
  done: 'green',
  dropped: 'grey',
};

export interface OrganisationActionItemsProps {
  actionItems: ActionItemDto[] | undefined;
  isPending: boolean;
  error: unknown;
  onAdd?: () => void;
}

/** Open items first (by due date), then the finished ones. */
export function OrganisationActionItems({
  actionItems,
  isPending,
  error,
  onAdd,
}: OrganisationActionItemsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = todayIso();
  const open = actionItems?.filter((item) => OPEN.includes(item.status)) ?? [];
  const closed = actionItems?.filter((item) => !OPEN.includes(item.status)) ?? [];

  const renderItem = (item: ActionItemDto) => {
    const overdue = OPEN.includes(item.status) && item.dueOn !== null && item.dueOn < today;
    const ownerGone = item.ownerId !== null && item.ownerStatus !== 'active';
    return (
      <li key={item.id} className="record-list__item">
        <div className="record-list__main">
          <span className="record-list__title">{item.title}</span>
          <Badge tone={STATUS_TONES[item.status]}>
            {t(`organisations.actionItemStatuses.${item.status}`)}
          </Badge>
          {item.priority === 'high' && (
            <Badge tone="amber">{t('organisations.priorities.high')}</Badge>
          )}
        </div>
        <div className="record-list__meta">
          {item.ownerName ? (
            <>
              {t('organisations.actionItems.owner', { name: item.ownerName })}
              {ownerGone && (
                <>
                  {' '}
                  <Badge tone="red">{t('organisations.actionItems.ownerGone')}</Badge>
                </>
              )}
            </>
          ) : (
            <Badge tone="red">{t('organisations.actionItem.unowned')}</Badge>
          )}
        </div>
        <div className="record-list__aside">
          {item.dueOn && (
            <span className={overdue ? 'text-danger' : 'muted'}>
              {overdue
                ? t('organisations.actionItems.overdue', { date: format.date(item.dueOn) })
                : t('organisations.actionItems.due', { date: format.date(item.dueOn) })}
            </span>
          )}
        </div>
      </li>
    );
  };

  return (
    <SectionState
      isPending={isPending}
      error={error}
      isEmpty={actionItems?.length === 0}
      skeletonHeight="6rem"
      emptyTitle={t('organisations.actionItems.emptyTitle')}
      emptyDescription={t('organisations.actionItems.emptyDescription')}
      emptyAction={
        onAdd && (
          <Button variant="primary" size="sm" onClick={onAdd}>
            {t('organisations.actions.addActionItem')}
          </Button>
        )
      }
    >
      {open.length > 0 ? (
        <ul className="record-list">{open.map(renderItem)}</ul>
      ) : (
        <p className="muted">{t('organisations.actionItems.noneOpen')}</p>
      )}
      {closed.length > 0 && (
        <details className="record-list__more">
          <summary>{t('organisations.actionItems.closed', { count: closed.length })}</summary>
          <ul className="record-list">{closed.map(renderItem)}</ul>
        </details>
      )}
    </SectionState>
  );
}
