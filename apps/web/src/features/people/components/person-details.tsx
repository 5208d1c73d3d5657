import type { PersonDetailDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';

export interface PersonDetailsProps {
  coalitionId: string;
  person: PersonDetailDto;
}

export function PersonDetails({ coalitionId, person }: PersonDetailsProps) {
  const { t } = useTranslation();
  const none = <span className="muted">—</span>;
  return (
    <dl className="description-list description-list--two">
      <div>
        <dt>{t('people.fields.organisation')}</dt>
        <dd>
          {person.organisationId ? (
            <Link to={`/c/${coalitionId}/organisations/${person.organisationId}`}>
              {person.organisationName}
            </Link>
          ) : (
            t('people.coalitionStaff')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('people.fields.role')}</dt>
        <dd>{person.role ?? none}</dd>
      </div>
      <div>
        <dt>{t('people.fields.layer')}</dt>
        <dd>{person.layer ? t(`people.layers.${person.layer}`) : none}</dd>
      </div>
      <div>
        <dt>{t('people.fields.keyContact')}</dt>
        <dd>{person.isKeyContact ? t('people.yes') : t('people.no')}</dd>
      </div>
      <div>
        <dt>{t('people.fields.email')}</dt>
        <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</dd>
      </div>
      <div>
        <dt>{t('people.fields.phone')}</dt>
        <dd>{person.phone ? <a href={`tel:${person.phone}`}>{person.phone}</a> : none}</dd>
      </div>
      {(person.successorId || person.status !== 'active') && (
        <div>
          <dt>{t('people.fields.successor')}</dt>
          <dd>
            {person.successorId ? (
              <Link to={`/c/${coalitionId}/people/${person.successorId}`}>
                {person.successorName}
              </Link>
            ) : (
              <span className="text-danger">{t('people.noSuccessor')}</span>
            )}
          </dd>
        </div>
      )}
      {person.notes && (
        <div className="description-list__wide">
          <dt>{t('people.fields.notes')}</dt>
          <dd className="pre-line">{person.notes}</dd>
        </div>
      )}
    </dl>
  );
}

export function AffiliationHistory({ coalitionId, person }: PersonDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (person.affiliations.length === 0) {
    return <p className="muted">{t('people.noAffiliations')}</p>;
  }
  // Newest first: the current affiliation is what people look for.
  const affiliations = [...person.affiliations].reverse();
  return (
    <ol className="timeline">
      {affiliations.map((affiliation) => (
        <li
          key={`${affiliation.organisationId}-${affiliation.startedOn}`}
          className="timeline__item"
        >
          <div className="timeline__when">
            {format.date(affiliation.startedOn)} –{' '}
            {affiliation.endedOn ? format.date(affiliation.endedOn) : t('people.now')}
          </div>
          <div className="timeline__body">
            <Link to={`/c/${coalitionId}/organisations/${affiliation.organisationId}`}>
              {affiliation.organisationName}
            </Link>
            {affiliation.role && <span className="muted"> · {affiliation.role}</span>}
          </div>
        </li>
      ))}
    </ol>
  );
}
