import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { connectApiClient, routes } from '../app/router';
import { createQueryClient, queryClient as appQueryClient } from '../lib/query-client';

/** A component with a fresh query client and a router around it. */
export function renderWithProviders(
  ui: ReactElement,
  {
    path = '/',
    queryClient = createQueryClient(),
  }: { path?: string; queryClient?: QueryClient } = {},
) {
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { user, queryClient, ...result };
}

/**
 * The whole app at `path`, as in the browser. It uses the app's own query client, because the
 * route loaders do; call `appQueryClient.clear()` after each test.
 */
export function renderApp(path: string) {
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  connectApiClient(router);
  const result = render(
    <QueryClientProvider client={appQueryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { user, router, ...result };
}
