import {
  HEALTHS,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  RISK_LEVELS,
  type Health,
  type OrganisationKind,
  type OrganisationStatus,
  type RiskLevel,
} from '@regiokracht/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationTableState } from '../hooks/organisation-table-state';

export interface OrganisationFiltersProps {
  state: OrganisationTableState;
  onChange: (changes: Partial<OrganisationTableState>) => void;
  /** Health and risk come from the insights; without them those filters are disabled. */
  insightsAvailable: boolean;
  /** Coordinators may list soft-deleted organisations. */
  canSeeDeleted: boolean;
}

const SEARCH_DELAY_MS = 300;

export function OrganisationFilters({
  state,
  onChange,
  insightsAvailable,
  canSeeDeleted,
}: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState(state.q);
  const [appliedQ, setAppliedQ] = useState(state.q);
  // The URL changed from elsewhere (back button, a tile link): show its search text.
  if (state.q !== appliedQ) {
    setAppliedQ(state.q);
    setSearch(state.q);
  }
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // Search as the user types, once they pause.
  useEffect(() => {
    if (search === state.q) return;
    const timer = window.setTimeout(() => onChangeRef.current({ q: search }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, state.q]);

  const filtered =
    state.q || state.kind || state.status || state.health || state.risk || state.includeDeleted;

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('organisations.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: search });
      }}
    >
      <div className="filters__field filters__field--search">
        <label htmlFor={`${id}-q`}>{t('organisations.filters.search')}</label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={search}
          placeholder={t('organisations.filters.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-kind`}>{t('organisations.fields.kind')}</label>
        <select
          id={`${id}-kind`}
          className="select"
          value={state.kind ?? ''}
          onChange={(event) =>
            onChange({ kind: (event.target.value || null) as OrganisationKind | null })
          }
        >
          <option value="">{t('organisations.filters.all')}</option>
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organisations.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-status`}>{t('organisations.fields.status')}</label>
        <select
          id={`${id}-status`}
          className="select"
          value={state.status ?? ''}
          onChange={(event) =>
            onChange({ status: (event.target.value || null) as OrganisationStatus | null })
          }
        >
          <option value="">{t('organisations.filters.all')}</option>
          {ORGANISATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`organisations.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-health`}>{t('organisations.table.health')}</label>
        <select
          id={`${id}-health`}
          className="select"
          value={state.health ?? ''}
          disabled={!insightsAvailable}
          onChange={(event) => onChange({ health: (event.target.value || null) as Health | null })}
        >
          <option value="">{t('organisations.filters.all')}</option>
          {HEALTHS.map((health) => (
            <option key={health} value={health}>
              {t(`analytics.health.${health}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-risk`}>{t('organisations.table.risk')}</label>
        <select
          id={`${id}-risk`}
          className="select"
          value={state.risk ?? ''}
          disabled={!insightsAvailable}
          onChange={(event) => onChange({ risk: (event.target.value || null) as RiskLevel | null })}
        >
          <option value="">{t('organisations.filters.all')}</option>
          {RISK_LEVELS.map((risk) => (
            <option key={risk} value={risk}>
              {t(`analytics.risk.${risk}`)}
            </option>
          ))}
        </select>
      </div>
      {canSeeDeleted && (
        <label className="filters__check">
          <input
            type="checkbox"
            checked={state.includeDeleted}
            onChange={(event) => onChange({ includeDeleted: event.target.checked })}
          />
          {t('organisations.filters.showDeleted')}
        </label>
      )}
      {filtered && (
        <button
          type="button"
          className="btn btn--ghost btn--sm filters__clear"
          onClick={() => {
            setSearch('');
            onChange({
              q: '',
              kind: null,
              status: null,
              health: null,
              risk: null,
              includeDeleted: false,
            });
          }}
        >
          {t('organisations.filters.clear')}
        </button>
      )}
    </form>
  );
}
