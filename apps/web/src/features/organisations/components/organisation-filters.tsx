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
import { useTranslation } from 'react-i18next';
import { FilterSearchField, FilterSelect } from '../../../components/ui/filter-select';
import { useSearchText } from '../../../lib/use-search-text';
import type { OrganisationTableState } from '../hooks/organisation-table-state';

export interface OrganisationFiltersProps {
  state: OrganisationTableState;
  onChange: (changes: Partial<OrganisationTableState>) => void;
  /** Health and risk come from the insights; without them those filters are disabled. */
  insightsAvailable: boolean;
  /** Coordinators may list soft-deleted organisations. */
  canSeeDeleted: boolean;
}

export function OrganisationFilters({
  state,
  onChange,
  insightsAvailable,
  canSeeDeleted,
}: OrganisationFiltersProps) {
  const { t } = useTranslation();
  // Search as the user types, once they pause.
  const [search, setSearch] = useSearchText(state.q, (q) => onChange({ q }));

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
      <FilterSearchField
        label={t('organisations.filters.search')}
        value={search}
        placeholder={t('organisations.filters.searchPlaceholder')}
        onChange={setSearch}
      />
      <FilterSelect
        label={t('organisations.fields.kind')}
        value={state.kind ?? ''}
        anyLabel={t('organisations.filters.all')}
        options={ORGANISATION_KINDS.map((kind) => ({
          value: kind,
          label: t(`organisations.kinds.${kind}`),
        }))}
        onChange={(value) => onChange({ kind: (value || null) as OrganisationKind | null })}
      />
      <FilterSelect
        label={t('organisations.fields.status')}
        value={state.status ?? ''}
        anyLabel={t('organisations.filters.all')}
        options={ORGANISATION_STATUSES.map((status) => ({
          value: status,
          label: t(`organisations.statuses.${status}`),
        }))}
        onChange={(value) => onChange({ status: (value || null) as OrganisationStatus | null })}
      />
      <FilterSelect
        label={t('organisations.table.health')}
        value={state.health ?? ''}
        anyLabel={t('organisations.filters.all')}
        disabled={!insightsAvailable}
        options={HEALTHS.map((health) => ({
          value: health,
          label: t(`analytics.health.${health}`),
        }))}
        onChange={(value) => onChange({ health: (value || null) as Health | null })}
      />
      <FilterSelect
        label={t('organisations.table.risk')}
        value={state.risk ?? ''}
        anyLabel={t('organisations.filters.all')}
        disabled={!insightsAvailable}
        options={RISK_LEVELS.map((risk) => ({ value: risk, label: t(`analytics.risk.${risk}`) }))}
        onChange={(value) => onChange({ risk: (value || null) as RiskLevel | null })}
      />
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
