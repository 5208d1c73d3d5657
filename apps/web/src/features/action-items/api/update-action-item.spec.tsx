import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../../lib/query-client';
import { staleAfterWrite } from '../../../lib/invalidation';
import { jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildDashboard, buildInsight, insightsPage, page } from '../../../testing/record-builders';
import { buildActionItem } from '../../../testing/work-builders';
import { useDashboard } from '../../dashboard/api/get-dashboard';
import { useOrganisationInsights } from '../../organisations/api/get-organisation-insights';
import { useOrganisationActionItems } from './get-organisation-action-items';
import { useUpdateActionItem } from './update-action-item';

const BASE = '/api/coalitions/rotterdam';

describe('updating an action item', () => {
  it('refreshes an open organisation page and the insights at once, not after staleTime', async () => {
    let title = 'Stageplekken 2026 bespreken';
    const gets = { actionItems: 0, insights: 0, dashboard: 0 };
    mockApi({
      [`GET ${BASE}/action-items`]: () => {
        gets.actionItems += 1;
        return jsonResponse(200, page([buildActionItem({ id: 'item-1', title })]));
      },
      [`GET ${BASE}/insights/organisations`]: () => {
        gets.insights += 1;
        return jsonResponse(200, insightsPage([buildInsight()]));
      },
      [`GET ${BASE}/insights/dashboard`]: () => {
        gets.dashboard += 1;
        return jsonResponse(200, buildDashboard());
      },
      [`PATCH ${BASE}/action-items/item-1`]: () => {
        title = 'Stageplekken 2027 bespreken';
        return jsonResponse(200, buildActionItem({ id: 'item-1', title, version: 2 }));
      },
    });
    // The app's default staleTime (30 s): without the invalidation nothing would refetch here.
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => ({
        organisationItems: useOrganisationActionItems('rotterdam', 'org-1'),
        insights: useOrganisationInsights('rotterdam'),
        dashboard: useDashboard('rotterdam'),
        update: useUpdateActionItem('rotterdam'),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.organisationItems.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.insights.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.dashboard.isSuccess).toBe(true));
    expect(gets).toEqual({ actionItems: 1, insights: 1, dashboard: 1 });

    await act(() =>
      result.current.update.mutateAsync({
        id: 'item-1',
        version: 1,
        changes: { title: 'Stageplekken 2027 bespreken' },
      }),
    );

    await waitFor(() =>
      expect(result.current.organisationItems.data?.[0]?.title).toBe('Stageplekken 2027 bespreken'),
    );
    expect(gets).toEqual({ actionItems: 2, insights: 2, dashboard: 2 });
  });
});

describe('staleAfterWrite', () => {
  it('sends every write through the insights it feeds', () => {
    for (const resource of [
      'action-items',
      'commitments',
      'contributions',
      'interactions',
      'organisations',
      'people',
      'settings',
    ] as const) {
      expect(staleAfterWrite[resource]).toContain('dashboard');
    }
  });

  it('refreshes the partner portal after deliveries, interactions and items', () => {
    expect(staleAfterWrite.contributions).toEqual(
      expect.arrayContaining(['commitments', 'portal']),
    );
    expect(staleAfterWrite.interactions).toContain('portal');
    expect(staleAfterWrite['action-items']).toContain('portal');
  });
});
