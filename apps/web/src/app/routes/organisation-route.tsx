import type { CommitmentDto, OrganisationDto } from '@regiokracht/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { ModalDialog } from '../../components/ui/modal-dialog';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useInteractions } from '../../features/interactions/api/get-interactions';
import { InteractionTimeline } from '../../features/interactions/components/interaction-timeline';
import '../../features/interactions/components/interactions.css';
import { LogInteractionForm } from '../../features/interactions/components/log-interaction-form';
import { useDeleteOrganisation } from '../../features/organisations/api/delete-organisation';
import { useCoalitionStaff } from '../../features/people/api/get-coalition-staff';
import { useOrganisation } from '../../features/organisations/api/get-organisation';
import { useOrganisationActionItems } from '../../features/action-items/api/get-organisation-action-items';
import { useOrganisationBenefits } from '../../features/benefits/api/get-organisation-benefits';
import { useOrganisationCommitments } from '../../features/commitments/api/get-organisation-commitments';
import { useOrganisationInsights } from '../../features/organisations/api/get-organisation-insights';
import { useOrganisationPeople } from '../../features/people/api/get-organisation-people';
import { useAllOrganisations } from '../../features/organisations/api/get-organisations';
import { useRestoreOrganisation } from '../../features/organisations/api/restore-organisation';
import { ActionItemForm } from '../../features/organisations/components/action-item-form';
import { CommitmentForm } from '../../features/organisations/components/commitment-form';
import { ContributionForm } from '../../features/organisations/components/contribution-form';
import { OrganisationActionItems } from '../../features/organisations/components/organisation-action-items';
import { OrganisationBenefits } from '../../features/organisations/components/organisation-benefits';
import { OrganisationCommitments } from '../../features/organisations/components/organisation-commitments';
import { OrganisationEditForm } from '../../features/organisations/components/organisation-edit-form';
import { OrganisationInsightSummary } from '../../features/organisations/components/organisation-insight-summary';
import { OrganisationPeople } from '../../features/organisations/components/organisation-people';
import '../../features/organisations/components/organisations.css';
import { isApiError } from '../../lib/api-error';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

type Dialog =
  | { type: 'log' }
  | { type: 'edit' }
  | { type: 'delete' }
  | { type: 'commitment' }
  | { type: 'contribution'; commitment: CommitmentDto }
  | { type: 'actionItem' };

const TIMELINE_STEP = 10;

function OrganisationNotFound({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.notFoundTitle'));
  return (
    <Card>
      <EmptyState
        headingLevel={1}
        title={t('organisations.notFoundTitle')}
        description={t('organisations.notFoundDescription')}
        action={
          <Link className="btn btn--primary" to={`/c/${coalitionId}/organisations`}>
            {t('organisations.backToList')}
          </Link>
        }
      />
    </Card>
  );
}

function OrganisationFacts({ organisation }: { organisation: OrganisationDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = <span className="muted">—</span>;
  return (
    <dl className="description-list description-list--two">
      <div>
        <dt>{t('organisations.fields.relationshipOwner')}</dt>
        <dd>
          {organisation.relationshipOwnerName ?? (
            <span className="text-danger">{t('organisations.noOwner')}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('organisations.fields.sizeClass')}</dt>
        <dd>
          {organisation.sizeClass ? t(`organisations.sizeClasses.${organisation.sizeClass}`) : none}
        </dd>
      </div>
      <div>
        <dt>{t('organisations.fields.sector')}</dt>
        <dd>{organisation.sector ?? none}</dd>
      </div>
      <div>
        <dt>{t('organisations.fields.city')}</dt>
        <dd>{organisation.city ?? none}</dd>
      </div>
      <div>
        <dt>{t('organisations.fields.joinedOn')}</dt>
        <dd>{organisation.joinedOn ? format.date(organisation.joinedOn, 'long') : none}</dd>
      </div>
      {organisation.leftOn && (
        <div>
          <dt>{t('organisations.fields.leftOn')}</dt>
          <dd>{format.date(organisation.leftOn, 'long')}</dd>
        </div>
      )}
      <div>
        <dt>{t('organisations.fields.website')}</dt>
        <dd>
          {organisation.website ? (
            <a
              href={
                /^https?:\/\//i.test(organisation.website)
                  ? organisation.website
                  : `https://${organisation.website}`
              }
              target="_blank"
              rel="noreferrer noopener"
            >
              {organisation.website.replace(/^https?:\/\//i, '')}
            </a>
          ) : (
            none
          )}
        </dd>
      </div>
      {organisation.interests && (
        <div className="description-list__wide">
          <dt>{t('organisations.fields.interests')}</dt>
          <dd className="pre-line">{organisation.interests}</dd>
        </div>
      )}
    </dl>
  );
}

export default function OrganisationRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const coalitionId = useCoalitionId();
  const id = useParams().id ?? '';
  const role = useCurrentMembership()?.role;
  const canEdit = role === 'coordinator' || role === 'member';
  const isCoordinator = role === 'coordinator';

  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [timelineSize, setTimelineSize] = useState(TIMELINE_STEP);

  const organisationQuery = useOrganisation(coalitionId, id);
  const insightsQuery = useOrganisationInsights(coalitionId);
  const peopleQuery = useOrganisationPeople(coalitionId, id);
  const staffQuery = useCoalitionStaff(coalitionId, canEdit);
  const organisationsQuery = useAllOrganisations(coalitionId);
  const interactionsQuery = useInteractions(coalitionId, {
    organisationId: id,
    pageSize: timelineSize,
  });
  const commitmentsQuery = useOrganisationCommitments(coalitionId, id);
  const benefitsQuery = useOrganisationBenefits(coalitionId, id);
  const actionItemsQuery = useOrganisationActionItems(coalitionId, id);
  const deleteMutation = useDeleteOrganisation(coalitionId, id);
  const restoreMutation = useRestoreOrganisation(coalitionId, id);

  const people = useMemo(() => peopleQuery.data ?? [], [peopleQuery.data]);
  const staff = useMemo(() => staffQuery.data ?? [], [staffQuery.data]);
  const personNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const person of [...people, ...staff]) names.set(person.id, person.name);
    return names;
  }, [people, staff]);
  const organisationNames = useMemo(
    () => new Map((organisationsQuery.data ?? []).map((o) => [o.id, o.name])),
    [organisationsQuery.data],
  );

  if (organisationQuery.isPending) {
    return (
      <div className="page-skeleton" aria-busy="true">
        <Skeleton height="2rem" width="20rem" />
        <Skeleton height="1rem" width="28rem" />
        <Skeleton height="9rem" />
        <Skeleton height="16rem" />
      </div>
    );
  }
  if (isApiError(organisationQuery.error, 404)) {
    return <OrganisationNotFound coalitionId={coalitionId} />;
  }
  if (organisationQuery.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {describeError(organisationQuery.error, t)}
      </p>
    );
  }

  const organisation = organisationQuery.data;
  const deleted = organisation.deletedAt !== null;
  const editable = canEdit && !deleted;
  const activePeople = people.filter((p) => p.status !== 'left');

  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  const onLogged = () => done(t('organisations.notices.logged'));

  const dialogContent = (() => {
    if (!dialog) return null;
    switch (dialog.type) {
      case 'log':
        return (
          <ModalDialog
            title={t('organisations.actions.logInteraction')}
            closeLabel={t('organisations.close')}
            onClose={close}
            size="wide"
          >
            <LogInteractionForm
              coalitionId={coalitionId}
              organisation={{ id: organisation.id, name: organisation.name }}
              organisationOptions={(organisationsQuery.data ?? [])
                .filter((o) => o.id !== organisation.id)
                .map((o) => ({ id: o.id, name: o.name }))}
              participantGroups={[
                {
                  label: t('organisations.peopleAt', { name: organisation.name }),
                  people: activePeople,
                },
                { label: t('organisations.coalitionStaff'), people: staff },
              ]}
              onLogged={onLogged}
              onCancel={close}
            />
          </ModalDialog>
        );
      case 'edit':
        return (
          <ModalDialog
            title={t('organisations.actions.edit')}
            closeLabel={t('organisations.close')}
            onClose={close}
            size="wide"
          >
            <OrganisationEditForm
              coalitionId={coalitionId}
              organisation={organisation}
              ownerOptions={staff}
              onSaved={() => done(t('organisations.notices.saved'))}
              onCancel={close}
            />
          </ModalDialog>
        );
      case 'delete':
        return (
          <ModalDialog
            title={t('organisations.delete.title', { name: organisation.name })}
            closeLabel={t('organisations.close')}
            onClose={close}
          >
            <div className="stack">
              <p>{t('organisations.delete.description')}</p>
              {deleteMutation.error ? (
                <p className="alert alert--error" role="alert">
                  {describeError(deleteMutation.error, t)}
                </p>
              ) : null}
              <div className="form-actions">
                <Button
                  variant="danger"
                  pending={deleteMutation.isPending}
                  onClick={() =>
                    deleteMutation.mutate(undefined, {
                      onSuccess: () => done(t('organisations.notices.deleted')),
                    })
                  }
                >
                  {t('organisations.delete.confirm')}
                </Button>
                <Button onClick={close}>{t('organisations.cancel')}</Button>
              </div>
            </div>
          </ModalDialog>
        );
      case 'commitment':
        return (
          <ModalDialog
            title={t('organisations.actions.addCommitment')}
            closeLabel={t('organisations.close')}
            onClose={close}
            size="wide"
          >
            <CommitmentForm
              coalitionId={coalitionId}
              organisationId={organisation.id}
              contactOptions={activePeople}
              onDone={() => done(t('organisations.notices.commitmentAdded'))}
            />
          </ModalDialog>
        );
      case 'contribution':
        return (
          <ModalDialog
            title={t('organisations.actions.reportContribution')}
            closeLabel={t('organisations.close')}
            onClose={close}
          >
            <ContributionForm
              coalitionId={coalitionId}
              commitment={dialog.commitment}
              onDone={() => done(t('organisations.notices.contributionReported'))}
            />
          </ModalDialog>
        );
      case 'actionItem':
        return (
          <ModalDialog
            title={t('organisations.actions.addActionItem')}
            closeLabel={t('organisations.close')}
            onClose={close}
          >
            <ActionItemForm
              coalitionId={coalitionId}
              organisationId={organisation.id}
              ownerGroups={[
                { label: t('organisations.coalitionStaff'), people: staff },
                {
                  label: t('organisations.peopleAt', { name: organisation.name }),
                  people: people.filter((p) => p.status === 'active'),
                },
              ]}
              onDone={() => done(t('organisations.notices.actionItemAdded'))}
            />
          </ModalDialog>
        );
    }
  })();

  return (
    <>
      <nav aria-label={t('organisations.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${coalitionId}/organisations`}>{t('nav.organisations')}</Link>
      </nav>
      <PageHeader
        title={organisation.name}
        description={
          <span className="record-subtitle">
            <span>{t(`organisations.kinds.${organisation.kind}`)}</span>
            <Badge tone={organisation.status === 'active' ? 'accent' : 'neutral'}>
              {t(`organisations.statuses.${organisation.status}`)}
            </Badge>
            {organisation.city && <span>{organisation.city}</span>}
          </span>
        }
        actions={
          editable && (
            <>
              <Button onClick={() => setDialog({ type: 'edit' })}>
                {t('organisations.actions.edit')}
              </Button>
              {isCoordinator && (
                <Button variant="ghost" onClick={() => setDialog({ type: 'delete' })}>
                  {t('organisations.actions.delete')}
                </Button>
              )}
            </>
          )
        }
      />
      {deleted && (
        <div className="deleted-banner" role="status">
          <p>
            {t('organisations.deletedOn', {
              date: format.date(organisation.deletedAt!, 'long'),
            })}
          </p>
          {isCoordinator && (
            <Button
              size="sm"
              pending={restoreMutation.isPending}
              onClick={() =>
                restoreMutation.mutate(undefined, {
                  onSuccess: () => setNotice(t('organisations.notices.restored')),
                })
              }
            >
              {t('organisations.actions.restore')}
            </Button>
          )}
        </div>
      )}
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {editable && (
        <div className="quick-actions" role="group" aria-label={t('organisations.quickActions')}>
          <Button variant="primary" onClick={() => setDialog({ type: 'log' })}>
            {t('organisations.actions.logInteraction')}
          </Button>
          <Button onClick={() => setDialog({ type: 'commitment' })}>
            {t('organisations.actions.addCommitment')}
          </Button>
          <Button onClick={() => setDialog({ type: 'actionItem' })}>
            {t('organisations.actions.addActionItem')}
          </Button>
        </div>
      )}
      <Card>
        <OrganisationInsightSummary
          insight={insightsQuery.data?.get(organisation.id) ?? null}
          isPending={insightsQuery.isPending}
          error={insightsQuery.error}
          people={people}
        />
      </Card>
      <div className="record-grid">
        <div className="record-grid__main">
          <Card
            title={t('organisations.sections.timeline')}
            actions={
              editable && (
                <Button
                  size="sm"
                  onClick={() => setDialog({ type: 'log' })}
                  aria-label={t('organisations.actions.logInteraction')}
                >
                  {t('organisations.actions.log')}
                </Button>
              )
            }
          >
            <InteractionTimeline
              interactions={interactionsQuery.data?.items}
              total={interactionsQuery.data?.total ?? 0}
              isPending={interactionsQuery.isPending}
              isFetching={interactionsQuery.isFetching}
              error={interactionsQuery.error}
              organisationId={organisation.id}
              personName={(personId) => personNames.get(personId)}
              organisationName={(organisationId) => organisationNames.get(organisationId)}
              onShowMore={() => setTimelineSize((size) => size + TIMELINE_STEP * 2)}
              onLog={editable ? () => setDialog({ type: 'log' }) : undefined}
            />
          </Card>
          <Card
            title={t('organisations.sections.commitments')}
            actions={
              editable && (
                <Button
                  size="sm"
                  onClick={() => setDialog({ type: 'commitment' })}
                  aria-label={t('organisations.actions.addCommitment')}
                >
                  {t('organisations.actions.add')}
                </Button>
              )
            }
          >
            <OrganisationCommitments
              commitments={commitmentsQuery.data}
              isPending={commitmentsQuery.isPending}
              error={commitmentsQuery.error}
              onReport={
                editable
                  ? (commitment) => setDialog({ type: 'contribution', commitment })
                  : undefined
              }
              onAdd={editable ? () => setDialog({ type: 'commitment' }) : undefined}
            />
          </Card>
          <Card
            title={t('organisations.sections.actionItems')}
            actions={
              editable && (
                <Button
                  size="sm"
                  onClick={() => setDialog({ type: 'actionItem' })}
                  aria-label={t('organisations.actions.addActionItem')}
                >
                  {t('organisations.actions.add')}
                </Button>
              )
            }
          >
            <OrganisationActionItems
              actionItems={actionItemsQuery.data}
              isPending={actionItemsQuery.isPending}
              error={actionItemsQuery.error}
              onAdd={editable ? () => setDialog({ type: 'actionItem' }) : undefined}
            />
          </Card>
        </div>
        <div className="record-grid__side">
          <Card title={t('organisations.sections.people')}>
            <OrganisationPeople
              coalitionId={coalitionId}
              people={peopleQuery.data}
              isPending={peopleQuery.isPending}
              error={peopleQuery.error}
            />
          </Card>
          <Card title={t('organisations.sections.details')}>
            <OrganisationFacts organisation={organisation} />
          </Card>
          <Card title={t('organisations.sections.benefits')}>
            <OrganisationBenefits
              benefits={benefitsQuery.data}
              isPending={benefitsQuery.isPending}
              error={benefitsQuery.error}
            />
          </Card>
        </div>
      </div>
      {dialogContent}
    </>
  );
}
