import type { PortalDto } from '@regiokracht/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockApi } from '../../testing/fetch-mock';
import { buildContact, buildPortal, buildPortalCommitment } from '../../testing/portal-builders';
import { renderWithProviders } from '../../testing/render';
import { pageOf } from '../../testing/work-builders';
import { PortalPage } from './portal-route';

const API = '/api/coalitions/c1';

// recharts measures its container; jsdom has no layout.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function setup(portal: PortalDto = buildPortal()) {
  let current = portal;
  const posted: unknown[] = [];
  const fetchMock = mockApi({
    [`GET ${API}/portal`]: () => jsonResponse(200, current),
    [`GET ${API}/people`]: ({ url }) => {
      expect(url.searchParams.get('organisationId')).toBe('org-own');
      return jsonResponse(
        200,
        pageOf([
          buildContact({
            id: 'person-fleur',
            name: 'Fleur Dekkers',
            email: 'fleur@example.nl',
            isKeyContact: false,
          }),
          buildContact({ email: 'Partner@Regiokracht.demo' }),
        ]),
      );
    },
    [`POST ${API}/commitments/commitment-1/contributions`]: ({ init }) => {
      const body = JSON.parse(init?.body as string) as { quantity: number; deliveredOn: string };
      posted.push(body);
      // The API now counts the delivery.
      current = {
        ...current,
        commitments: current.commitments.map((c) =>
          c.id === 'commitment-1'
            ? {
                ...c,
                deliveredQuantity: c.deliveredQuantity + body.quantity,
                deliveredValueEur: c.deliveredValueEur + body.quantity * 300,
              }
            : c,
        ),
      };
      return jsonResponse(201, { id: 'k1', commitmentId: 'commitment-1', valueEur: 300, ...body });
    },
  });
  return { fetchMock, posted };
}

function renderPage(organisationId: string | null = 'org-own') {
  return renderWithProviders(
    <PortalPage
      coalitionId="c1"
      coalitionName="Techniek College Rotterdam"
      organisationId={organisationId}
      userEmail="partner@regiokracht.demo"
    />,
  );
}

describe('the partner portal', () => {
  it('shows the organisation, its commitments, benefits, fair share and open action items', async () => {
    setup();
    renderPage();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rijnmond Installatiegroep' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/over 29 Nov 2025 – 28 Nov 2026/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your commitments' });
    const lectures = within(table).getByRole('row', { name: /Guest lectures/ });
    expect(lectures).toHaveTextContent('8 sessions of 10 sessions');
    expect(lectures).toHaveTextContent('€2,400 of €3,000');
    // A proposed commitment is listed but not open for deliveries yet.
    const facilities = within(table).getByRole('row', { name: /Facilities/ });
    expect(within(facilities).queryByRole('button')).not.toBeInTheDocument();
    expect(facilities).toHaveTextContent('Opens once pledged');

    const benefits = screen.getByRole('table', { name: 'Benefits by kind' });
    expect(within(benefits).getByRole('row', { name: /Interns placed/ })).toHaveTextContent('7');
    expect(screen.getByTestId('fair-share-sentence')).toHaveTextContent(/an index of 3\.54/);
    expect(screen.getByText('Stageplaatsen tweede semester doorgeven')).toBeInTheDocument();
  });

  it('reports a delivery and shows the new figures', async () => {
    const { posted } = setup();
    const { user } = renderPage();

    await user.click(
      await screen.findByRole('button', {
        name: 'Report delivery on Guest lectures: Gastlessen warmtepompen',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Report a delivery' });
    // Focus starts in the form, on its first field.
    expect(within(dialog).getByLabelText('Delivered on')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Quantity (sessions)'), '1{Enter}');

    expect(await screen.findByRole('status')).toHaveTextContent(/Delivery reported: 1 session on/);
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Guest lectures/ })).toHaveTextContent(
        '9 sessions of 10 sessions',
      ),
    );
    expect(screen.getByRole('row', { name: /Guest lectures/ })).toHaveTextContent(
      '€2,700 of €3,000',
    );
    expect(screen.getByTestId('total-delivered')).toHaveTextContent('€2,700');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posted).toHaveLength(1);
  });

  it('lists the contacts with “Edit my details” only for the partner’s own person', async () => {
    setup();
    const { user } = renderPage();

    const contacts = await screen.findByRole('region', { name: 'Your contacts' });
    const items = await within(contacts).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Mark Visser\s*You/);
    expect(within(contacts).getAllByRole('button', { name: 'Edit my details' })).toHaveLength(1);

    await user.click(within(contacts).getByRole('button', { name: 'Edit my details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit my details' });
    expect(within(dialog).getByLabelText('Job title')).toHaveValue('HR-manager');
  });

  it('shows empty states that say what happens next', async () => {
    setup(
      buildPortal({
        commitments: [],
        benefits: [],
        actionItems: [],
        fairShare: null,
      }),
    );
    renderPage();

    expect(await screen.findByText('No commitments yet')).toBeInTheDocument();
    expect(screen.getByText('Nothing recorded yet')).toBeInTheDocument();
    expect(screen.getByText('No open action items')).toBeInTheDocument();
    expect(screen.getByTestId('fair-share-sentence')).toHaveTextContent(
      /your organisation is not one of them/,
    );
  });

  it('lets a fulfilled commitment take a late delivery but not a withdrawn one', async () => {
    setup(
      buildPortal({
        commitments: [
          buildPortalCommitment({ id: 'c-w', status: 'withdrawn', kind: 'equipment' }),
          buildPortalCommitment({ id: 'c-f', status: 'fulfilled', kind: 'internships' }),
        ],
      }),
    );
    renderPage();

    const withdrawn = await screen.findByRole('row', { name: /Equipment/ });
    expect(within(withdrawn).queryByRole('button')).not.toBeInTheDocument();
    expect(withdrawn).toHaveTextContent('Closed');
    const fulfilled = screen.getByRole('row', { name: /Internships/ });
    expect(within(fulfilled).getByRole('button', { name: /Report delivery/ })).toBeInTheDocument();
  });

  it('explains an account without an organisation instead of failing', async () => {
    setup();
    renderPage(null);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not linked to an organisation/);
  });
});
