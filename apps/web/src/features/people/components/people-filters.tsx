import {
  PERSON_LAYERS,
  PERSON_STATUSES,
  type PersonLayer,
  type PersonStatus,
} from '@regiokracht/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleTableState } from '../hooks/people-table-state';

export interface PeopleFiltersProps {
  state: PeopleTableState;
  onChange: (changes: Partial<PeopleTableState>) => void;
  organisationOptions: { id: string; name: string }[];
}

const SEARCH_DELAY_MS = 300;

export function PeopleFilters({ state, onChange, organisationOptions }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState(state.q);
  const [appliedQ, setAppliedQ] = useState(state.q);
  if (state.q !== appliedQ) {
    setAppliedQ(state.q);
    setSearch(state.q);
  }
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (search === state.q) return;
    const timer = window.setTimeout(() => onChangeRef.current({ q: search }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, state.q]);

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
      <div className="filters__field filters__field--search">
        <label htmlFor={`${id}-q`}>{t('people.filters.search')}</label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={search}
          placeholder={t('people.filters.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-org`}>{t('people.fields.organisation')}</label>
        <select
          id={`${id}-org`}
          className="select"
          value={state.organisationId ?? ''}
          onChange={(event) => onChange({ organisationId: event.target.value || null })}
        >
          <option value="">{t('people.filters.all')}</option>
          {organisationOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-status`}>{t('people.fields.status')}</label>
        <select
          id={`${id}-status`}
          className="select"
          value={state.status ?? ''}
          onChange={(event) =>
            onChange({ status: (event.target.value || null) as PersonStatus | null })
          }
        >
          <option value="">{t('people.filters.all')}</option>
          {PERSON_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`people.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-layer`}>{t('people.fields.layer')}</label>
        <select
          id={`${id}-layer`}
          className="select"
          value={state.layer ?? ''}
          onChange={(event) =>
            onChange({ layer: (event.target.value || null) as PersonLayer | null })
          }
        >
          <option value="">{t('people.filters.all')}</option>
          {PERSON_LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              {t(`people.layers.${layer}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-key`}>{t('people.fields.keyContact')}</label>
        <select
          id={`${id}-key`}
          className="select"
          value={state.keyContact === null ? '' : String(state.keyContact)}
          onChange={(event) =>
            onChange({
              keyContact: event.target.value === '' ? null : event.target.value === 'true',
            })
          }
        >
          <option value="">{t('people.filters.all')}</option>
          <option value="true">{t('people.filters.keyContactsOnly')}</option>
          <option value="false">{t('people.filters.notKeyContacts')}</option>
        </select>
      </div>
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
