import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

export interface PageHeaderProps {
  /** The page's h1, also used as the browser tab's title. */
  title: string;
  description?: ReactNode;
  /** Primary page actions, e.g. "New organisation". */
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 className="page-header__title">{title}</h1>
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
