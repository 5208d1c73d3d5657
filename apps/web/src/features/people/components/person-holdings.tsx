import type { PersonHoldingsDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';

export interface PersonHoldingsProps {
  coalitionId: string;
  holdings: PersonHoldingsDto | null | undefined;
  isPending: boolean;
  error: unknown;
}

/** Everything a handover would have to pass on: relationships, items, pledges, initiatives. */
export function PersonHoldings({ coalitionId, holdings, isPending, error }: PersonHoldingsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (isPending) {
    return (
      <div aria-busy="true">
        <Skeleton height="6rem" />
      </div>
    );
  }
  if (error) {
    return (
      <p className="muted" role="status">
        {t('people.holdings.unavailable')} {describeError(error, t)}
      </p>
    );
  }
  if (!holdings || holdings.total === 0) {
    return <p className="muted">{t('people.holdings.none')}</p>;
  }
  const { holds } = holdings;
  const orgLink = (id: string, name: string) => (
    <Link to={`/c/${coalitionId}/organisations/${id}`}>{name}</Link>
  );
  return (
    <div className="holdings">
      {holds.keyContactOf.length > 0 && (
        <section>
          <h3 className="holdings__title">{t('people.holdings.keyContactOf')}</h3>
          <ul>
            {holds.keyContactOf.map((o) => (
              <li key={o.id}>{orgLink(o.id, o.name)}</li>
            ))}
          </ul>
        </section>
      )}
      {holds.organisations.length > 0 && (
        <section>
          <h3 className="holdings__title">
            {t('people.holdings.organisations', { count: holds.organisations.length })}
          </h3>
          <ul>
            {holds.organisations.map((o) => (
              <li key={o.id}>{orgLink(o.id, o.name)}</li>
            ))}
          </ul>
        </section>
      )}
      {holds.actionItems.length > 0 && (
        <section>
          <h3 className="holdings__title">
            {t('people.holdings.actionItems', { count: holds.actionItems.length })}
          </h3>
          <ul>
            {holds.actionItems.map((item) => (
              <li key={item.id}>
                {item.title}
                {item.organisationId && item.organisationName && (
                  <span className="muted">
                    {' '}
                    · {orgLink(item.organisationId, item.organisationName)}
                  </span>
                )}
                {item.dueOn && (
                  <span className="muted">
                    {' · '}
                    {t('people.holdings.due', { date: format.date(item.dueOn) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {holds.commitments.length > 0 && (
        <section>
          <h3 className="holdings__title">
            {t('people.holdings.commitments', { count: holds.commitments.length })}
          </h3>
          <ul>
            {holds.commitments.map((c) => (
              <li key={c.id}>
                {t(`people.commitmentKinds.${c.kind}`)}
                {c.description && <span className="muted"> · {c.description}</span>}
                <span className="muted"> · {orgLink(c.organisationId, c.organisationName)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {holds.initiatives.length > 0 && (
        <section>
          <h3 className="holdings__title">
            {t('people.holdings.initiatives', { count: holds.initiatives.length })}
          </h3>
          <ul>
            {holds.initiatives.map((initiative) => (
              <li key={initiative.id}>{initiative.name}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
