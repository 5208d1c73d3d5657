import type { ImportJobDto, ImportPreviewDto, ImportPreviewRow } from '@regiokracht/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import i18n from '../../../app/i18n/i18n';
import { jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';

const job: ImportJobDto = {
  id: 'job-1',
  entity: 'organisations',
  fileName: 'organisaties.csv',
  format: 'csv',
  delimiter: ';',
  columns: ['Naam', 'Soort', 'Plaats', 'Opmerking'],
  sample: [
    ['Windesheim', 'hbo', 'Zwolle', 'x'],
    ['Landstede', 'mbo', 'Zwolle', ''],
  ],
  suggestedMapping: { Naam: 'name', Soort: 'kind', Plaats: 'city', Opmerking: null },
  mapping: null,
  rows: 3,
  status: 'uploaded',
  result: null,
  createdAt: '2025-06-15T12:00:00.000Z',
  expiresAt: '2025-06-16T12:00:00.000Z',
};

const row = (over: Partial<ImportPreviewRow>): ImportPreviewRow => ({
  row: 2,
  action: 'create',
  matchId: null,
  matchedBy: null,
  changes: [],
  problems: [],
  values: {},
  ...over,
});

const previewWithProblems: ImportPreviewDto = {
  mapping: job.suggestedMapping,
  fileProblems: [],
  rows: [
    row({ row: 2, values: { name: 'Windesheim', kind: 'hbo', city: 'Zwolle' } }),
    row({
      row: 3,
      action: 'skip',
      values: { name: 'Landstede', kind: 'school', city: 'Zwolle' },
      problems: [
        { row: 3, column: 'Soort', field: 'kind', message: '"school" is not one of mbo, hbo' },
      ],
    }),
    row({
      row: 4,
      action: 'update',
      matchId: 'org-1',
      matchedBy: 'name',
      changes: ['city'],
      values: { name: 'Deltion', city: 'Kampen' },
    }),
  ],
  summary: { rows: 3, create: 1, update: 1, skip: 1, errors: 1, rowsWithErrors: 1 },
};

/** The wizard's part: it keeps the mapping the step edits. */
function MappingHarness({ onChecked }: { onChecked: (preview: ImportPreviewDto) => void }) {
  const [mapping, setMapping] = useState(job.suggestedMapping);
  return (
    <MappingStep
      coalitionId="c1"
      job={job}
      mapping={mapping}
      onMappingChange={setMapping}
      onBack={jest.fn()}
      onChecked={onChecked}
    />
  );
}

describe('MappingStep', () => {
  it('preselects the suggested field per column, lets the user change it and checks the rows', async () => {
    const api = mockApi({
      'POST /api/coalitions/c1/imports/job-1/preview': () => jsonResponse(200, previewWithProblems),
    });
    const onChecked = jest.fn();
    const { user } = renderWithProviders(<MappingHarness onChecked={onChecked} />);

    expect(screen.getByText(/organisaties\.csv: 3 rows in 4 columns/)).toBeInTheDocument();
    const kind = screen.getByRole('combobox', { name: 'Import column Soort as' });
    expect(kind).toHaveValue('kind');
    expect(screen.getByRole('combobox', { name: 'Import column Opmerking as' })).toHaveValue('');
    // Examples from the file help to choose.
    expect(screen.getByRole('row', { name: /Plaats/ })).toHaveTextContent('Zwolle');
    // A field already chosen for another column cannot be chosen twice.
    expect(within(kind).getByRole('option', { name: /^Name/ })).toBeDisabled();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Import column Opmerking as' }),
      'interests',
    );
    expect(screen.getByRole('combobox', { name: 'Import column Opmerking as' })).toHaveValue(
      'interests',
    );

    await user.click(screen.getByRole('button', { name: 'Check rows' }));
    await waitFor(() => expect(onChecked).toHaveBeenCalledWith(previewWithProblems));
    const [, init] = api.mock.calls[0];
    expect(JSON.parse(init!.body as string)).toEqual({
      mapping: { Naam: 'name', Soort: 'kind', Plaats: 'city', Opmerking: 'interests' },
    });
  });

  it('waits for a column for every required field', () => {
    renderWithProviders(
      <MappingStep
        coalitionId="c1"
        job={job}
        mapping={{ ...job.suggestedMapping, Naam: null }}
        onMappingChange={jest.fn()}
        onBack={jest.fn()}
        onChecked={jest.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No column is matched to: Name.');
    expect(screen.getByRole('button', { name: 'Check rows' })).toBeDisabled();
  });
});

describe('PreviewStep', () => {
  it('shows the problem rows with row, column and message, and blocks the import', async () => {
    const { user } = renderWithProviders(
      <PreviewStep
        coalitionId="c1"
        job={job}
        preview={previewWithProblems}
        onBack={jest.fn()}
        onCommitted={jest.fn()}
      />,
    );

    const summary = screen.getByRole('list', { name: 'What the import will do' });
    expect(summary).toHaveTextContent('1 new');
    expect(summary).toHaveTextContent('1 to update');
    expect(summary).toHaveTextContent('1 row with problems');
    expect(screen.getByRole('alert')).toHaveTextContent(/Fix these problems/);

    // With problems, the preview opens on them.
    expect(screen.getByRole('button', { name: 'Problems' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('3');
    expect(rows[1]).toHaveTextContent('Not imported');
    expect(rows[1]).toHaveTextContent('Soort: "school" is not one of mbo, hbo');
    expect(within(rows[1]).getByText('school')).toHaveClass('import-preview__cell--error');

    await user.click(screen.getByRole('button', { name: 'All rows' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('Changes: City')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
  });

  it('imports a clean preview and reports the result', async () => {
    mockApi({
      'POST /api/coalitions/c1/imports/job-1/commit': () =>
        jsonResponse(200, {
          entity: 'organisations',
          rows: 2,
          created: 1,
          updated: 1,
          skipped: 0,
          durationMs: 120,
        }),
    });
    const onCommitted = jest.fn();
    const clean: ImportPreviewDto = {
      ...previewWithProblems,
      rows: [previewWithProblems.rows[0], previewWithProblems.rows[2]],
      summary: { rows: 2, create: 1, update: 1, skip: 0, errors: 0, rowsWithErrors: 0 },
    };
    const { user } = renderWithProviders(
      <PreviewStep
        coalitionId="c1"
        job={job}
        preview={clean}
        onBack={jest.fn()}
        onCommitted={onCommitted}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No problems found');
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await waitFor(() =>
      expect(onCommitted).toHaveBeenCalledWith(expect.objectContaining({ created: 1, updated: 1 })),
    );
  });

  it('speaks Dutch', async () => {
    await i18n.changeLanguage('nl');
    renderWithProviders(
      <PreviewStep
        coalitionId="c1"
        job={job}
        preview={previewWithProblems}
        onBack={jest.fn()}
        onCommitted={jest.fn()}
      />,
    );
    expect(screen.getByRole('list', { name: 'Wat het importeren doet' })).toHaveTextContent(
      '1 rij met problemen',
    );
    expect(screen.getByRole('button', { name: '2 rijen importeren' })).toBeDisabled();
  });
});
