import type {
  ImportJobDto,
  ImportPreviewDto,
  ImportPreviewRow,
  ImportResultDto,
} from '@regiokracht/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Pagination } from '../../../components/ui/pagination';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { isApiError } from '../../../lib/api-error';
import { useFormat } from '../../../lib/format';
import { useCommitImport } from '../api/commit-import';
import { useFieldLabel } from './field-label';

const PAGE_SIZE = 50;
const FILTERS = ['all', 'problems', 'create', 'update'] as const;
type Filter = (typeof FILTERS)[number];
const FILTER_LABELS = {
  all: 'imports.preview.filterAll',
  problems: 'imports.preview.filterProblems',
  create: 'imports.preview.filterCreate',
  update: 'imports.preview.filterUpdate',
} as const satisfies Record<Filter, string>;

export interface PreviewStepProps {
  coalitionId: string;
  job: ImportJobDto;
  preview: ImportPreviewDto;
  onBack: () => void;
  onCommitted: (result: ImportResultDto) => void;
}

const matches = (row: ImportPreviewRow, filter: Filter) => {
  switch (filter) {
    case 'all':
      return true;
    case 'problems':
      return row.problems.length > 0;
    case 'create':
    case 'update':
      return row.action === filter;
  }
};

/**
 * Step 3: the dry run, row by row. Problems are shown where they are (row, column, message) and
 * block the import; nothing is written until "Import" is pressed, and then all rows or none.
 */
export function PreviewStep({ coalitionId, job, preview, onBack, onCommitted }: PreviewStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldLabel = useFieldLabel();
  const commit = useCommitImport(coalitionId);
  const { summary } = preview;
  const blocked = summary.errors > 0;
  const [filter, setFilter] = useState<Filter>(blocked ? 'problems' : 'all');
  const [page, setPage] = useState(1);

  /** The mapped columns, in the file's order. */
  const columns = useMemo(
    () =>
      job.columns.flatMap((column) => {
        const field = preview.mapping[column];
        return field ? [{ column, field }] : [];
      }),
    [job.columns, preview.mapping],
  );
  const rows = useMemo(
    () => preview.rows.filter((row) => matches(row, filter)),
    [preview.rows, filter],
  );
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const writes = summary.create + summary.update;

  return (
    <div className="import-step">
      <ul className="import-summary" aria-label={t('imports.preview.summaryLabel')}>
        <li>
          <Badge tone="green">{t('imports.preview.create', { count: summary.create })}</Badge>
        </li>
        <li>
          <Badge tone="accent">{t('imports.preview.update', { count: summary.update })}</Badge>
        </li>
        <li>
          <Badge tone="grey">
            {t('imports.preview.skip', { count: summary.skip - summary.rowsWithErrors })}
          </Badge>
        </li>
        {summary.rowsWithErrors > 0 && (
          <li>
            <Badge tone="red">
              {t('imports.preview.errors', { count: summary.rowsWithErrors })}
            </Badge>
          </li>
        )}
      </ul>

      {blocked ? (
        <div className="alert alert--error" role="alert">
          <p>{t('imports.preview.hasErrors')}</p>
          {preview.fileProblems.length > 0 && (
            <>
              <p className="strong">{t('imports.preview.fileProblems')}</p>
              <ul>
                {preview.fileProblems.map((problem) => (
                  <li key={`${problem.column}-${problem.message}`}>
                    {fieldLabel(problem.field ?? problem.column)}: {problem.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        <p className="alert alert--success" role="status">
          {t('imports.preview.noErrors')}
        </p>
      )}

      <div className="segmented" role="group" aria-label={t('imports.preview.filter')}>
        {FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            className="segmented__option"
            aria-pressed={filter === option}
            onClick={() => {
              setFilter(option);
              setPage(1);
            }}
          >
            {t(FILTER_LABELS[option])}
          </button>
        ))}
      </div>

      {shown.length === 0 ? (
        <p className="import-preview__empty">{t('imports.preview.noRows')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--stack import-preview">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('imports.preview.row')}
                </th>
                <th scope="col">{t('imports.preview.action')}</th>
                {columns.map(({ column, field }) => (
                  <th scope="col" key={column}>
                    {column}
                    <span className="import-preview__field">{fieldLabel(field)}</span>
                  </th>
                ))}
                <th scope="col">{t('imports.preview.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const wrong = new Set(row.problems.map((p) => p.field));
                return (
                  <tr
                    key={row.row}
                    className={row.problems.length ? 'import-preview__row--error' : undefined}
                  >
                    <td className="num" data-label={t('imports.preview.row')}>
                      {format.number(row.row)}
                    </td>
                    <td data-label={t('imports.preview.action')}>
                      <ActionBadge row={row} />
                      {row.changes.length > 0 && (
                        <span className="import-preview__changes">
                          {t('imports.preview.changes', {
                            fields: row.changes.map(fieldLabel).join(', '),
                          })}
                        </span>
                      )}
                    </td>
                    {columns.map(({ column, field }) => (
                      <td
                        key={column}
                        data-label={column}
                        className={wrong.has(field) ? 'import-preview__cell--error' : undefined}
                      >
                        {row.values[field] ?? ''}
                      </td>
                    ))}
                    <td data-label={t('imports.preview.problems')}>
                      {row.problems.length > 0 && (
                        <ul className="import-preview__problems">
                          {row.problems.map((problem, i) => (
                            <li key={i}>
                              <span className="strong">{problem.column}</span>: {problem.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={rows.length}
        onPageChange={setPage}
        labels={{
          navigation: t('imports.preview.pagination'),
          previous: t('imports.preview.previous'),
          next: t('imports.preview.next'),
          range: t('imports.preview.range', {
            from: format.number((page - 1) * PAGE_SIZE + 1),
            to: format.number(Math.min(page * PAGE_SIZE, rows.length)),
            total: format.number(rows.length),
          }),
        }}
      />

      {commit.isPending && (
        <ProgressBar label={t('imports.preview.committing', { count: writes })} />
      )}
      {commit.isError && (
        <div className="alert alert--error" role="alert">
          <p className="strong">{t('imports.preview.commitFailed')}</p>
          <p>{commit.error.message}</p>
          {isApiError(commit.error) && commit.error.details.length > 0 && (
            <ul>
              {commit.error.details.map((detail, i) => (
                <li key={i}>
                  {detail.field}: {detail.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!blocked && writes === 0 && (
        <p className="alert alert--info" role="status">
          {t('imports.preview.nothingToDo')}
        </p>
      )}
      <div className="import-step__actions">
        <Button variant="ghost" onClick={onBack} disabled={commit.isPending}>
          {t('imports.preview.back')}
        </Button>
        <Button
          variant="primary"
          disabled={blocked || writes === 0}
          pending={commit.isPending}
          onClick={() => commit.mutate(job.id, { onSuccess: (result) => onCommitted(result) })}
        >
          {commit.isPending
            ? t('imports.preview.committing', { count: writes })
            : t('imports.preview.commit', { count: writes })}
        </Button>
      </div>
    </div>
  );
}

function ActionBadge({ row }: { row: ImportPreviewRow }) {
  const { t } = useTranslation();
  if (row.problems.length > 0) return <Badge tone="red">{t('imports.preview.skipError')}</Badge>;
  switch (row.action) {
    case 'create':
      return <Badge tone="green">{t('imports.preview.actions.create')}</Badge>;
    case 'update':
      return <Badge tone="accent">{t('imports.preview.actions.update')}</Badge>;
    case 'skip':
      return <Badge tone="grey">{t('imports.preview.actions.skip')}</Badge>;
  }
}
