import type { PersonDto } from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PersonPickerProps {
  label: string;
  hint?: string;
  people: PersonDto[];
  value: string;
  onChange: (personId: string) => void;
  /** The first option, e.g. "Choose a person" or "Use the default successor". */
  emptyLabel: string;
  disabled?: boolean;
  error?: string;
  /** Text for each option; the name and organisation by default. */
  describe?: (person: PersonDto) => string;
}

export function describePerson(person: PersonDto): string {
  return person.organisationName ? `${person.name} — ${person.organisationName}` : person.name;
}

/**
 * A native select with a search box that narrows its options by name or organisation: works
 * with the keyboard and screen readers as browsers make it, even with a few hundred people.
 */
export function PersonPicker({
  label,
  hint,
  people,
  value,
  onChange,
  emptyLabel,
  disabled,
  error,
  describe = describePerson,
}: PersonPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = people.filter(
    (p) =>
      p.id === value ||
      !needle ||
      p.name.toLowerCase().includes(needle) ||
      (p.organisationName ?? '').toLowerCase().includes(needle),
  );
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field person-picker${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${id}-select`}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="person-picker__controls">
        <input
          type="search"
          className="input person-picker__search"
          aria-label={t('handovers.picker.searchLabel', { label })}
          placeholder={t('handovers.picker.searchPlaceholder')}
          value={search}
          disabled={disabled}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
        <select
          id={`${id}-select`}
          className="select person-picker__select"
          value={value}
          disabled={disabled}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{emptyLabel}</option>
          {shown.map((person) => (
            <option key={person.id} value={person.id}>
              {describe(person)}
            </option>
          ))}
        </select>
      </div>
      {needle && (
        <p className="field__hint" aria-live="polite">
          {t('handovers.picker.matches', { count: shown.length })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
