import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
} from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/ui/filter-select';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import type {
  ActionItemLayout,
  ActionItemSearch,
  StatusChoice,
} from '../hooks/use-action-item-search';

export interface ActionItemFiltersProps {
  coalitionId: string;
  search: ActionItemSearch;
  onChange: (changes: {
    q?: string;
    status?: StatusChoice;
    priority?: ActionItemPriority | null;
    organisationId?: string | null;
    layout?: ActionItemLayout;
  }) => void;
}

export function ActionItemFilters({ coalitionId, search, onChange }: ActionItemFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useOrganisationOptions(coalitionId);
  const [q, setQ] = useState(search.q);

  return (
    <div className="toolbar">
      <form
        className="toolbar__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q });
        }}
      >
        <label className="toolbar__label" htmlFor={`${id}-q`}>
          {t('actionItems.filters.search')}
        </label>
        <div className="toolbar__search-row">
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={q}
            onChange={(event) => {
              setQ(event.target.value);
              // Clearing the box shows everything again without a second step.
              if (event.target.value === '' && search.q) onChange({ q: '' });
            }}
          />
          <button type="submit" className="btn btn--secondary">
            {t('actionItems.filters.searchButton')}
          </button>
        </div>
      </form>
      {search.layout === 'list' && (
        <FilterSelect
          variant="toolbar"
          label={t('actionItems.fields.status')}
          value={search.status}
          options={[
            { value: 'open-work', label: t('actionItems.filters.openWork') },
            { value: 'any', label: t('actionItems.filters.anyStatus') },
            ...ACTION_ITEM_STATUSES.map((status) => ({
              value: status,
              label: t(`actionItems.status.${status}`),
            })),
          ]}
          onChange={(value) => onChange({ status: value as StatusChoice })}
        />
      )}
      <FilterSelect
        variant="toolbar"
        label={t('actionItems.fields.priority')}
        value={search.priority ?? ''}
        anyLabel={t('actionItems.filters.anyPriority')}
        options={ACTION_ITEM_PRIORITIES.map((priority) => ({
          value: priority,
          label: t(`actionItems.priority.${priority}`),
        }))}
        onChange={(value) => onChange({ priority: (value || null) as ActionItemPriority | null })}
      />
      <FilterSelect
        variant="toolbar"
        className="toolbar__field--wide"
        selectClassName="toolbar__organisation"
        label={t('actionItems.fields.organisation')}
        value={search.organisationId ?? ''}
        anyLabel={t('actionItems.filters.anyOrganisation')}
        options={(organisations.data ?? []).map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
        }))}
        onChange={(value) => onChange({ organisationId: value || null })}
      />
      <div
        className="segmented toolbar__layout"
        role="group"
        aria-label={t('actionItems.layout.label')}
      >
        {(['list', 'board'] as const).map((layout) => (
          <button
            key={layout}
            type="button"
            className="segmented__option"
            aria-pressed={search.layout === layout}
            onClick={() => onChange({ layout })}
          >
            {t(`actionItems.layout.${layout}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
