import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { renderWithProviders } from '../../testing/render';
import { LanguageSwitch } from './language-switch';

function LabelUnderTest() {
  const { t } = useTranslation();
  return <h1>{t('nav.organisations')}</h1>;
}

describe('LanguageSwitch', () => {
  it('switches labels to Dutch, sets <html lang> and remembers the choice', async () => {
    const { user } = renderWithProviders(
      <>
        <LanguageSwitch />
        <LabelUnderTest />
      </>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Organisations');
    expect(screen.getByRole('button', { name: /EN/ })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: /NL/ }));

    expect(screen.getByRole('heading')).toHaveTextContent('Organisaties');
    expect(screen.getByRole('button', { name: /NL/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'nl');
    expect(window.localStorage.getItem('regiokracht.language')).toBe('nl');
  });
});
