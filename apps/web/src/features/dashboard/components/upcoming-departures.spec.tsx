import { screen } from '@testing-library/react';
import { buildDeparture } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { UpcomingDepartures } from './upcoming-departures';

describe('UpcomingDepartures', () => {
  it('says when someone leaves, what they hold and offers a handover', () => {
    renderWithProviders(
      <UpcomingDepartures coalitionId="c1" departures={[buildDeparture()]} canStartHandover />,
    );

    expect(screen.getByRole('link', { name: 'Henk Smits' })).toHaveAttribute(
      'href',
      '/c/c1/people/person-1',
    );
    expect(screen.getByText('Leaves on 27 January 2026, in 57 days')).toBeInTheDocument();
    expect(screen.getByText(/key contact of Albeda; 3 relationships/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Start handover.*Henk Smits/ })).toHaveAttribute(
      'href',
      '/c/c1/handovers/new?personId=person-1',
    );
  });

  it('offers no handover to a viewer', () => {
    renderWithProviders(
      <UpcomingDepartures
        coalitionId="c1"
        departures={[buildDeparture()]}
        canStartHandover={false}
      />,
    );

    expect(screen.queryByRole('link', { name: /Start handover/ })).not.toBeInTheDocument();
  });

  it('explains an empty list', () => {
    renderWithProviders(<UpcomingDepartures coalitionId="c1" departures={[]} canStartHandover />);

    expect(screen.getByText('Nobody is leaving soon')).toBeInTheDocument();
  });
});
