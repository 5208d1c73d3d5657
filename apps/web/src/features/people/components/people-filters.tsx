import {
  PERSON_LAYERS,
  PERSON_STATUSES,
  type PersonLayer,
  type PersonStatus,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { FilterSearchField, FilterSelect } from '../../../components/ui/filter-select';
import { useSearchText } from '../../../lib/use-search-text';
import type { PeopleTableState } from '../hooks/people-table-state';

export interface PeopleFiltersProps {
  state: PeopleTableState;
  onChange: (changes: Partial<PeopleTableState>) => void;
  organisationOptions: { id: string; name: string }[];
}

export function PeopleFilters({ state, onChange, organisationOptions }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchText(state.q, (q) => onChange({ q }));

  const filtered =
    state.q || state.organisationId || state.status || state.layer || state.keyContact !== null;

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('people.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: search });
      }}
    >
      <FilterSearchField
        label={t('people.filters.search')}
        value={search}
        placeholder={t('people.filters.searchPlaceholder')}
        onChange={setSearch}
      />
      <FilterSelect
        label={t('people.fields.organisation')}
        value={state.organisationId ?? ''}
        anyLabel={t('people.filters.all')}
        options={organisationOptions.map((option) => ({ value: option.id, label: option.name }))}
        onChange={(value) => onChange({ organisationId: value || null })}
      />
      <FilterSelect
        label={t('people.fields.status')}
        value={state.status ?? ''}
        anyLabel={t('people.filters.all')}
        options={PERSON_STATUSES.map((status) => ({
          value: status,
          label: t(`people.statuses.${status}`),
        }))}
        onChange={(value) => onChange({ status: (value || null) as PersonStatus | null })}
      />
      <FilterSelect
        label={t('people.fields.layer')}
        value={state.layer ?? ''}
        anyLabel={t('people.filters.all')}
        options={PERSON_LAYERS.map((layer) => ({
          value: layer,
          label: t(`people.layers.${layer}`),
        }))}
        onChange={(value) => onChange({ layer: (value || null) as PersonLayer | null })}
      />
      <FilterSelect
        label={t('people.fields.keyContact')}
        value={state.keyContact === null ? '' : String(state.keyContact)}
        anyLabel={t('people.filters.all')}
        options={[
          { value: 'true', label: t('people.filters.keyContactsOnly') },
          { value: 'false', label: t('people.filters.notKeyContacts') },
        ]}
        onChange={(value) => onChange({ keyContact: value === '' ? null : value === 'true' })}
      />
      {filtered && (
        <button
          type="button"
          className="btn btn--ghost btn--sm filters__clear"
          onClick={() => {
            setSearch('');
            onChange({ q: '', organisationId: null, status: null, layer: null, keyContact: null });
          }}
        >
          {t('people.filters.clear')}
        </button>
      )}
    </form>
  );
}
