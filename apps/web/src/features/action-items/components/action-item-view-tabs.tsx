import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useActionItems } from '../api/get-action-items';
import {
  ACTION_ITEM_VIEWS,
  OPEN_WORK,
  viewFilters,
  type ActionItemView,
} from '../hooks/use-action-item-search';

function ViewCount({
  coalitionId,
  view,
  myPersonId,
}: {
  coalitionId: string;
  view: ActionItemView;
  myPersonId: string | null;
}) {
  const unknownOwner = view === 'mine' && !myPersonId;
  const query = useActionItems(
    coalitionId,
    { ...viewFilters(view, myPersonId), status: OPEN_WORK, page: 1, pageSize: 1 },
    { enabled: !unknownOwner },
  );
  // A fixed-width slot, so tabs do not move when the numbers arrive.
  return (
    <span className="view-tabs__count" aria-hidden={query.data ? undefined : true}>
      {query.data ? query.data.total : ''}
    </span>
  );
}

export interface ActionItemViewTabsProps {
  coalitionId: string;
  current: ActionItemView;
  myPersonId: string | null;
}

/** The views as links (they are addresses): counts are open work in each. */
export function ActionItemViewTabs({ coalitionId, current, myPersonId }: ActionItemViewTabsProps) {
  const { t } = useTranslation();
  const location = useLocation();

  function hrefFor(view: ActionItemView): string {
    const params = new URLSearchParams(location.search);
    if (view === 'mine') params.delete('view');
    else params.set('view', view);
    params.delete('page');
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  }

  return (
    <nav className="view-tabs" aria-label={t('actionItems.views.label')}>
      <ul className="view-tabs__list">
        {ACTION_ITEM_VIEWS.map((view) => (
          <li key={view}>
            <Link
              to={hrefFor(view)}
              className="view-tabs__tab"
              aria-current={view === current ? 'page' : undefined}
            >
              {t(`actionItems.views.${view}`)}
              <ViewCount coalitionId={coalitionId} view={view} myPersonId={myPersonId} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
