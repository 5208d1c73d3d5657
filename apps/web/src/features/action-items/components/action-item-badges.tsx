import type { ActionItemDto, ActionItemOwnerStatus, ActionItemPriority } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { todayIso, useFormat } from '../../../lib/format';

const PRIORITY_TONES: Record<ActionItemPriority, BadgeTone> = {
  high: 'red',
  normal: 'neutral',
  low: 'grey',
};

export function PriorityBadge({ priority }: { priority: ActionItemPriority }) {
  const { t } = useTranslation();
  return <Badge tone={PRIORITY_TONES[priority]}>{t(`actionItems.priority.${priority}`)}</Badge>;
}

const OPEN_STATUSES = new Set(['open', 'in_progress', 'blocked']);

export function isOverdue(item: Pick<ActionItemDto, 'dueOn' | 'status'>, today = todayIso()) {
  return item.dueOn !== null && item.dueOn < today && OPEN_STATUSES.has(item.status);
}

/** The due date, marked when it has passed while work is still open. */
export function DueDate({ item }: { item: Pick<ActionItemDto, 'dueOn' | 'status'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!item.dueOn) return <span className="muted">{t('actionItems.noDueDate')}</span>;
  const overdue = isOverdue(item);
  return (
    <span className={overdue ? 'due-date due-date--overdue' : 'due-date'}>
      {format.date(item.dueOn)}
      {overdue && (
        <>
          {' '}
          <Badge tone="red">{t('actionItems.overdue')}</Badge>
        </>
      )}
    </span>
  );
}

/** An owner who left or is leaving: the item is orphaned. */
export function OwnerStatusBadge({ status }: { status: Exclude<ActionItemOwnerStatus, 'active'> }) {
  const { t } = useTranslation();
  return <Badge tone="red">{t(`actionItems.ownerStatus.${status}`)}</Badge>;
}

/** Who owns an item, flagging an owner who left or is leaving (the item is then orphaned). */
export function OwnerName({ item }: { item: ActionItemDto }) {
  const { t } = useTranslation();
  if (!item.ownerId) return <Badge tone="amber">{t('actionItems.unowned')}</Badge>;
  return (
    <span className="owner-name">
      {item.ownerName}
      {item.ownerStatus && item.ownerStatus !== 'active' && (
        <>
          {' '}
          <OwnerStatusBadge status={item.ownerStatus} />
        </>
      )}
    </span>
  );
}
