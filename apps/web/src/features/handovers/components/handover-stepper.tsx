import { useTranslation } from 'react-i18next';

export const HANDOVER_STEPS = [
  'person',
  'holdings',
  'successors',
  'dossier',
  'confirm',
  'report',
] as const;
export type HandoverStep = (typeof HANDOVER_STEPS)[number];

export interface HandoverStepperProps {
  current: HandoverStep;
  /** Whether the user may jump to a step (a draft exists; a completed one shows its report). */
  canOpen: (step: HandoverStep) => boolean;
  onOpen: (step: HandoverStep) => void;
}

/** The wizard's steps in order; reachable ones are buttons, the current one is marked. */
export function HandoverStepper({ current, canOpen, onOpen }: HandoverStepperProps) {
  const { t } = useTranslation();
  const currentIndex = HANDOVER_STEPS.indexOf(current);
  return (
    <nav aria-label={t('handovers.wizard.stepsLabel')} className="handover-stepper">
      <ol className="handover-stepper__list">
        {HANDOVER_STEPS.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          const label = (
            <>
              <span className="handover-stepper__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="handover-stepper__label">{t(`handovers.steps.${step}`)}</span>
            </>
          );
          return (
            <li key={step} className={`handover-stepper__item handover-stepper__item--${state}`}>
              {step !== current && canOpen(step) ? (
                <button
                  type="button"
                  className="handover-stepper__button"
                  onClick={() => onOpen(step)}
                >
                  {label}
                </button>
              ) : (
                <span
                  className="handover-stepper__button"
                  aria-current={step === current ? 'step' : undefined}
                >
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
