import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useResponsibilities } from '../api/get-responsibilities';
import { HoldingsLists, holdingCount, type HoldingKind } from './holdings-lists';
import { ResponsibilityMatrix } from './responsibility-matrix';
import '../../../components/ui/table-toolbar.css';
import './responsibilities.css';

const UNOWNED_KINDS = ['actionItems', 'organisations', 'commitments', 'initiatives'] as const;

type Scope = 'everyone' | 'atRisk';

/** "Who is responsible for what" on one page: the matrix, then everything nobody holds. */
export function ResponsibilitiesOverview({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useResponsibilities(coalitionId);
  const [scope, setScope] = useState<Scope>('everyone');
  const [q, setQ] = useState('');

  if (query.isPending) {
    return (
      <div className="stack" aria-busy="true">
        <span className="visually-hidden" role="status">
          {t('responsibilities.loading')}
        </span>
        <Skeleton height="4rem" />
        <Skeleton height="20rem" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('responsibilities.loadFailed')} {describeError(query.error, t)}
      </p>
    );
  }

  const { people, unowned } = query.data;
  const atRisk = people.filter((p) => p.person.status !== 'active');
  const needle = q.trim().toLowerCase();
  const shown = (scope === 'atRisk' ? atRisk : people).filter(
    (p) =>
      !needle ||
      p.person.name.toLowerCase().includes(needle) ||
      (p.person.organisationName ?? '').toLowerCase().includes(needle),
  );
  const unownedTotal = UNOWNED_KINDS.reduce((sum, kind) => sum + holdingCount(unowned, kind), 0);
  const unownedTitles = Object.fromEntries(
    UNOWNED_KINDS.map((kind) => [kind, t(`responsibilities.unowned.${kind}`)]),
  ) as Record<HoldingKind, string>;

  return (
    <div className="responsibilities">
      <dl className="stat-row">
        <div className="stat">
          <dt>{t('responsibilities.stats.holders')}</dt>
          <dd>{format.number(people.length)}</dd>
        </div>
        <div className={`stat${atRisk.length > 0 ? ' stat--warning' : ''}`}>
          <dt>{t('responsibilities.stats.atRisk')}</dt>
          <dd>{format.number(atRisk.length)}</dd>
        </div>
        <div className={`stat${unownedTotal > 0 ? ' stat--warning' : ''}`}>
          <dt>{t('responsibilities.stats.unowned')}</dt>
          <dd>
            <a href="#unowned">{format.number(unownedTotal)}</a>
          </dd>
        </div>
      </dl>
      <Card title={t('responsibilities.matrix.title')}>
        <div className="stack">
          <div className="toolbar">
            <div className="toolbar__search">
              <label className="toolbar__label" htmlFor="responsibilities-q">
                {t('responsibilities.filter.search')}
              </label>
              <input
                id="responsibilities-q"
                className="input"
                type="search"
                value={q}
                onChange={(event) => setQ(event.target.value)}
              />
            </div>
            <div className="segmented" role="group" aria-label={t('responsibilities.filter.label')}>
              {(['everyone', 'atRisk'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="segmented__option"
                  aria-pressed={scope === option}
                  onClick={() => setScope(option)}
                >
                  {t(`responsibilities.filter.${option}`)}
                </button>
              ))}
            </div>
          </div>
          {people.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title={t('responsibilities.empty.title')}
              description={t('responsibilities.empty.description')}
            />
          ) : shown.length === 0 ? (
            <p className="muted">{t('responsibilities.empty.filtered')}</p>
          ) : (
            <ResponsibilityMatrix coalitionId={coalitionId} people={shown} />
          )}
        </div>
      </Card>
      <section className="card" aria-labelledby="unowned">
        <header className="card__header">
          <h2 id="unowned" className="card__title" tabIndex={-1}>
            {t('responsibilities.unowned.title')}
          </h2>
          {holdingCount(unowned, 'actionItems') > 0 && (
            <Link
              to={`/c/${coalitionId}/action-items?view=unowned`}
              className="btn btn--secondary btn--sm"
            >
              {t('responsibilities.unowned.assign')}
            </Link>
          )}
        </header>
        <div className="card__body stack">
          {unownedTotal === 0 ? (
            <EmptyState
              headingLevel={3}
              title={t('responsibilities.unowned.noneTitle')}
              description={t('responsibilities.unowned.noneDescription')}
            />
          ) : (
            <>
              <p className="muted">{t('responsibilities.unowned.description')}</p>
              <HoldingsLists coalitionId={coalitionId} holds={unowned} titles={unownedTitles} />
            </>
          )}
        </div>
      </section>
    </div>
  );
}
