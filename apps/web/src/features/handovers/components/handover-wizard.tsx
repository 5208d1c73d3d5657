import type { HandoverDto, PersonDto } from '@regiokracht/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useCompleteHandover } from '../api/complete-handover';
import { useUpdateHandover, type UpdateHandoverVariables } from '../api/update-handover';
import { ConfirmStep } from './confirm-step';
import { DossierStep } from './dossier-step';
import { HandoverStepper, HANDOVER_STEPS, type HandoverStep } from './handover-stepper';
import { ReportStep } from './report-step';
import { ReviewStep } from './review-step';
import { SaveErrorNotice } from './save-error-notice';
import { SuccessorsStep } from './successors-step';
import { WizardFooter } from './wizard-footer';
import './handovers.css';

export interface HandoverWizardProps {
  coalitionId: string;
  handover: HandoverDto;
  /** Active people of the coalition. */
  people: PersonDto[];
  step: HandoverStep;
  onStep: (step: HandoverStep) => void;
  canEdit: boolean;
}

const FORM_ID = 'handover-step-form';

/** Steps 2–6 of a handover whose draft exists (step 1 chose the person and made the draft). */
export function HandoverWizard({
  coalitionId,
  handover,
  people,
  step: requestedStep,
  onStep,
  canEdit,
}: HandoverWizardProps) {
  const { t } = useTranslation();
  const completed = handover.status === 'completed';
  const step: HandoverStep = completed
    ? 'report'
    : requestedStep === 'report' || requestedStep === 'person'
      ? 'holdings'
      : requestedStep;
  const update = useUpdateHandover(coalitionId);
  const complete = useCompleteHandover(coalitionId);
  const [lastSave, setLastSave] = useState<UpdateHandoverVariables | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    // Keyboard and screen-reader users land on the new step's heading.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const go = (target: HandoverStep) => {
    update.reset();
    complete.reset();
    onStep(target);
  };
  const index = HANDOVER_STEPS.indexOf(step);
  const back = index > 1 ? () => go(HANDOVER_STEPS[index - 1]) : undefined;
  const next = () => go(HANDOVER_STEPS[index + 1]);

  const save = (variables: UpdateHandoverVariables, then: HandoverStep) => {
    setLastSave(variables);
    update.mutate(variables, { onSuccess: () => go(then) });
  };
  const retry = () => {
    if (lastSave) save({ ...lastSave, reload: true }, HANDOVER_STEPS[index + 1]);
  };

  const candidates = people.filter(
    (p) => p.status === 'active' && p.id !== handover.departingPerson.id,
  );
  const serverErrors = isValidationError(update.error)
    ? Object.fromEntries(update.error.details.map((d) => [d.field, d.message]))
    : {};
  const footer = (
    <WizardFooter
      onBack={back}
      pending={update.isPending || complete.isPending}
      hideNext={step === 'confirm' && !canEdit}
      nextLabel={step === 'confirm' ? t('handovers.confirm.complete') : undefined}
    />
  );

  return (
    <div className="handover-wizard">
      <HandoverStepper
        current={step}
        canOpen={(s) => (completed ? s === 'report' : s !== 'person' && s !== 'report')}
        onOpen={go}
      />
      <Card>
        <div className="handover-wizard__head">
          <h2 ref={headingRef} tabIndex={-1} className="handover-wizard__title">
            {t('handovers.wizard.stepHeading', {
              number: index + 1,
              total: HANDOVER_STEPS.length,
              title: t(`handovers.steps.${step}`),
            })}
          </h2>
          <Badge tone={completed ? 'green' : 'neutral'}>
            {t(`handovers.statuses.${handover.status}`)}
          </Badge>
        </div>
        {update.error && !isValidationError(update.error) && (
          <SaveErrorNotice error={update.error} onRetry={retry} retrying={update.isPending} />
        )}
        {step === 'holdings' && (
          <form
            id={FORM_ID}
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              next();
            }}
          >
            <ReviewStep handover={handover} />
            {footer}
          </form>
        )}
        {step === 'successors' && (
          <SuccessorsStep
            key={handover.id}
            formId={FORM_ID}
            handover={handover}
            candidates={candidates}
            readOnly={!canEdit}
            serverErrors={serverErrors}
            footer={footer}
            onSubmit={(changes) =>
              canEdit
                ? save({ id: handover.id, version: handover.version, changes }, 'dossier')
                : next()
            }
          />
        )}
        {step === 'dossier' && (
          <DossierStep
            key={handover.id}
            formId={FORM_ID}
            handover={handover}
            readOnly={!canEdit}
            error={serverErrors.notes}
            footer={footer}
            onSubmit={(notes) =>
              canEdit && notes !== handover.notes
                ? save(
                    { id: handover.id, version: handover.version, changes: { notes } },
                    'confirm',
                  )
                : next()
            }
          />
        )}
        {step === 'confirm' && (
          <ConfirmStep
            formId={FORM_ID}
            handover={handover}
            footer={footer}
            completionError={complete.error ? describeError(complete.error, t) : null}
            onChooseSuccessors={() => go('successors')}
            onSubmit={() => complete.mutate(handover.id)}
          />
        )}
        {step === 'report' && <ReportStep coalitionId={coalitionId} handover={handover} />}
      </Card>
    </div>
  );
}
