import { lazy, Suspense, type ComponentType } from 'react';
import { Outlet, type DataRouter, type RouteObject } from 'react-router';
import { setApiNavigator } from '../lib/api-client';
import { ALL_SECTIONS, type SectionKey } from './layout/sections';
import { FullPageLoading } from './layout/page-skeleton';
import { PageErrorBoundary, RootErrorBoundary } from './routes/route-error-boundary';
import { dashboardLoader, sectionLoader, sessionLoader, startLoader } from './route-loaders';

// Every page is its own chunk, so the first load carries only React, the router and the shell.
const LoginRoute = lazy(() => import('./routes/login-route'));
const InvitationRoute = lazy(() => import('./routes/invitation-route'));
const ForgotPasswordRoute = lazy(() => import('./routes/forgot-password-route'));
const ResetPasswordRoute = lazy(() => import('./routes/reset-password-route'));
const StartRoute = lazy(() => import('./routes/start-route'));
const loadCoalitionLayout = () => import('./routes/coalition-layout');
const CoalitionLayout = lazy(loadCoalitionLayout);
const loadDashboardRoute = () => import('./routes/dashboard-route');
const DashboardRoute = lazy(loadDashboardRoute);
const PlaceholderRoute = lazy(() => import('./routes/placeholder-route'));
const NotFoundRoute = lazy(() => import('./routes/not-found-route'));
const ActionItemsRoute = lazy(() => import('./routes/action-items-route'));
const CommitmentsRoute = lazy(() => import('./routes/commitments-route'));
const ResponsibilitiesRoute = lazy(() => import('./routes/responsibilities-route'));
const SettingsRoute = lazy(() => import('./routes/settings-route'));
const OrganisationsRoute = lazy(() => import('./routes/organisations-route'));
const OrganisationRoute = lazy(() => import('./routes/organisation-route'));
const PeopleRoute = lazy(() => import('./routes/people-route'));
const PersonRoute = lazy(() => import('./routes/person-route'));
const ImportRoute = lazy(() => import('./routes/import-route'));
const PortalRoute = lazy(() => import('./routes/portal-route'));
const HandoversRoute = lazy(() => import('./routes/handovers-route'));
const HandoverWizardRoute = lazy(() => import('./routes/handover-wizard-route'));

/** Sections whose page is built; the others show their placeholder. */
const SECTION_PAGES: Partial<Record<SectionKey, ComponentType>> = {
  actionItems: ActionItemsRoute,
  commitments: CommitmentsRoute,
  responsibilities: ResponsibilitiesRoute,
  settings: SettingsRoute,
  organisations: OrganisationsRoute,
  people: PeopleRoute,
  importExport: ImportRoute,
  portal: PortalRoute,
  handovers: HandoversRoute,
};

function sectionElement(section: Exclude<SectionKey, 'dashboard'>) {
  const Page = SECTION_PAGES[section];
  return Page ? <Page /> : <PlaceholderRoute section={section} />;
}

function RootLayout() {
  return (
    <Suspense fallback={<FullPageLoading />}>
      <Outlet />
    </Suspense>
  );
}

const sectionRoutes: RouteObject[] = ALL_SECTIONS.map((section) =>
  section.key === 'dashboard'
    ? { index: true, loader: dashboardLoader(loadDashboardRoute), element: <DashboardRoute /> }
    : {
        path: section.path,
        loader: sectionLoader(section.key),
        element: sectionElement(section.key),
      },
);

/** One record's page, below its section (and allowed to the same roles). */
const recordRoutes: RouteObject[] = [
  {
    path: 'organisations/:id',
    loader: sectionLoader('organisations'),
    element: <OrganisationRoute />,
  },
  { path: 'people/:id', loader: sectionLoader('people'), element: <PersonRoute /> },
  {
    path: 'handovers/new',
    loader: sectionLoader('handovers'),
    element: <HandoverWizardRoute />,
  },
  {
    path: 'handovers/:id',
    loader: sectionLoader('handovers'),
    element: <HandoverWizardRoute />,
  },
];

export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    HydrateFallback: FullPageLoading,
    ErrorBoundary: RootErrorBoundary,
    children: [
      { path: 'login', element: <LoginRoute /> },
      // Reached from links without a session (handed on or e-mailed): outside the session loader.
      { path: 'invitation/:token', element: <InvitationRoute /> },
      { path: 'forgot-password', element: <ForgotPasswordRoute /> },
      { path: 'reset-password/:token', element: <ResetPasswordRoute /> },
      {
        loader: sessionLoader,
        children: [
          { index: true, loader: startLoader, element: <StartRoute /> },
          {
            path: 'c/:cid',
            // Its code starts loading with the session lookup, not after it.
            loader: () => {
              void loadCoalitionLayout();
              return null;
            },
            element: <CoalitionLayout />,
            children: [
              {
                // Errors inside a page keep the header and navigation around them.
                ErrorBoundary: PageErrorBoundary,
                children: [
                  ...sectionRoutes,
                  ...recordRoutes,
                  { path: '*', element: <NotFoundRoute /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute standalone /> },
    ],
  },
];

/** A 401 from the API (expired session) then navigates inside the app instead of reloading it. */
export function connectApiClient(router: DataRouter): void {
  setApiNavigator({
    currentPath: () => {
      const { pathname, search, hash } = router.state.location;
      return `${pathname}${search}${hash}`;
    },
    navigate: (to) => router.navigate(to),
  });
}
