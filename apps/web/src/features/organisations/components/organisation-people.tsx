import type { PersonDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';
import { SectionState } from './section-state';

export interface OrganisationPeopleProps {
  coalitionId: string;
  people: PersonDto[] | undefined;
  isPending: boolean;
  error: unknown;
}

/** Key contacts first: they carry the relationship. */
function byKeyContactThenName(a: PersonDto, b: PersonDto): number {
  if (a.isKeyContact !== b.isKeyContact) return a.isKeyContact ? -1 : 1;
  return a.name.localeCompare(b.name);
}

export function OrganisationPeople({
  coalitionId,
  people,
  isPending,
  error,
}: OrganisationPeopleProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionState
      isPending={isPending}
      error={error}
      isEmpty={people?.length === 0}
      skeletonHeight="8rem"
      emptyTitle={t('organisations.people.emptyTitle')}
      emptyDescription={t('organisations.people.emptyDescription')}
    >
      <ul className="record-list">
        {[...(people ?? [])].sort(byKeyContactThenName).map((person) => (
          <li key={person.id} className="record-list__item">
            <div className="record-list__main">
              <Link to={`/c/${coalitionId}/people/${person.id}`} className="record-list__title">
                {person.name}
              </Link>
              {person.isKeyContact && (
                <Badge tone="accent">
                  <span aria-hidden="true" className="badge-icon">
                    ★
                  </span>
                  {t('organisations.people.keyContact')}
                </Badge>
              )}
            </div>
            <div className="record-list__meta">
              {[person.role, person.layer && t(`organisations.layers.${person.layer}`)]
                .filter(Boolean)
                .join(' · ') || <span className="muted">{t('organisations.people.noRole')}</span>}
            </div>
            <div className="record-list__aside">
              {person.status === 'active' && (
                <Badge tone="green">{t('organisations.personStatuses.active')}</Badge>
              )}
              {person.status === 'leaving' && (
                <Badge tone="amber">
                  {person.leavingOn
                    ? t('organisations.people.leavingOn', { date: format.date(person.leavingOn) })
                    : t('organisations.personStatuses.leaving')}
                </Badge>
              )}
              {person.status === 'left' && (
                <Badge tone="grey">{t('organisations.personStatuses.left')}</Badge>
              )}
            </div>
          </li>
        ))}
      </ul>
    </SectionState>
  );
}
