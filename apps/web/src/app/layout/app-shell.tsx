import type { Role, UserDto } from '@regiokracht/shared';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { ConnectionNotice } from './connection-notice';
import { LanguageSwitch } from './language-switch';
import type { Section } from './sections';
import { SideNav } from './side-nav';

export interface AppShellProps {
  user: UserDto;
  role: Role | null;
  /** The open coalition with its switcher and pages; absent outside a coalition. */
  coalition?: { id: string; switcher: ReactNode; sections: readonly Section[] };
  children: ReactNode;
}

export function AppShell({ user, role, coalition, children }: AppShellProps) {
  const { t } = useTranslation();
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  // After a client-side navigation, start reading at the new page, as after a page load.
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <ConnectionNotice />
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span className="app-header__brand-text">{t('app.name')}</span>
        </Link>
        {coalition && (
          <>
            <div className="app-header__coalition">{coalition.switcher}</div>
            <button
              type="button"
              className="btn btn--secondary btn--sm app-header__menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={navId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t('header.menu')}
            </button>
          </>
        )}
        <div className="app-header__actions">
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu name={user.name} role={role} />
        </div>
      </header>
      <div className={`app-body${coalition ? '' : ' app-body--no-nav'}`}>
        {coalition && (
          <SideNav
            id={navId}
            coalitionId={coalition.id}
            sections={coalition.sections}
            open={menuOpen}
            onNavigate={() => setMenuOpen(false)}
          />
        )}
        <main id="main-content" className="app-main" tabIndex={-1} ref={mainRef}>
          {children}
        </main>
      </div>
    </div>
  );
}
