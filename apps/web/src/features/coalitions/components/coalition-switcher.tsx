import type { MembershipDto } from '@regiokracht/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface CoalitionSwitcherProps {
  memberships: MembershipDto[];
  currentCoalitionId: string;
  onSwitch: (coalitionId: string) => void;
}

export function CoalitionSwitcher({
  memberships,
  currentCoalitionId,
  onSwitch,
}: CoalitionSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  const sorted = [...memberships].sort((a, b) => a.coalitionName.localeCompare(b.coalitionName));
  return (
    <div className="coalition-switcher">
      <label className="coalition-switcher__label" htmlFor={id}>
        {t('header.coalition')}
      </label>
      <select
        id={id}
        className="select"
        value={currentCoalitionId}
        onChange={(event) => onSwitch(event.target.value)}
      >
        {sorted.map((membership) => (
          <option key={membership.coalitionId} value={membership.coalitionId}>
            {membership.coalitionName}
          </option>
        ))}
      </select>
    </div>
  );
}
