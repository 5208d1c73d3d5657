import type { HandoverDto } from '@regiokracht/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_NOTES_LENGTH = 50_000;

export interface DossierStepProps {
  handover: HandoverDto;
  readOnly?: boolean;
  onSubmit: (notes: string | null) => void;
  error?: string;
  footer: ReactNode;
  formId: string;
}

/** The tacit knowledge, written down for the successor. */
export function DossierStep({
  handover,
  readOnly,
  onSubmit,
  error,
  footer,
  formId,
}: DossierStepProps) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(handover.notes ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(notes.trim() ? notes : null);
  };
  return (
    <form id={formId} className="stack" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="handover-notes">
          {t('handovers.dossier.label')}
        </label>
        <p id="handover-notes-hint" className="field__hint">
          {t('handovers.dossier.hint', { name: handover.departingPerson.name })}
        </p>
        <textarea
          id="handover-notes"
          className="input textarea handover-notes"
          rows={12}
          value={notes}
          maxLength={MAX_NOTES_LENGTH}
          readOnly={readOnly}
          placeholder={t('handovers.dossier.placeholder')}
          aria-describedby={
            error ? 'handover-notes-hint handover-notes-error' : 'handover-notes-hint'
          }
          aria-invalid={error ? true : undefined}
          onChange={(event) => setNotes(event.target.value)}
        />
        {error && (
          <p id="handover-notes-error" className="field__error">
            {error}
          </p>
        )}
      </div>
      {footer}
    </form>
  );
}
