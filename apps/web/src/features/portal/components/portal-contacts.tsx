import type { PersonDto } from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useContacts } from '../api/get-contacts';
import { MyDetailsForm } from './my-details-form';

/** The person the API lets this partner edit: the one with their account's e-mail. */
export function findOwnPerson(people: readonly PersonDto[], email: string): PersonDto | null {
  const mine = email.trim().toLowerCase();
  return people.find((p) => p.email?.trim().toLowerCase() === mine) ?? null;
}

/** Yourself first, then key contacts, then by name. */
function byRelevance(own: PersonDto | null) {
  return (a: PersonDto, b: PersonDto) =>
    Number(b.id === own?.id) - Number(a.id === own?.id) ||
    Number(b.isKeyContact) - Number(a.isKeyContact) ||
    a.name.localeCompare(b.name);
}

export interface PortalContactsProps {
  coalitionId: string;
  organisationId: string;
  organisationName: string;
  /** The signed-in user's e-mail: their own person is the one they may edit. */
  userEmail: string;
}

/** The partner organisation's people, with an "Edit my details" form for the partner's own. */
export function PortalContacts({
  coalitionId,
  organisationId,
  organisationName,
  userEmail,
}: PortalContactsProps) {
  const { t } = useTranslation();
  const query = useContacts(coalitionId, organisationId);
  const [editing, setEditing] = useState<PersonDto | null>(null);
  const [notice, setNotice] = useState('');

  if (query.isPending) {
    return (
      <div aria-busy="true">
        <Skeleton height="9rem" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>
          {t('portal.contacts.loadFailed')} {describeError(query.error, t)}
        </p>
        <Button size="sm" onClick={() => void query.refetch()}>
          {t('portal.retry')}
        </Button>
      </div>
    );
  }

  const people = query.data.items;
  const own = findOwnPerson(people, userEmail);
  const sorted = [...people].sort(byRelevance(own));

  return (
    <div className="stack">
      <p className="muted small">
        {t('portal.contacts.intro', { organisation: organisationName })}
      </p>
      <p className="alert alert--success" role="status" hidden={!notice}>
        {notice}
      </p>
      {!own && <p className="alert alert--info">{t('portal.contacts.notListed')}</p>}
      {people.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('portal.contacts.emptyTitle')}
          description={t('portal.contacts.emptyDescription')}
        />
      ) : (
        <ul className="portal-list portal-contacts">
          {sorted.map((person) => {
            const isOwn = person.id === own?.id;
            return (
              <li key={person.id} className="portal-list__item">
                <div className="portal-list__main">
                  <span className="portal-contacts__name">
                    <span className="strong">{person.name}</span>
                    {isOwn && <Badge tone="accent">{t('portal.contacts.you')}</Badge>}
                    {person.isKeyContact && (
                      <Badge tone="neutral">{t('portal.contacts.keyContact')}</Badge>
                    )}
                  </span>
                  {person.role && <span className="muted small">{person.role}</span>}
                  <span className="portal-list__meta small">
                    {person.email && (
                      <a href={`mailto:${person.email}`} className="portal-break">
                        {person.email}
                      </a>
                    )}
                    {person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>}
                  </span>
                </div>
                {isOwn && (
                  <Button
                    size="sm"
                    onClick={() => {
                      setNotice('');
                      setEditing(person);
                    }}
                  >
                    {t('portal.contacts.edit')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editing && (
        <ModalDialog
          title={t('portal.myDetails.title')}
          closeLabel={t('portal.report.close')}
          onClose={() => setEditing(null)}
        >
          <MyDetailsForm
            coalitionId={coalitionId}
            person={editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) setNotice(t('portal.contacts.saved'));
            }}
            onCancel={() => setEditing(null)}
          />
        </ModalDialog>
      )}
    </div>
  );
}
