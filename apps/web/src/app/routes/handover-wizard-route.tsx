import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Card } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/skeleton';
import { useCreateHandover } from '../../features/handovers/api/create-handover';
import { useHandover } from '../../features/handovers/api/get-handover';
import { useHandoverPeople } from '../../features/handovers/api/get-handover-people';
import { ChoosePersonStep } from '../../features/handovers/components/choose-person-step';
import {
  HandoverStepper,
  HANDOVER_STEPS,
  type HandoverStep,
} from '../../features/handovers/components/handover-stepper';
import { HandoverWizard } from '../../features/handovers/components/handover-wizard';
import { WizardFooter } from '../../features/handovers/components/wizard-footer';
import '../../features/handovers/components/handovers.css';
import '../../components/ui/records.css';
import { describeError } from '../../lib/error-message';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

function readStep(value: string | null): HandoverStep {
  const number = Number(value);
  return HANDOVER_STEPS[number - 1] ?? 'holdings';
}

function WizardSkeleton() {
  return (
    <Card>
      <div className="handover-skeleton" aria-busy="true">
        <Skeleton height={28} width="40%" />
        <Skeleton height={44} />
        <Skeleton height={44} />
        <Skeleton height={44} />
      </div>
    </Card>
  );
}

/** `/c/:cid/handovers/new?personId=…` (step 1) and `/c/:cid/handovers/:id?step=N` (steps 2–6). */
export default function HandoverWizardRoute() {
  const { id } = useParams();
  return id ? <ExistingHandover id={id} /> : <NewHandover />;
}

function useCanEdit(): boolean {
  const role = useCurrentMembership()?.role;
  return role === 'coordinator' || role === 'member';
}

function BackToList() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  return (
    <nav className="breadcrumb" aria-label={t('handovers.wizard.breadcrumb')}>
      <Link to={`/c/${coalitionId}/handovers`}>{t('nav.handovers')}</Link>
    </nav>
  );
}

function NewHandover() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const canEdit = useCanEdit();
  const people = useHandoverPeople(coalitionId);
  const create = useCreateHandover(coalitionId);

  return (
    <>
      <BackToList />
      <PageHeader
        title={t('handovers.wizard.newTitle')}
        description={t('handovers.wizard.newDescription')}
      />
      <div className="handover-wizard">
        <HandoverStepper current="person" canOpen={() => false} onOpen={() => undefined} />
        {!canEdit ? (
          <Card>
            <p className="muted">{t('handovers.wizard.readOnlyStart')}</p>
          </Card>
        ) : people.isPending ? (
          <WizardSkeleton />
        ) : people.isError ? (
          <Card>
            <p className="alert alert--error" role="alert">
              {describeError(people.error, t)}
            </p>
          </Card>
        ) : (
          <Card>
            <div className="handover-wizard__head">
              <h2 className="handover-wizard__title">
                {t('handovers.wizard.stepHeading', {
                  number: 1,
                  total: HANDOVER_STEPS.length,
                  title: t('handovers.steps.person'),
                })}
              </h2>
            </div>
            <ChoosePersonStep
              formId="handover-person-form"
              people={people.data.items}
              initialPersonId={searchParams.get('personId') ?? ''}
              error={create.error ? describeError(create.error, t) : undefined}
              footer={
                <WizardFooter pending={create.isPending} nextLabel={t('handovers.person.start')} />
              }
              onSubmit={(personId) =>
                create.mutate(personId, {
                  onSuccess: ({ id }) => {
                    void navigate(`/c/${coalitionId}/handovers/${id}?step=2`, { replace: true });
                  },
                })
              }
            />
          </Card>
        )}
      </div>
    </>
  );
}

function ExistingHandover({ id }: { id: string }) {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const canEdit = useCanEdit();
  const [searchParams, setSearchParams] = useSearchParams();
  const handover = useHandover(coalitionId, id);
  const people = useHandoverPeople(coalitionId);
  const step = readStep(searchParams.get('step'));
  const name = handover.data?.departingPerson.name;

  return (
    <>
      <BackToList />
      <PageHeader
        title={name ? t('handovers.wizard.title', { name }) : t('nav.handovers')}
        description={
          handover.data?.departingPerson.organisationName ??
          t('handovers.wizard.loadingDescription')
        }
      />
      {handover.isError || people.isError ? (
        <Card>
          <p className="alert alert--error" role="alert">
            {describeError(handover.error ?? people.error, t)}
          </p>
        </Card>
      ) : handover.isPending || people.isPending ? (
        <WizardSkeleton />
      ) : (
        <HandoverWizard
          coalitionId={coalitionId}
          handover={handover.data}
          people={people.data.items}
          step={step}
          canEdit={canEdit}
          onStep={(next) => setSearchParams({ step: String(HANDOVER_STEPS.indexOf(next) + 1) })}
        />
      )}
    </>
  );
}
