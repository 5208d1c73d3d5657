import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { ModalDialog } from '../../components/ui/modal-dialog';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { usePerson } from '../../features/people/api/get-person';
import { usePersonHoldings } from '../../features/people/api/get-person-holdings';
import { useUpdatePerson } from '../../features/people/api/update-person';
import { MarkLeavingForm } from '../../features/people/components/mark-leaving-form';
import { AffiliationHistory, PersonDetails } from '../../features/people/components/person-details';
import { PersonHoldings } from '../../features/people/components/person-holdings';
import { PersonStatusBadge } from '../../features/people/components/person-status-badge';
import '../../features/people/components/people.css';
import { isApiError } from '../../lib/api-error';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

function PersonNotFound({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('people.notFoundTitle'));
  return (
    <Card>
      <EmptyState
        headingLevel={1}
        title={t('people.notFoundTitle')}
        description={t('people.notFoundDescription')}
        action={
          <Link className="btn btn--primary" to={`/c/${coalitionId}/people`}>
            {t('people.backToList')}
          </Link>
        }
      />
    </Card>
  );
}

export default function PersonRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const id = useParams().id ?? '';
  const role = useCurrentMembership()?.role;
  const canEdit = role === 'coordinator' || role === 'member';
  const personQuery = usePerson(coalitionId, id);
  const holdingsQuery = usePersonHoldings(coalitionId, id);
  const update = useUpdatePerson(coalitionId, id);
  const [marking, setMarking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (personQuery.isPending) {
    return (
      <div className="page-skeleton" aria-busy="true">
        <Skeleton height="2rem" width="18rem" />
        <Skeleton height="1rem" width="24rem" />
        <Skeleton height="12rem" />
      </div>
    );
  }
  if (isApiError(personQuery.error, 404)) return <PersonNotFound coalitionId={coalitionId} />;
  if (personQuery.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {describeError(personQuery.error, t)}
      </p>
    );
  }

  const person = personQuery.data;
  const editable = canEdit && person.deletedAt === null;
  const handoverLink = (
    <Link to={`/c/${coalitionId}/handovers/new?personId=${person.id}`} className="btn btn--primary">
      {t('people.startHandover')}
    </Link>
  );

  return (
    <>
      <nav aria-label={t('people.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${coalitionId}/people`}>{t('nav.people')}</Link>
      </nav>
      <PageHeader
        title={person.name}
        description={
          <span className="record-subtitle">
            {person.role && <span>{person.role}</span>}
            {person.organisationName && <span>{person.organisationName}</span>}
            {!person.organisationId && <span>{t('people.coalitionStaff')}</span>}
            {person.isKeyContact && (
              <Badge tone="accent">
                <span aria-hidden="true" className="badge-icon">
                  ★
                </span>
                {t('people.keyContact')}
              </Badge>
            )}
            <PersonStatusBadge person={person} />
          </span>
        }
        actions={
          editable &&
          person.status !== 'left' && (
            <Button onClick={() => setMarking(true)}>
              {person.status === 'leaving'
                ? t('people.actions.markLeft')
                : t('people.actions.markLeaving')}
            </Button>
          )
        }
      />
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {update.error && !marking ? (
        <p className="alert alert--error" role="alert">
          {describeError(update.error, t)}
        </p>
      ) : null}
      {person.status === 'leaving' && (
        <div className="leaving-banner">
          <p>
            {person.successorName
              ? t('people.leavingBannerWithSuccessor', { name: person.successorName })
              : t('people.leavingBanner')}
          </p>
          {editable && (
            <div className="leaving-banner__actions">
              {handoverLink}
              <Button
                variant="ghost"
                pending={update.isPending}
                onClick={() =>
                  update.mutate(
                    { version: person.version, status: 'active', leavingOn: null },
                    {
                      onSuccess: () => setNotice(t('people.notices.stays')),
                    },
                  )
                }
              >
                {t('people.actions.stays')}
              </Button>
            </div>
          )}
        </div>
      )}
      <div className="record-grid">
        <div className="record-grid__main">
          <Card title={t('people.sections.details')}>
            <PersonDetails coalitionId={coalitionId} person={person} />
          </Card>
          <Card title={t('people.sections.holdings')}>
            <PersonHoldings
              coalitionId={coalitionId}
              holdings={holdingsQuery.data}
              isPending={holdingsQuery.isPending}
              error={holdingsQuery.error}
            />
          </Card>
        </div>
        <div className="record-grid__side">
          <Card title={t('people.sections.affiliations')}>
            <AffiliationHistory coalitionId={coalitionId} person={person} />
          </Card>
        </div>
      </div>
      {marking && (
        <ModalDialog
          title={
            person.status === 'leaving'
              ? t('people.actions.markLeft')
              : t('people.actions.markLeaving')
          }
          closeLabel={t('people.close')}
          onClose={() => setMarking(false)}
        >
          <MarkLeavingForm
            coalitionId={coalitionId}
            person={person}
            onDone={(updated) => {
              setMarking(false);
              setNotice(
                updated.status === 'leaving'
                  ? t('people.notices.leaving')
                  : t('people.notices.left'),
              );
            }}
            onCancel={() => setMarking(false)}
          />
        </ModalDialog>
      )}
    </>
  );
}
