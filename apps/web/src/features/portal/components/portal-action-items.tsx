import type { ActionItemPriority, PortalActionItemDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormat } from '../../../lib/format';
import { todayIso } from '../../../lib/format';

const PRIORITY_TONES: Record<ActionItemPriority, BadgeTone> = {
  low: 'neutral',
  normal: 'neutral',
  high: 'red',
};

export interface PortalActionItemsProps {
  items: readonly PortalActionItemDto[];
  /** Today, `YYYY-MM-DD`; a due date before it is overdue. */
  today?: string;
}

/** Open agreements with the partner's organisation; coalition owners are not named. */
export function PortalActionItems({ items, today = todayIso() }: PortalActionItemsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('portal.actionItems.emptyTitle')}
        description={t('portal.actionItems.emptyDescription')}
      />
    );
  }
  return (
    <ul className="portal-list">
      {items.map((item) => {
        const overdue = item.dueOn !== null && item.dueOn < today;
        return (
          <li key={item.id} className="portal-list__item">
            <div className="portal-list__main">
              <span className="strong">{item.title}</span>
              <span className="portal-list__meta small">
                <Badge tone="neutral">{t(`portal.actionStatuses.${item.status}`)}</Badge>
                {item.priority !== 'normal' && (
                  <Badge tone={PRIORITY_TONES[item.priority]}>
                    {t(`portal.priorities.${item.priority}`)}
                  </Badge>
                )}
                <span className="muted">
                  {item.ownerName
                    ? t('portal.actionItems.owner', { name: item.ownerName })
                    : item.owned
                      ? t('portal.actionItems.ownedByCoalition')
                      : t('portal.actionItems.unowned')}
                </span>
              </span>
            </div>
            <span className={`portal-list__aside small${overdue ? ' portal-overdue' : ''}`}>
              {item.dueOn === null
                ? t('portal.actionItems.noDue')
                : overdue
                  ? t('portal.actionItems.overdue', { date: format.date(item.dueOn) })
                  : t('portal.actionItems.due', { date: format.date(item.dueOn) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
