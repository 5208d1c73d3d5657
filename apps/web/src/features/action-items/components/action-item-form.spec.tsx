import type { ActionItemDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { buildActionItem, jsonBody, pageOf } from '../../../testing/work-builders';
import { ActionItemForm } from './action-item-form';

const API = '/api/coalitions/c1';

function renderForm(item?: ActionItemDto) {
  const onDone = jest.fn();
  const view = renderWithProviders(
    <ActionItemForm coalitionId="c1" item={item} onDone={onDone} onCancel={jest.fn()} />,
  );
  return { onDone, ...view };
}

const organisations = () =>
  jsonResponse(
    200,
    pageOf([
      { id: 'org-1', name: 'Deltalinqs' },
      { id: 'org-2', name: 'Albeda' },
    ]),
  );

describe('ActionItemForm', () => {
  it('asks for a title before calling the API', async () => {
    const fetchMock = mockApi({ [`GET ${API}/organisations`]: organisations });
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Create action item' }));

    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Enter a title');
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
  });

  it('creates an item with what was filled in', async () => {
    const posted: unknown[] = [];
    mockApi({
      [`GET ${API}/organisations`]: organisations,
      [`POST ${API}/action-items`]: ({ init }) => {
        posted.push(jsonBody(init));
        return jsonResponse(201, buildActionItem());
      },
    });
    const { user, onDone } = renderForm();

    await user.type(screen.getByLabelText('Title'), '  Rooster vullen ');
    await user.selectOptions(await screen.findByLabelText('Organisation'), 'Albeda');
    await user.type(screen.getByLabelText('Due'), '2030-02-01');
    await user.selectOptions(screen.getByLabelText('Priority'), 'high');
    await user.click(screen.getByRole('button', { name: 'Create action item' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posted).toEqual([
      {
        title: 'Rooster vullen',
        description: null,
        ownerId: null,
        organisationId: 'org-2',
        dueOn: '2030-02-01',
        priority: 'high',
        status: 'open',
      },
    ]);
  });

  it('shows the API’s message next to the field it rejected', async () => {
    mockApi({
      [`GET ${API}/organisations`]: organisations,
      [`POST ${API}/action-items`]: () =>
        errorResponse(400, 'Invalid', {
          details: [{ field: 'dueOn', message: 'must be a date (YYYY-MM-DD)' }],
        }),
    });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Title'), 'Rooster vullen');
    await user.click(screen.getByRole('button', { name: 'Create action item' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Due')).toHaveAccessibleDescription(
        'must be a date (YYYY-MM-DD)',
      ),
    );
  });

  it('keeps typed changes after a 409 and saves only them onto the current version', async () => {
    const patches: unknown[] = [];
    mockApi({
      [`GET ${API}/organisations`]: organisations,
      [`GET ${API}/action-items/item-1`]: () =>
        // Someone else meanwhile set a description and a due date.
        jsonResponse(
          200,
          buildActionItem({ version: 8, description: 'Door Sanne', dueOn: '2030-03-01' }),
        ),
      [`PATCH ${API}/action-items/item-1`]: ({ init }) => {
        const body = jsonBody<{ version: number }>(init);
        patches.push(body);
        return body.version === 3
          ? errorResponse(409, 'Changed by someone else', { currentVersion: 8 })
          : jsonResponse(200, buildActionItem({ ...body, version: 9 }));
      },
    });
    const { user, onDone } = renderForm(buildActionItem());

    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Convenant laten tekenen door Deltalinqs');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your changes are kept');
    expect(screen.getByLabelText('Title')).toHaveValue('Convenant laten tekenen door Deltalinqs');

    await user.click(screen.getByRole('button', { name: 'Reload and apply my change' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patches).toEqual([
      { title: 'Convenant laten tekenen door Deltalinqs', version: 3 },
      { title: 'Convenant laten tekenen door Deltalinqs', version: 8 },
    ]);
    // The other person's edits are now in the form, the user's own stayed.
    expect(screen.getByLabelText('Description')).toHaveValue('Door Sanne');
  });
});
