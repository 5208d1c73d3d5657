import type { ActionItemDto } from '@regiokracht/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import {
  buildActionItem,
  buildStaffPerson,
  jsonBody,
  pageOf,
  requestUrl,
} from '../../../testing/work-builders';
import { ActionItemsWorkspace } from './action-items-workspace';

const ME = buildStaffPerson({ id: 'person-anouk', name: 'Anouk de Vries', email: 'anouk@tcr.nl' });
const DAAN = buildStaffPerson();
const API = '/api/coalitions/c1';

interface Setup {
  items?: ActionItemDto[];
  patch?: (body: Record<string, unknown>, call: number) => Response;
  onList?: (params: URLSearchParams) => void;
}

function setup({ items = [buildActionItem()], patch, onList }: Setup = {}) {
  const patches: Record<string, unknown>[] = [];
  const fetchMock = mockApi({
    [`GET ${API}/action-items`]: ({ url }) => {
      if (url.searchParams.get('pageSize') !== '1') onList?.(url.searchParams);
      return jsonResponse(200, pageOf(items));
    },
    [`GET ${API}/people`]: ({ url }) =>
      jsonResponse(200, pageOf(url.searchParams.get('q')?.includes('@') ? [ME] : [DAAN, ME])),
    [`GET ${API}/organisations`]: () => jsonResponse(200, pageOf([])),
    [`PATCH ${API}/action-items/item-1`]: ({ init }) => {
      const body = jsonBody(init);
      patches.push(body);
      return patch
        ? patch(body, patches.length)
        : jsonResponse(200, { ...items[0], ...body, version: 4 });
    },
  });
  return { fetchMock, patches };
}

function renderWorkspace(search = '?view=unowned', canEdit = true) {
  return renderWithProviders(
    <ActionItemsWorkspace coalitionId="c1" canEdit={canEdit} me={{ email: 'anouk@tcr.nl' }} />,
    { path: `/c/c1/action-items${search}` },
  );
}

async function chooseOwner(user: ReturnType<typeof renderWorkspace>['user'], title: string) {
  const combobox = await screen.findByRole('combobox', { name: `Owner of “${title}”` });
  await user.click(combobox);
  await user.type(combobox, 'Daan');
  await user.click(await screen.findByRole('option', { name: 'Daan Bakker' }));
}

describe('ActionItemsWorkspace', () => {
  it('lists unowned open work and assigns an owner inline', async () => {
    const lists: URLSearchParams[] = [];
    const { patches } = setup({ onList: (params) => lists.push(params) });
    const { user } = renderWorkspace();

    await chooseOwner(user, 'Convenant laten tekenen');

    await waitFor(() => expect(patches).toEqual([{ ownerId: 'person-daan', version: 3 }]));
    expect(
      await screen.findByText('Daan Bakker now owns “Convenant laten tekenen”.'),
    ).toBeInTheDocument();
    expect(lists[0].get('unowned')).toBe('true');
    expect(lists[0].get('status')).toBe('open,in_progress,blocked');
  });

  it('after a 409 reloads the item and applies the same owner to the new version', async () => {
    const { patches } = setup({
      patch: (body, call) =>
        call === 1
          ? errorResponse(409, 'Changed by someone else', { currentVersion: 5 })
          : jsonResponse(200, buildActionItem({ ...body, version: 6 })),
    });
    mockApiAlso(`GET ${API}/action-items/item-1`, () =>
      jsonResponse(200, buildActionItem({ version: 5, priority: 'high' })),
    );
    const { user } = renderWorkspace();

    await chooseOwner(user, 'Convenant laten tekenen');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed it in the meantime.');

    await user.click(within(alert).getByRole('button', { name: 'Reload and apply my change' }));

    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[1]).toEqual({ ownerId: 'person-daan', version: 5 });
    expect(await screen.findByText(/Daan Bakker now owns/)).toBeInTheDocument();
  });

  it('gives several selected items one owner at once', async () => {
    const items = [
      buildActionItem(),
      buildActionItem({ id: 'item-2', title: 'Rooster vullen', version: 7 }),
      buildActionItem({ id: 'item-3', title: 'Uitnodigingen versturen' }),
    ];
    setup({ items });
    const bulk: unknown[] = [];
    mockApiAlso(`POST ${API}/action-items/bulk-assign`, ({ init }) => {
      bulk.push(jsonBody(init));
      return jsonResponse(200, { items: [] });
    });
    const { user } = renderWorkspace();

    await user.click(
      await screen.findByRole('checkbox', { name: 'Select “Convenant laten tekenen”' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Select “Rooster vullen”' }));
    const bar = screen.getByRole('region', { name: 'Assign selected action items' });
    expect(bar).toHaveTextContent('2 selected');
    const owner = within(bar).getByRole('combobox', { name: 'New owner of the selected items' });
    await user.click(owner);
    await user.type(owner, 'Daan');
    await user.click(await screen.findByRole('option', { name: 'Daan Bakker' }));
    await user.click(within(bar).getByRole('button', { name: 'Give 2 items to Daan Bakker' }));

    await waitFor(() =>
      expect(bulk).toEqual([
        {
          items: [
            { id: 'item-1', version: 3 },
            { id: 'item-2', version: 7 },
          ],
          ownerId: 'person-daan',
        },
      ]),
    );
    expect(await screen.findByText('Daan Bakker now owns 2 items.')).toBeInTheDocument();
  });

  it('moves a card on the board with a select, by keyboard as well as by mouse', async () => {
    const { patches } = setup({
      items: [buildActionItem(), buildActionItem({ id: 'item-2', title: 'Klaar', status: 'done' })],
    });
    const { user } = renderWorkspace('?view=all&layout=board');

    const inProgress = await screen.findByRole('region', { name: /In progress/ });
    expect(within(inProgress).getByText('Nothing here.')).toBeInTheDocument();
    const open = screen.getByRole('region', { name: /Open/ });
    await user.selectOptions(within(open).getByLabelText(/Move to/), 'in_progress');

    await waitFor(() => expect(patches).toEqual([{ status: 'in_progress', version: 3 }]));
    expect(
      within(screen.getByRole('region', { name: /Done/ })).getByText('Klaar'),
    ).toBeInTheDocument();
  });

  it('finds "my" items through the person with my e-mail address', async () => {
    const lists: URLSearchParams[] = [];
    const { fetchMock } = setup({ onList: (params) => lists.push(params) });
    renderWorkspace('');

    await screen.findByRole('table', { name: 'Action items' });
    const peopleCall = fetchMock.mock.calls
      .map(([url]) => requestUrl(url))
      .find((url) => url.pathname.endsWith('/people'));
    expect(peopleCall?.searchParams.get('q')).toBe('anouk@tcr.nl');
    expect(lists[0].get('ownerId')).toBe('person-anouk');
    expect(screen.getByRole('link', { name: /My items/ })).toHaveAttribute('aria-current', 'page');
  });

  it('explains an empty view and what to do next', async () => {
    setup({ items: [] });
    renderWorkspace('?view=orphaned');

    expect(
      await screen.findByRole('heading', { name: 'No orphaned action items' }),
    ).toBeInTheDocument();
  });

  it('shows a viewer the owners without controls to change them', async () => {
    setup({
      items: [buildActionItem({ ownerId: 'p', ownerName: 'Peter de Groot', ownerStatus: 'left' })],
    });
    renderWorkspace('?view=all', false);

    await screen.findByText('Peter de Groot');
    expect(screen.getByText('Left')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Owner of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New action item' })).not.toBeInTheDocument();
  });
});

/** Adds one route to the fetch mock that `setup` installed. */
function mockApiAlso(
  route: string,
  handler: (request: { url: URL; init: RequestInit | undefined }) => Response,
) {
  const previous = globalThis.fetch as jest.MockedFunction<typeof fetch>;
  const [method, path] = route.split(' ');
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input, window.location.origin);
    if ((init?.method ?? 'GET') === method && url.pathname === path) return handler({ url, init });
    return previous(input, init);
  }) as typeof fetch;
}
