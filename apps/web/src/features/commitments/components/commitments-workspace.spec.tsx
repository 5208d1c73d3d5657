import type { CommitmentDto } from '@regiokracht/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import {
  buildCommitmentRow,
  buildFairShare,
  jsonBody,
  pageOf,
  requestUrl,
} from '../../../testing/work-builders';
import { CommitmentsWorkspace } from './commitments-workspace';

const API = '/api/coalitions/c1';

// recharts measures its container; jsdom has no layout, so give it a fixed size.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function setup(commitments: CommitmentDto[] = [buildCommitmentRow()]) {
  const lists: URLSearchParams[] = [];
  const fairShare: URLSearchParams[] = [];
  const contributions: unknown[] = [];
  const fetchMock = mockApi({
    [`GET ${API}/commitments`]: ({ url }) => {
      lists.push(url.searchParams);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      const items = commitments.slice((page - 1) * pageSize, page * pageSize);
      return jsonResponse(200, pageOf(items, { total: commitments.length, page, pageSize }));
    },
    [`GET ${API}/organisations`]: () => jsonResponse(200, pageOf([])),
    [`GET ${API}/insights/fair-share`]: ({ url }) => {
      fairShare.push(url.searchParams);
      return jsonResponse(200, buildFairShare());
    },
    [`POST ${API}/commitments/commitment-1/contributions`]: ({ init }) => {
      const body = jsonBody<{ quantity: number }>(init);
      contributions.push(body);
      return jsonResponse(201, { id: 'k1', commitmentId: 'commitment-1', ...body, valueEur: 0 });
    },
  });
  return { fetchMock, lists, fairShare, contributions };
}

function renderWorkspace({ showFairShare = true, canReport = true, search = '' } = {}) {
  return renderWithProviders(
    <CommitmentsWorkspace coalitionId="c1" canReport={canReport} showFairShare={showFairShare} />,
    { path: `/c/c1/commitments${search}` },
  );
}

describe('CommitmentsWorkspace', () => {
  it('sums every page of commitments by kind: pledged against delivered', async () => {
    const many = Array.from({ length: 230 }, (_, i) =>
      buildCommitmentRow({ id: `c-${i}`, pledgedValueEur: 100, deliveredValueEur: 50 }),
    );
    const { lists } = setup(many);
    renderWorkspace();

    const overview = await screen.findByRole('region', { name: 'Pledged and delivered by kind' });
    // Once as the total, once in the row of the only kind.
    await waitFor(() => expect(within(overview).getAllByText('€23,000')).toHaveLength(2));
    expect(within(overview).getAllByText('€11,500')).toHaveLength(2);
    expect(within(overview).getByText('50%')).toBeInTheDocument();
    const byKind = within(overview).getByRole('table', { name: 'Commitments by kind' });
    expect(within(byKind).getByRole('rowheader', { name: 'Internships' })).toBeInTheDocument();
    expect(byKind).toHaveTextContent('920 places of 2,300 places');
    // Two pages of 200 for the overview.
    expect(lists.filter((p) => p.get('pageSize') === '200').map((p) => p.get('page'))).toEqual([
      '1',
      '2',
    ]);
  });

  it('shows each commitment with its delivery as a progress bar', async () => {
    setup();
    renderWorkspace();

    const bar = await screen.findByRole('progressbar', {
      name: 'Delivery of Internships by Rijnmond Installatiegroep',
    });
    expect(bar).toHaveAttribute('aria-valuetext', '4 places of 10 places (40%)');
  });

  it('passes the filters to the API and keeps them in the address', async () => {
    const { lists } = setup();
    const { user } = renderWorkspace();

    await user.selectOptions(await screen.findByLabelText('Kind'), 'Guest lectures');
    await user.selectOptions(screen.getByLabelText('Status'), 'Active');

    await waitFor(() =>
      expect(lists.at(-1)?.toString()).toContain('kind=guest_lectures&status=active'),
    );
  });

  it('reports a contribution and says so', async () => {
    const { contributions } = setup();
    const { user } = renderWorkspace();

    await user.click(await screen.findByRole('button', { name: /Report contribution/ }));
    const dialog = screen.getByRole('dialog', { name: 'Report contribution' });
    await user.type(within(dialog).getByLabelText(/Quantity/), '2,5');
    await user.clear(within(dialog).getByLabelText('Delivered on'));
    await user.type(within(dialog).getByLabelText('Delivered on'), '2025-10-01');
    await user.click(within(dialog).getByRole('button', { name: 'Report contribution' }));

    await waitFor(() =>
      expect(contributions).toEqual([{ deliveredOn: '2025-10-01', quantity: 2.5, note: null }]),
    );
    expect(
      await screen.findByText(
        'Contribution of 2.5 places by Rijnmond Installatiegroep is recorded.',
      ),
    ).toBeInTheDocument();
  });

  it('offers no report on a withdrawn commitment', async () => {
    setup([buildCommitmentRow({ status: 'withdrawn' })]);
    renderWorkspace();

    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Report contribution/ })).not.toBeInTheDocument();
  });

  it('shows the fair-share index per company, with a table of the figures', async () => {
    const { fairShare } = setup();
    const { user } = renderWorkspace();

    const card = await screen.findByRole('region', { name: 'Fair share of companies' });
    const table = await within(card).findByRole('table', { name: 'Fair-share index per company' });
    expect(within(table).getByRole('row', { name: /Rijnmond Installatiegroep/ })).toHaveTextContent(
      'Large (250+)€20,0001.33',
    );
    expect(card).toHaveTextContent(
      'Not in the index (no size class yet, or nothing to compare): Nieuw Bedrijf.',
    );
    expect(fairShare[0].toString()).toBe('');

    await user.selectOptions(within(card).getByLabelText('Period'), 'Last year');
    await waitFor(() => expect(fairShare).toHaveLength(2));
    expect(fairShare[1].get('from')).toMatch(/^\d{4}-01-01$/);
    expect(fairShare[1].get('to')).toMatch(/^\d{4}-12-31$/);
  });

  it('leaves the fair-share comparison out when it may not be shown', async () => {
    const { fetchMock } = setup();
    renderWorkspace({ showFairShare: false });

    await screen.findByRole('region', { name: 'Commitments' });
    expect(
      screen.queryByRole('region', { name: 'Fair share of companies' }),
    ).not.toBeInTheDocument();
    expect(
      fetchMock.mock.calls.some(([url]) => requestUrl(url).pathname.includes('fair-share')),
    ).toBe(false);
  });

  it('explains a filter that matches nothing', async () => {
    setup([]);
    renderWorkspace({ search: '?kind=funding' });

    expect(
      await screen.findByRole('heading', { name: 'No commitments match' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Clear filters' }).length).toBeGreaterThan(0);
  });
});

describe('ContributionForm validation', () => {
  it('mirrors the API: a positive quantity with at most two decimals', async () => {
    setup();
    const { user } = renderWorkspace();

    await user.click(await screen.findByRole('button', { name: /Report contribution/ }));
    const dialog = screen.getByRole('dialog', { name: 'Report contribution' });
    const quantity = within(dialog).getByLabelText(/Quantity/);
    await user.click(within(dialog).getByRole('button', { name: 'Report contribution' }));
    expect(quantity).toHaveAccessibleDescription(/Enter how much was delivered/);

    await user.type(quantity, '1.234');
    await user.click(within(dialog).getByRole('button', { name: 'Report contribution' }));
    expect(quantity).toHaveAccessibleDescription(/at most two decimals/);

    await user.clear(quantity);
    await user.type(quantity, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Report contribution' }));
    expect(quantity).toHaveAccessibleDescription(/greater than 0/);
  });

  it('shows a refusal of the API (a closed commitment) above the form', async () => {
    setup();
    mockApiOverride(`POST ${API}/commitments/commitment-1/contributions`, () =>
      errorResponse(409, 'Nothing can be delivered on a withdrawn commitment', {
        details: [{ field: 'commitmentId', message: 'the commitment is withdrawn' }],
      }),
    );
    const { user } = renderWorkspace();

    await user.click(await screen.findByRole('button', { name: /Report contribution/ }));
    const dialog = screen.getByRole('dialog', { name: 'Report contribution' });
    await user.type(within(dialog).getByLabelText(/Quantity/), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Report contribution' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing can be delivered on a withdrawn commitment',
    );
  });
});

function mockApiOverride(
  route: string,
  handler: (request: { url: URL; init: RequestInit | undefined }) => Response,
) {
  const previous = globalThis.fetch;
  const [method, path] = route.split(' ');
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input, window.location.origin);
    if ((init?.method ?? 'GET') === method && url.pathname === path) return handler({ url, init });
    return previous(input, init);
  }) as typeof fetch;
}
