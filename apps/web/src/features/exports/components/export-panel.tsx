import {
  EXPORT_FORMATS,
  type ExportDataset,
  type ExportFormat,
  type ExportLocale,
} from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../api/export-url';
import './exports.css';

const DATASETS = [
  'organisations',
  'people',
  'interactions',
  'commitments',
  'contributions',
] as const satisfies readonly ExportDataset[];

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/** The 12 months up to today, both days included (as the API's default period). */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(
    Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1),
  )
    .toISOString()
    .slice(0, 10);
  return { from, to };
}

export interface ExportPanelProps {
  coalitionId: string;
  /** For tests; defaults to now. */
  today?: Date;
}

/**
 * Downloads as plain links: the browser saves the file itself. The CSV dialect follows the UI
 * language (Dutch: `;` and Dutch dates, as Dutch Excel expects).
 */
export function ExportPanel({ coalitionId, today }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale: ExportLocale = (i18n.resolvedLanguage ?? i18n.language).startsWith('nl')
    ? 'nl'
    : 'en';
  const [period, setPeriod] = useState(() => defaultPeriod(today ?? new Date()));
  const periodValid = Boolean(period.from && period.to && period.from <= period.to);

  return (
    <div className="export-panel">
      <p>
        {t('exports.intro', {
          delimiter: locale === 'nl' ? t('exports.delimiterNl') : t('exports.delimiterEn'),
        })}
      </p>
      <ul className="export-list" aria-label={t('exports.datasets.label')}>
        {DATASETS.map((dataset) => (
          <li key={dataset} className="export-list__item">
            <span className="strong">{t(`exports.datasets.${dataset}`)}</span>
            <span className="export-list__links">
              {EXPORT_FORMATS.map((format) => (
                <a
                  key={format}
                  className="btn btn--secondary btn--sm"
                  href={exportUrl(coalitionId, dataset, format, { locale })}
                  download
                  aria-label={t('exports.download', {
                    dataset: t(`exports.datasets.${dataset}`),
                    format: FORMAT_LABELS[format],
                  })}
                >
                  {FORMAT_LABELS[format]}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>

      <section className="export-report" aria-labelledby={`${id}-report`}>
        <h3 id={`${id}-report`} className="export-report__title">
          {t('exports.accountability.title')}
        </h3>
        <p>{t('exports.accountability.intro')}</p>
        <div className="export-report__period">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-from`}>
              {t('exports.accountability.from')}
            </label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              value={period.from}
              max={period.to || undefined}
              aria-invalid={periodValid ? undefined : true}
              aria-describedby={periodValid ? undefined : `${id}-invalid`}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-to`}>
              {t('exports.accountability.to')}
            </label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              value={period.to}
              min={period.from || undefined}
              aria-invalid={periodValid ? undefined : true}
              aria-describedby={periodValid ? undefined : `${id}-invalid`}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
            />
          </div>
          <span className="export-list__links">
            {EXPORT_FORMATS.map((format) => (
              <a
                key={format}
                className="btn btn--primary"
                href={
                  periodValid
                    ? exportUrl(coalitionId, 'accountability', format, { locale, ...period })
                    : undefined
                }
                download={periodValid || undefined}
                // Without an address an anchor is no link to assistive technology: say it is a disabled one.
                role="link"
                aria-disabled={periodValid ? undefined : true}
                aria-label={t('exports.accountability.download', {
                  format: FORMAT_LABELS[format],
                })}
              >
                {FORMAT_LABELS[format]}
              </a>
            ))}
          </span>
        </div>
        {!periodValid && (
          <p id={`${id}-invalid`} className="field__error" role="alert">
            {t('exports.accountability.invalid')}
          </p>
        )}
      </section>
    </div>
  );
}
