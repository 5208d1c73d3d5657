import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render';
import { buildComparison, buildPortal } from '../../../testing/portal-builders';
import { niceCeiling, PeerComparison } from './peer-comparison';

describe('PeerComparison', () => {
  it('shows the quartiles of each size class, the own value on its own row, or why withheld', () => {
    renderWithProviders(<PeerComparison portal={buildPortal()} />);
    const delivered = screen.getByRole('region', { name: 'Value delivered' });
    // Micro has 2 other companies: withheld, with the reason.
    expect(
      within(delivered).getByText(
        'Withheld to keep them anonymous: 2 other companies of this size, at least 3 are needed.',
      ),
    ).toBeInTheDocument();
    expect(
      within(delivered).getByRole('img', {
        name: 'Medium (50–249): lower quartile €3,065, median €4,848, upper quartile €6,109; You: €17,495',
      }),
    ).toBeInTheDocument();
    // Other size classes carry no own marker.
    expect(
      within(delivered).getByRole('img', {
        name: 'Small (10–49): lower quartile €2,915, median €5,000, upper quartile €5,750',
      }),
    ).toBeInTheDocument();
    expect(delivered).toHaveTextContent(
      'Your €17,495 is above the median of companies your size (€4,848).',
    );
    const index = screen.getByRole('region', { name: 'Fair-share index' });
    expect(index).toHaveTextContent('Your 3.54 is above the median of companies your size (0.98).');
  });

  it('shows no own marker or verdict when the own size class is withheld', () => {
    const comparison = buildComparison().map((row) => ({
      ...row,
      yours: row.sizeClass === 'micro',
    }));
    renderWithProviders(
      <PeerComparison
        portal={buildPortal({
          comparison,
          organisation: { ...buildPortal().organisation, sizeClass: 'micro' },
        })}
      />,
    );
    expect(screen.queryByText(/median of companies your size/)).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /You:/ })).not.toBeInTheDocument();
  });

  it('tells a company without a size class to have it recorded', () => {
    renderWithProviders(
      <PeerComparison
        portal={buildPortal({
          organisation: { ...buildPortal().organisation, sizeClass: null },
          comparison: buildComparison().map((row) => ({ ...row, yours: false })),
        })}
      />,
    );
    expect(screen.getByText(/Your company size is not recorded/)).toBeInTheDocument();
  });
});

describe('niceCeiling', () => {
  it.each([
    [0, 1],
    [0.9, 1],
    [3.72, 5],
    [1.3, 2],
    [18370, 20000],
    [2400, 2500],
  ])('rounds %s up to %s', (value, nice) => {
    expect(niceCeiling(value)).toBe(nice);
  });
});
