import { screen } from '@testing-library/react';
import i18n from '../../../app/i18n/i18n';
import { renderWithProviders } from '../../../testing/render';
import { buildPortal } from '../../../testing/portal-builders';
import { FairShareSummary } from './fair-share-summary';

describe('FairShareSummary', () => {
  it('explains the index in one sentence built from the figures', () => {
    renderWithProviders(<FairShareSummary portal={buildPortal()} />);
    expect(screen.getByText('3.54')).toBeInTheDocument();
    expect(screen.getByTestId('fair-share-sentence')).toHaveTextContent(
      'You delivered €17,495 in kind in this period, 3.54 times the share that fits your company size: an index of 3.54, above a fair share (1.0).',
    );
  });

  it('says how far below a fair share, as a percentage, in Dutch too', async () => {
    await i18n.changeLanguage('nl');
    renderWithProviders(
      <FairShareSummary
        portal={buildPortal({
          fairShare: { deliveredValueEur: 1500, index: 0.62, indexWithheld: null },
        })}
      />,
    );
    expect(screen.getByText('0,62')).toBeInTheDocument();
    expect(screen.getByTestId('fair-share-sentence')).toHaveTextContent(
      /^U leverde in deze periode € 1\.500 in natura, 62% van het aandeel .* een index van 0,62, onder een eerlijk aandeel \(1,0\)\.$/,
    );
  });

  it('says why when the index is withheld', () => {
    renderWithProviders(
      <FairShareSummary
        portal={buildPortal({
          fairShare: {
            deliveredValueEur: 800,
            index: null,
            indexWithheld: 'Withheld to keep other organisations anonymous',
          },
        })}
      />,
    );
    expect(screen.getByText('—')).toBeInTheDocument();
    expect(screen.getByTestId('fair-share-sentence')).toHaveTextContent(
      /withheld to keep the other companies anonymous: fewer than 3 other companies take part/,
    );
  });
});
