import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { OwnerCombobox, type PersonOption } from './owner-combobox';

export interface BulkAssignBarProps {
  coalitionId: string;
  count: number;
  pending: boolean;
  onApply: (owner: PersonOption) => void;
  onClear: () => void;
}

/** Shown while rows are selected: choose one owner, then give it all of them at once. */
export function BulkAssignBar({
  coalitionId,
  count,
  pending,
  onApply,
  onClear,
}: BulkAssignBarProps) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<PersonOption | null>(null);
  return (
    <div className="bulk-bar" role="region" aria-label={t('actionItems.bulk.region')}>
      <p className="bulk-bar__count" aria-live="polite">
        {t('actionItems.bulk.selected', { count })}
      </p>
      <div className="bulk-bar__owner">
        <OwnerCombobox
          coalitionId={coalitionId}
          label={t('actionItems.bulk.owner')}
          value={owner}
          onChange={setOwner}
          placeholder={t('actionItems.bulk.ownerPlaceholder')}
        />
      </div>
      <Button
        variant="primary"
        size="sm"
        disabled={!owner}
        pending={pending}
        onClick={() => owner && onApply(owner)}
      >
        {owner
          ? t('actionItems.bulk.applyTo', { count, name: owner.name })
          : t('actionItems.bulk.apply')}
      </Button>
      <Button variant="ghost" size="sm" onClick={onClear}>
        {t('actionItems.bulk.clear')}
      </Button>
    </div>
  );
}
