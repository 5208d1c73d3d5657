import {
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  type ImportJobDto,
  type ImportMapping,
  type ImportPreviewDto,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { usePreviewImport } from '../api/preview-import';
import { useFieldLabel } from './field-label';

export interface MappingStepProps {
  coalitionId: string;
  job: ImportJobDto;
  mapping: ImportMapping;
  onMappingChange: (mapping: ImportMapping) => void;
  onBack: () => void;
  onChecked: (preview: ImportPreviewDto) => void;
}

/**
 * Step 2: a field per column of the file, the suggestion preselected. A field can be chosen for
 * one column only; the check (the API's dry run) waits until every required field has a column.
 */
export function MappingStep({
  coalitionId,
  job,
  mapping,
  onMappingChange,
  onBack,
  onChecked,
}: MappingStepProps) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const preview = usePreviewImport(coalitionId);
  const fields: readonly string[] = IMPORT_FIELDS[job.entity];
  const required = IMPORT_REQUIRED_FIELDS[job.entity];
  const chosen = new Set(Object.values(mapping).filter((field): field is string => !!field));
  const missing = required.filter((field) => !chosen.has(field));

  const check = () =>
    preview.mutate({ importId: job.id, mapping }, { onSuccess: (result) => onChecked(result) });

  return (
    <div className="import-step">
      <p>
        {t('imports.mapping.intro', {
          file: job.fileName,
          count: job.rows,
          columns: job.columns.length,
        })}
      </p>
      <div className="table-scroll">
        <table className="table table--stack import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('imports.mapping.column')}</th>
              <th scope="col">{t('imports.mapping.examples')}</th>
              <th scope="col">{t('imports.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {job.columns.map((column, index) => {
              const value = mapping[column] ?? '';
              return (
                <tr key={column}>
                  <th scope="row" className="import-mapping__column">
                    {column}
                  </th>
                  <td
                    className="import-mapping__examples"
                    data-label={t('imports.mapping.examples')}
                  >
                    <span>
                      {job.sample
                        .map((row) => row[index] ?? '')
                        .filter(Boolean)
                        .map((example, i) => (
                          <span key={i} className="import-mapping__example">
                            {example}
                          </span>
                        ))}
                    </span>
                  </td>
                  <td data-label={t('imports.mapping.field')}>
                    <select
                      className="select"
                      aria-label={t('imports.mapping.fieldFor', { column })}
                      value={value}
                      disabled={preview.isPending}
                      onChange={(event) =>
                        onMappingChange({ ...mapping, [column]: event.target.value || null })
                      }
                    >
                      <option value="">{t('imports.mapping.ignore')}</option>
                      {fields.map((field) => (
                        <option
                          key={field}
                          value={field}
                          disabled={chosen.has(field) && field !== value}
                        >
                          {fieldLabel(field)}
                          {required.includes(field) ? ` ${t('imports.mapping.required')}` : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {missing.length > 0 && (
        <p className="alert alert--info" role="status">
          {t('imports.mapping.missing', { fields: missing.map(fieldLabel).join(', ') })}
        </p>
      )}
      {preview.isPending && (
        <ProgressBar label={t('imports.mapping.checking', { count: job.rows })} />
      )}
      {preview.isError && (
        <p className="alert alert--error" role="alert">
          {preview.error.message}
        </p>
      )}
      <div className="import-step__actions">
        <Button variant="ghost" onClick={onBack} disabled={preview.isPending}>
          {t('imports.mapping.back')}
        </Button>
        <Button
          variant="primary"
          onClick={check}
          pending={preview.isPending}
          disabled={missing.length > 0}
        >
          {preview.isPending
            ? t('imports.mapping.checking', { count: job.rows })
            : t('imports.mapping.check')}
        </Button>
      </div>
    </div>
  );
}
