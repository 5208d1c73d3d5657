import type { HandoverDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { groupByType, organisationHint } from './handover-items';

export interface ReviewStepProps {
  handover: HandoverDto;
}

/** Everything the person holds, by kind: what the next steps hand over. */
export function ReviewStep({ handover }: ReviewStepProps) {
  const { t } = useTranslation();
  const groups = groupByType(handover.items);
  if (groups.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('handovers.review.emptyTitle', { name: handover.departingPerson.name })}
        description={t('handovers.review.emptyDescription')}
      />
    );
  }
  return (
    <div className="stack">
      <p className="muted">
        {t('handovers.review.intro', {
          name: handover.departingPerson.name,
          count: handover.items.length,
        })}
      </p>
      {groups.map((group) => (
        <section
          key={group.itemType}
          className="handover-group"
          aria-labelledby={`group-${group.itemType}`}
        >
          <h3 id={`group-${group.itemType}`} className="handover-group__title">
            {t(`handovers.itemTypes.${group.itemType}`)}{' '}
            <span className="muted">({group.items.length})</span>
          </h3>
          <ul className="handover-items">
            {group.items.map((item) => (
              <li key={item.id} className="handover-items__row">
                <span className="handover-items__label">{item.label}</span>
                {organisationHint(item) && <span className="muted">{organisationHint(item)}</span>}
                <span className="handover-items__badges">
                  {item.addedAfterDraft && <Badge tone="accent">{t('handovers.review.new')}</Badge>}
                  {item.state === 'needs_review' && (
                    <Badge tone="amber">{t('handovers.itemStates.needs_review')}</Badge>
                  )}
                  {item.state === 'gone' && (
                    <Badge tone="grey">{t('handovers.itemStates.gone')}</Badge>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
