import { act, screen } from '@testing-library/react';
import i18n from '../../../app/i18n/i18n';
import { renderWithProviders } from '../../../testing/render';
import { ExportPanel } from './export-panel';

const today = new Date('2025-06-15T12:00:00Z');

describe('ExportPanel', () => {
  it('links every export in the CSV dialect of the UI language', async () => {
    renderWithProviders(<ExportPanel coalitionId="c1" today={today} />);
    expect(screen.getByRole('link', { name: 'Download Organisations as CSV' })).toHaveAttribute(
      'href',
      '/api/coalitions/c1/exports/organisations.csv?locale=en',
    );
    expect(
      screen.getByRole('link', { name: 'Download Commitments with contributions as Excel' }),
    ).toHaveAttribute('href', '/api/coalitions/c1/exports/commitments.xlsx?locale=en');

    await act(() => i18n.changeLanguage('nl'));
    expect(
      await screen.findByRole('link', { name: 'Personen downloaden als CSV' }),
    ).toHaveAttribute('href', '/api/coalitions/c1/exports/people.csv?locale=nl');
  });

  it('downloads the accountability report for the chosen period, the last 12 months by default', async () => {
    const { user } = renderWithProviders(<ExportPanel coalitionId="c1" today={today} />);
    const report = () => screen.getByRole('link', { name: 'Download the report as Excel' });
    expect(report()).toHaveAttribute(
      'href',
      '/api/coalitions/c1/exports/accountability.xlsx?locale=en&from=2024-06-16&to=2025-06-15',
    );

    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2025-12-01');
    expect(screen.getByRole('alert')).toHaveTextContent('The period must start before it ends.');
    expect(report()).not.toHaveAttribute('href');
    expect(report()).toHaveAttribute('aria-disabled', 'true');

    await user.clear(from);
    await user.type(from, '2025-01-01');
    expect(report()).toHaveAttribute(
      'href',
      '/api/coalitions/c1/exports/accountability.xlsx?locale=en&from=2025-01-01&to=2025-06-15',
    );
  });
});
