import type { PersonDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

/** Active, "Leaving on 27 Jan 2026" or "Left on …". */
export function PersonStatusBadge({
  person,
}: {
  person: Pick<PersonDto, 'status' | 'leavingOn' | 'leftOn'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (person.status) {
    case 'active':
      return <Badge tone="green">{t('people.statuses.active')}</Badge>;
    case 'leaving':
      return (
        <Badge tone="amber">
          {person.leavingOn
            ? t('people.leavingOn', { date: format.date(person.leavingOn) })
            : t('people.statuses.leaving')}
        </Badge>
      );
    case 'left':
      return (
        <Badge tone="grey">
          {person.leftOn
            ? t('people.leftOn', { date: format.date(person.leftOn) })
            : t('people.statuses.left')}
        </Badge>
      );
  }
}
