import { screen, within } from '@testing-library/react';
import { jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { buildResponsibilities } from '../../../testing/work-builders';
import { ResponsibilitiesOverview } from './responsibilities-overview';

function renderOverview(data = buildResponsibilities()) {
  mockApi({
    'GET /api/coalitions/c1/insights/responsibilities': () => jsonResponse(200, data),
  });
  return renderWithProviders(<ResponsibilitiesOverview coalitionId="c1" />, {
    path: '/c/c1/responsibilities',
  });
}

describe('ResponsibilitiesOverview', () => {
  it('counts what each person holds, and marks who is leaving', async () => {
    renderOverview();

    const matrix = await screen.findByRole('table', {
      name: 'People and the number of things they are responsible for',
    });
    const henk = within(matrix).getByRole('row', { name: /Henk Smits/ });
    expect(within(henk).getByText('Leaving 1 Feb 2030')).toBeInTheDocument();
    expect(henk).toHaveTextContent('Albeda · no successor yet');
    expect(
      within(henk)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '2', '–', '1', '1', '5', 'Show Henk Smits']);
    expect(henk).toHaveClass('responsibility-matrix__row--leaving');
    expect(screen.getByText('Of whom leaving or left').nextSibling).toHaveTextContent('1');
  });

  it('opens a row to list the things themselves, with links', async () => {
    const { user } = renderOverview();

    const toggle = await screen.findByRole('button', { name: 'Show Henk Smits' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(details).getByRole('link', { name: 'Koudijs Klimaattechniek' })).toHaveAttribute(
      'href',
      '/c/c1/organisations/org-1',
    );
    expect(
      within(details).getByRole('link', { name: 'Stageplekken warmtepompen vullen' }),
    ).toHaveAttribute(
      'href',
      '/c/c1/action-items?view=all&status=any&q=Stageplekken%20warmtepompen%20vullen',
    );
    expect(within(details).getByText('Warmtepomp-leerwerkplaats')).toBeInTheDocument();
    expect(within(details).getByRole('heading', { name: 'Key contact of' })).toBeInTheDocument();
  });

  it('narrows the matrix to people leaving or left', async () => {
    const { user } = renderOverview();

    await screen.findByRole('row', { name: /Sanne de Vries/ });
    await user.click(screen.getByRole('button', { name: 'Leaving or left' }));

    expect(screen.queryByRole('row', { name: /Sanne de Vries/ })).not.toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Henk Smits/ })).toBeInTheDocument();
  });

  it('lists what nobody holds, with the way to assign it', async () => {
    renderOverview();

    const unowned = await screen.findByRole('region', { name: 'Held by nobody' });
    expect(
      within(unowned).getByRole('heading', { name: 'Action items without owner' }),
    ).toBeInTheDocument();
    expect(within(unowned).getByText('Gastlessenrooster voorjaar vullen')).toBeInTheDocument();
    expect(
      within(unowned).getByRole('link', { name: 'Assign unowned action items' }),
    ).toHaveAttribute('href', '/c/c1/action-items?view=unowned');
  });

  it('says so when everything has an owner', async () => {
    renderOverview(
      buildResponsibilities({
        unowned: { actionItems: [], organisations: [], commitments: [], initiatives: [] },
      }),
    );

    expect(
      await screen.findByRole('heading', { name: 'Everything has an owner' }),
    ).toBeInTheDocument();
  });
});
