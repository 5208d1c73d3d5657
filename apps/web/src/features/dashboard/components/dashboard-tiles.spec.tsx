import { screen } from '@testing-library/react';
import { buildDashboard } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { DashboardTiles } from './dashboard-tiles';

describe('DashboardTiles', () => {
  it('links every count to the list behind it, filtered', () => {
    renderWithProviders(
      <DashboardTiles coalitionId="c1" dashboard={buildDashboard()} isPending={false} />,
    );

    expect(screen.getByRole('link', { name: '2 Cooling' })).toHaveAttribute(
      'href',
      '/c/c1/organisations?health=cooling',
    );
    expect(screen.getByRole('link', { name: '5 High' })).toHaveAttribute(
      'href',
      '/c/c1/organisations?risk=high&sort=risk',
    );
    expect(screen.getByRole('link', { name: '8 Overdue' })).toHaveAttribute(
      'href',
      '/c/c1/action-items?view=overdue',
    );
    expect(screen.getByRole('link', { name: /^38% Delivered/ })).toHaveAttribute(
      'href',
      '/c/c1/commitments',
    );
  });

  it('holds its place with skeletons while loading', () => {
    const { container } = renderWithProviders(
      <DashboardTiles coalitionId="c1" dashboard={undefined} isPending />,
    );

    expect(container.querySelector('[aria-busy="true"]')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
