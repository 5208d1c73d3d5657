import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

/** Pages outside the signed-in shell: login, errors, unknown addresses. */
export function StandalonePage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="standalone">
      <header className="standalone__header">
        <span className="app-header__brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main-content" className="standalone__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
