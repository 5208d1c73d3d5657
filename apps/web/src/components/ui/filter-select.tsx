import { useId } from 'react';

export interface FilterSelectOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  label: string;
  /** The current choice; `''` is "no filter". */
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterSelectOption[];
  /** When given, a first option with value `''` that clears this filter. */
  anyLabel?: string;
  /** `filters` for record lists (organisations, people), `toolbar` for work lists. */
  variant?: 'filters' | 'toolbar';
  /** Extra classes on the field wrapper (e.g. `toolbar__field--wide`). */
  className?: string;
  selectClassName?: string;
  disabled?: boolean;
}

/** A labelled `<select>` in a list's filter bar. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  anyLabel,
  variant = 'filters',
  className,
  selectClassName,
  disabled,
}: FilterSelectProps) {
  const id = useId();
  const fieldClass = [`${variant}__field`, className].filter(Boolean).join(' ');
  return (
    <div className={fieldClass}>
      <label className={variant === 'toolbar' ? 'toolbar__label' : undefined} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={['select', selectClassName].filter(Boolean).join(' ')}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface FilterSearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** The labelled search box of a record list's filter bar. */
export function FilterSearchField({ label, value, onChange, placeholder }: FilterSearchFieldProps) {
  const id = useId();
  return (
    <div className="filters__field filters__field--search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
