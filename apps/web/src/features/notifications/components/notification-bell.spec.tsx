import type { DigestDto, NotificationDto, NotificationsPage } from '@regiokracht/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { NotificationBell } from './notification-bell';

const EMPTY_DIGEST: DigestDto = {
  digestOn: '2026-06-30',
  overdue: [],
  dueSoon: [],
  organisations: [],
  departures: [],
};

function buildNotification(overrides: Partial<NotificationDto> = {}): NotificationDto {
  return {
    id: 'n-tcr',
    coalitionId: 'tcr',
    coalitionName: 'Techniek College Rotterdam',
    kind: 'digest',
    title: 'Techniek College Rotterdam: 1 overdue',
    createdAt: '2026-06-30T05:00:00.000Z',
    readAt: null,
    digest: {
      ...EMPTY_DIGEST,
      overdue: [
        {
          id: 'a1',
          title: 'Gesprek met Botlek over een herstart',
          dueOn: '2026-06-20',
          status: 'open',
          priority: 'high',
          organisationId: 'o1',
          organisationName: 'Botlek Procesonderhoud',
        },
      ],
      organisations: [
        {
          id: 'o1',
          name: 'Botlek Procesonderhoud',
          health: 'dormant',
          previousHealth: null,
          daysSinceLastInteraction: 199,
          engagementIndex: 6,
        },
      ],
      departures: [
        {
          personId: 'p1',
          name: 'Henk Smits',
          organisationName: 'Albeda',
          leavingOn: '2026-08-29',
          daysUntilLeaving: 60,
          withoutSuccessor: [
            { type: 'organisation', id: 'o2', label: 'Koudijs Klimaattechniek' },
            { type: 'action_item', id: 'a2', label: 'Evaluatie pilot schrijven' },
          ],
        },
      ],
    },
    ...overrides,
  };
}

function page(items: NotificationDto[]): NotificationsPage {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 60,
    unread: items.filter((n) => n.readAt === null).length,
  };
}

function requests(
  fetchMock: jest.MockedFunction<typeof fetch>,
  method: string,
): { path: string; body: unknown }[] {
  return fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([input, init]) => ({
      path: new URL(input instanceof Request ? input.url : input, window.location.origin).pathname,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    }));
}

describe('NotificationBell', () => {
  it('shows how many are unread', async () => {
    mockApi({
      'GET /api/notifications': () =>
        jsonResponse(
          200,
          page([
            buildNotification(),
            buildNotification({ id: 'n-zk', coalitionName: 'Zwolse Koers' }),
            buildNotification({ id: 'n-old', readAt: '2026-06-29T10:00:00.000Z' }),
          ]),
        ),
    });
    renderWithProviders(<NotificationBell />);

    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(bell).toHaveTextContent('2');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists the digests with links to what needs attention, and closes on Escape', async () => {
    mockApi({
      'GET /api/notifications': () => jsonResponse(200, page([buildNotification()])),
      'GET /api/me/preferences': () => jsonResponse(200, { emailDigest: true, version: 3 }),
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));

    const panel = screen.getByRole('region', { name: 'Notifications' });
    expect(within(panel).getByRole('heading', { name: 'Notifications' })).toHaveFocus();
    expect(within(panel).getByText('Techniek College Rotterdam')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Overdue (1)' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: 'Gesprek met Botlek over een herstart' }),
    ).toHaveAttribute('href', '/c/tcr/action-items?view=mine');
    expect(within(panel).getByRole('link', { name: 'Botlek Procesonderhoud' })).toHaveAttribute(
      'href',
      '/c/tcr/organisations/o1',
    );
    expect(within(panel).getByText(/Dormant · last contact 199 days ago/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Henk Smits' })).toHaveAttribute(
      'href',
      '/c/tcr/people/p1',
    );
    expect(within(panel).getByText(/2 responsibilities without successor/)).toBeInTheDocument();
    expect(
      await within(panel).findByRole('checkbox', { name: 'E-mail me a daily digest' }),
    ).toBeChecked();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toHaveFocus();
  });

  it('marks one read, and all read', async () => {
    let items = [
      buildNotification(),
      buildNotification({ id: 'n-zk', coalitionName: 'Zwolse Koers' }),
    ];
    const fetchMock = mockApi({
      'GET /api/notifications': () => jsonResponse(200, page(items)),
      'GET /api/me/preferences': () => jsonResponse(200, { emailDigest: true, version: 1 }),
      'POST /api/notifications/n-tcr/read': () => {
        items = items.map((n) =>
          n.id === 'n-tcr' ? { ...n, readAt: '2026-06-30T08:00:00.000Z' } : n,
        );
        return jsonResponse(200, items[0]);
      },
      'POST /api/notifications/read-all': () => {
        items = items.map((n) => ({ ...n, readAt: '2026-06-30T08:01:00.000Z' }));
        return jsonResponse(200, { marked: 1 });
      },
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const [first] = screen.getAllByRole('button', { name: 'Mark as read' });
    await user.click(first);
    expect(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark as read' })).not.toBeInTheDocument();
    expect(requests(fetchMock, 'POST').map((r) => r.path)).toEqual([
      '/api/notifications/n-tcr/read',
      '/api/notifications/read-all',
    ]);
  });

  it('says what to expect when there is nothing', async () => {
    mockApi({
      'GET /api/notifications': () => jsonResponse(200, page([])),
      'GET /api/me/preferences': () => jsonResponse(200, { emailDigest: false, version: 1 }),
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications' }));

    expect(await screen.findByText('Nothing needs your attention')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).not.toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: 'E-mail me a daily digest' }),
    ).not.toBeChecked();
  });

  it('switches the e-mail off, retrying on the current version after a conflict', async () => {
    let patches = 0;
    const fetchMock = mockApi({
      'GET /api/notifications': () => jsonResponse(200, page([])),
      'GET /api/me/preferences': () =>
        jsonResponse(200, { emailDigest: true, version: patches === 0 ? 3 : 4 }),
      'PATCH /api/me/preferences': () => {
        patches += 1;
        return patches === 1
          ? errorResponse(409, 'Changed by someone else', { currentVersion: 4 })
          : jsonResponse(200, { emailDigest: false, version: 5 });
      },
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const toggle = await screen.findByRole('checkbox', { name: 'E-mail me a daily digest' });
    await waitFor(() => expect(toggle).toBeEnabled());
    await user.click(toggle);

    await waitFor(() => expect(toggle).not.toBeChecked());
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(requests(fetchMock, 'PATCH').map((r) => r.body)).toEqual([
      { version: 3, emailDigest: false },
      { version: 4, emailDigest: false },
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to try again when the notifications cannot be loaded', async () => {
    mockApi({
      'GET /api/notifications': () => errorResponse(403, 'Forbidden'),
      'GET /api/me/preferences': () => jsonResponse(200, { emailDigest: true, version: 1 }),
    });
    const { user } = renderWithProviders(<NotificationBell />);

    await user.click(screen.getByRole('button', { name: 'Notifications' }));

    expect(await screen.findByText('Notifications could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
