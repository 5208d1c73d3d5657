import type {
  ImportEntity,
  ImportJobDto,
  ImportMapping,
  ImportPreviewDto,
  ImportResultDto,
} from '@regiokracht/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { ResultStep } from './result-step';
import { UploadStep } from './upload-step';
import './imports.css';

const STEPS = ['choose', 'mapping', 'preview', 'done'] as const;
type Step = (typeof STEPS)[number];

export interface ImportWizardProps {
  coalitionId: string;
}

/**
 * Upload → match columns → check (a dry run) → import. Each step keeps what the one before
 * decided, so going back to the mapping keeps the user's choices.
 */
export function ImportWizard({ coalitionId }: ImportWizardProps) {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<ImportEntity>('organisations');
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [result, setResult] = useState<ImportResultDto | null>(null);
  const step: Step = result ? 'done' : preview ? 'preview' : job ? 'mapping' : 'choose';

  // Each step's heading takes the focus, so keyboard and screen reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const restart = (next: ImportEntity) => {
    setEntity(next);
    setJob(null);
    setMapping({});
    setPreview(null);
    setResult(null);
  };

  return (
    <div className="import-wizard">
      <ol className="import-steps" aria-label={t('imports.steps.label')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={`import-steps__step${s === step ? ' import-steps__step--current' : ''}${
              STEPS.indexOf(step) > i ? ' import-steps__step--done' : ''
            }`}
            aria-current={s === step ? 'step' : undefined}
          >
            <span className="import-steps__number" aria-hidden="true">
              {i + 1}
            </span>
            {t(`imports.steps.${s}`)}
          </li>
        ))}
      </ol>
      <h3 className="import-wizard__heading" ref={heading} tabIndex={-1}>
        {t(`imports.steps.${step}`)}
        {job && step !== 'choose' && (
          <span className="import-wizard__entity"> · {t(`imports.entity.${job.entity}`)}</span>
        )}
      </h3>
      {step === 'choose' && (
        <UploadStep
          coalitionId={coalitionId}
          entity={entity}
          onEntityChange={setEntity}
          onUploaded={(uploaded) => {
            setJob(uploaded);
            setMapping(uploaded.mapping ?? uploaded.suggestedMapping);
          }}
        />
      )}
      {step === 'mapping' && job && (
        <MappingStep
          coalitionId={coalitionId}
          job={job}
          mapping={mapping}
          onMappingChange={setMapping}
          onBack={() => restart(job.entity)}
          onChecked={setPreview}
        />
      )}
      {step === 'preview' && job && preview && (
        <PreviewStep
          coalitionId={coalitionId}
          job={job}
          preview={preview}
          onBack={() => setPreview(null)}
          onCommitted={setResult}
        />
      )}
      {step === 'done' && result && <ResultStep result={result} onRestart={restart} />}
    </div>
  );
}
