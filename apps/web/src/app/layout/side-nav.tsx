import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Section } from './sections';
import { sectionPath } from './sections';

export interface SideNavProps {
  id: string;
  coalitionId: string;
  sections: readonly Section[];
  /** On narrow screens the navigation is a menu that opens from the header. */
  open: boolean;
  onNavigate: () => void;
}

export function SideNav({ id, coalitionId, sections, open, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  return (
    <nav
      id={id}
      className={`side-nav${open ? ' side-nav--open' : ''}`}
      aria-label={t('header.mainNavigation')}
    >
      <ul className="side-nav__list">
        {sections.map((section) => (
          <li key={section.key}>
            <NavLink
              to={sectionPath(coalitionId, section)}
              end={section.path === ''}
              className="side-nav__link"
              onClick={onNavigate}
            >
              {t(`nav.${section.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
