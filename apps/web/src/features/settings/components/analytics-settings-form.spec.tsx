import { screen, waitFor, within } from '@testing-library/react';
import { buildCoalition } from '../../../testing/builders';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { jsonBody } from '../../../testing/work-builders';
import { AnalyticsSettingsForm } from './analytics-settings-form';

const SETTINGS = buildCoalition().settings;

function insight(id: string, score: number, peak: number, days: number | null) {
  return {
    organisationId: id,
    name: `Organisation ${id}`,
    engagement: { score, peak, daysSinceLastInteraction: days },
  };
}

function setup(patch?: (body: { version: number }, call: number) => Response) {
  const patches: unknown[] = [];
  mockApi({
    'GET /api/coalitions/coalition-rotterdam/insights/organisations': () =>
      jsonResponse(200, {
        items: [insight('a', 8, 10, 10), insight('b', 3, 10, 70), insight('c', 0, 0, null)],
        total: 3,
        page: 1,
        pageSize: 200,
        asOf: '2026-01-01T00:00:00.000Z',
        settings: SETTINGS,
      }),
    'GET /api/coalitions/coalition-rotterdam': () =>
      jsonResponse(
        200,
        buildCoalition({ version: 4, settings: { ...SETTINGS, dormantDays: 150 } }),
      ),
    'PATCH /api/coalitions/coalition-rotterdam': ({ init }) => {
      const body = jsonBody<{ version: number; settings: object }>(init);
      patches.push(body);
      return patch
        ? patch(body, patches.length)
        : jsonResponse(200, buildCoalition({ version: body.version + 1 }));
    },
  });
  const onSaved = jest.fn();
  const view = renderWithProviders(
    <AnalyticsSettingsForm coalition={buildCoalition()} onSaved={onSaved} />,
  );
  return { patches, onSaved, ...view };
}

describe('AnalyticsSettingsForm', () => {
  it('previews how many organisations would change health before saving', async () => {
    const { user } = setup();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(
      await within(preview).findByText('No organisation would change health (of 3).'),
    ).toBeInTheDocument();

    const cooling = screen.getByLabelText('Cooling after (days)');
    await user.clear(cooling);
    await user.type(cooling, '90');
    await user.clear(screen.getByLabelText('Cooling below'));
    await user.type(screen.getByLabelText('Cooling below'), '0,25');

    expect(
      await within(preview).findByText('1 of 3 organisations would change health.'),
    ).toBeInTheDocument();
    expect(within(preview).getByText('Organisation b: Cooling → Engaged')).toBeInTheDocument();
    expect(
      within(preview).getByText(/covers the thresholds|applies the thresholds/),
    ).toBeInTheDocument();
  });

  it('says a new half-life is outside the preview', async () => {
    const { user } = setup();
    await screen.findByText(/No organisation would change health/);

    const halfLife = screen.getByLabelText('Half-life (days)');
    await user.clear(halfLife);
    await user.type(halfLife, '30');

    expect(screen.getByText(/A new half-life changes the scores themselves/)).toBeInTheDocument();
  });

  it('checks the rules the API checks, next to the field', async () => {
    const { user, patches } = setup();
    const cooling = screen.getByLabelText('Cooling after (days)');

    await user.clear(cooling);
    await user.type(cooling, '150');
    await user.clear(screen.getByLabelText('Half-life (days)'));
    await user.type(screen.getByLabelText('Half-life (days)'), '400');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(cooling).toHaveAccessibleDescription(
      expect.stringContaining('Cooling must start before dormant'),
    );
    expect(screen.getByLabelText('Half-life (days)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a value from 7 to 365'),
    );
    expect(screen.getByText('Correct the values to see their effect.')).toBeInTheDocument();
    expect(patches).toEqual([]);
  });

  it('saves only what changed, with the version it read', async () => {
    const { user, patches, onSaved } = setup();

    const dormant = screen.getByLabelText('Dormant below');
    await user.clear(dormant);
    await user.type(dormant, '0.2');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(patches).toEqual([{ version: 1, settings: { dormantRatio: 0.2 } }]);
    expect(screen.getByText('The settings are saved. Every page now uses them.')).toBeVisible();
  });

  it('after a 409 keeps the typed value and saves it onto the current version', async () => {
    const { user, patches, onSaved } = setup((body, call) =>
      call === 1
        ? errorResponse(409, 'Changed by someone else', { currentVersion: 4 })
        : jsonResponse(200, buildCoalition({ version: 5 })),
    );

    const cooling = screen.getByLabelText('Cooling after (days)');
    await user.clear(cooling);
    await user.type(cooling, '45');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your values are kept');
    expect(cooling).toHaveValue('45');
    await user.click(screen.getByRole('button', { name: 'Reload and save my values' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(patches).toEqual([
      { version: 1, settings: { coolingDays: 45 } },
      { version: 4, settings: { coolingDays: 45 } },
    ]);
  });
});
