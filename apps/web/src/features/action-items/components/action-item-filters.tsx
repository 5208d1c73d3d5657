import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemPriority,
} from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../api/get-organisation-options';
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
        <div className="toolbar__field">
          <label className="toolbar__label" htmlFor={`${id}-status`}>
            {t('actionItems.fields.status')}
          </label>
          <select
            id={`${id}-status`}
            className="select"
            value={search.status}
            onChange={(event) => onChange({ status: event.target.value as StatusChoice })}
          >
            <option value="open-work">{t('actionItems.filters.openWork')}</option>
            <option value="any">{t('actionItems.filters.anyStatus')}</option>
            {ACTION_ITEM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`actionItems.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="toolbar__field">
        <label className="toolbar__label" htmlFor={`${id}-priority`}>
          {t('actionItems.fields.priority')}
        </label>
        <select
          id={`${id}-priority`}
          className="select"
          value={search.priority ?? ''}
          onChange={(event) =>
            onChange({ priority: (event.target.value || null) as ActionItemPriority | null })
          }
        >
          <option value="">{t('actionItems.filters.anyPriority')}</option>
          {ACTION_ITEM_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`actionItems.priority.${priority}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field toolbar__field--wide">
        <label className="toolbar__label" htmlFor={`${id}-organisation`}>
          {t('actionItems.fields.organisation')}
        </label>
        <select
          id={`${id}-organisation`}
          className="select toolbar__organisation"
          value={search.organisationId ?? ''}
          onChange={(event) => onChange({ organisationId: event.target.value || null })}
        >
          <option value="">{t('actionItems.filters.anyOrganisation')}</option>
          {organisations.data?.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
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
