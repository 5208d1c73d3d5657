import {
  IMPORT_ENTITIES,
  IMPORT_MAX_FILE_BYTES,
  type ImportEntity,
  type ImportJobDto,
} from '@regiokracht/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useFormat } from '../../../lib/format';
import { useUploadImport } from '../api/upload-import';

const MAX_MB = IMPORT_MAX_FILE_BYTES / (1024 * 1024);
const ACCEPT =
  '.csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadStepProps {
  coalitionId: string;
  entity: ImportEntity;
  onEntityChange: (entity: ImportEntity) => void;
  onUploaded: (job: ImportJobDto) => void;
}

/** Step 1: what the file holds, and the file; uploads it with a progress bar. */
export function UploadStep({ coalitionId, entity, onEntityChange, onUploaded }: UploadStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const upload = useUploadImport(coalitionId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);

  const megabytes = (bytes: number) =>
    `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;

  const check = (candidate: File | null): string | null => {
    if (!candidate) return t('imports.file.required');
    if (!/\.(csv|txt|xlsx)$/i.test(candidate.name)) return t('imports.file.wrongType');
    if (candidate.size > IMPORT_MAX_FILE_BYTES) return t('imports.file.tooLarge', { max: MAX_MB });
    return null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = check(file);
    setFileError(problem);
    if (problem || !file) return;
    setProgress({ loaded: 0, total: file.size });
    upload.mutate(
      { entity, file, onProgress: (loaded, total) => setProgress({ loaded, total }) },
      { onSuccess: (job) => onUploaded(job), onSettled: () => setProgress(null) },
    );
  };

  const sent = progress !== null && progress.loaded >= progress.total;
  return (
    <form className="import-step" onSubmit={submit} noValidate>
      <fieldset className="import-entities" disabled={upload.isPending}>
        <legend className="import-entities__legend">{t('imports.entity.legend')}</legend>
        {IMPORT_ENTITIES.map((option) => (
          <label key={option} className="import-entities__option">
            <input
              type="radio"
              name={`${id}-entity`}
              value={option}
              checked={entity === option}
              onChange={() => onEntityChange(option)}
            />
            <span>
              <span className="import-entities__name">{t(`imports.entity.${option}`)}</span>
              <span className="import-entities__hint">{t(`imports.entity.${option}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('imports.file.label')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('imports.file.hint', { max: MAX_MB })}
        </p>
        <input
          id={`${id}-file`}
          className="input import-step__file"
          type="file"
          accept={ACCEPT}
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
          disabled={upload.isPending}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setFileError(chosen ? check(chosen) : null);
            upload.reset();
          }}
        />
        {fileError && (
          <p id={`${id}-error`} className="field__error">
            {fileError}
          </p>
        )}
      </div>

      {upload.isPending && progress && file && (
        <div className="import-step__progress" aria-live="polite">
          {sent ? (
            <ProgressBar label={t('imports.file.reading')} valueText={t('imports.file.reading')} />
          ) : (
            <ProgressBar
              label={t('imports.file.uploading', { name: file.name })}
              value={progress.loaded}
              max={progress.total || 1}
              valueText={t('imports.file.progress', {
                loaded: megabytes(progress.loaded),
                total: megabytes(progress.total),
              })}
            />
          )}
          <p className="small muted">
            {sent
              ? t('imports.file.reading')
              : t('imports.file.progress', {
                  loaded: megabytes(progress.loaded),
                  total: megabytes(progress.total),
                })}
          </p>
        </div>
      )}

      {upload.isError && (
        <div className="alert alert--error" role="alert">
          <p className="strong">{t('imports.file.failed')}</p>
          <p>{upload.error.message}</p>
        </div>
      )}

      <div className="import-step__actions">
        <Button type="submit" variant="primary" pending={upload.isPending}>
          {t('imports.file.upload')}
        </Button>
      </div>
    </form>
  );
}
