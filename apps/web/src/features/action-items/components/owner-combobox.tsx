import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleOptions } from '../api/get-people-options';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

export interface PersonOption {
  id: string;
  name: string;
}

export interface OwnerComboboxProps {
  coalitionId: string;
  /** Accessible name, e.g. "Owner of Sign the covenant"; also names the list of options. */
  label: string;
  /** Show the label above the input, or keep it for screen readers only (table rows). */
  showLabel?: boolean;
  /** Inside a FormField, whose label points at this id: no label of its own then. */
  inputId?: string;
  value: PersonOption | null;
  onChange: (person: PersonOption | null) => void;
  /** Offer "No owner", to make an owned item unowned again. */
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Wiring from a FormField: hint and error texts. */
  describedBy?: string;
  invalid?: boolean;
}

type Choice = { kind: 'person'; person: PersonOption } | { kind: 'clear' };

/**
 * A people picker following the ARIA combobox pattern: type to search active people, arrows to
 * move, Enter to choose, Escape to cancel. The choice applies at once (`onChange`).
 */
export function OwnerCombobox({
  coalitionId,
  label,
  showLabel = false,
  inputId,
  value,
  onChange,
  allowClear = false,
  disabled = false,
  placeholder,
  describedBy,
  invalid,
}: OwnerComboboxProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = inputId ?? `${generatedId}-input`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);

  const currentName = value?.name ?? '';
  // Opening shows everyone; only what the user typed narrows the list.
  const query = useDebouncedValue(open && text !== currentName ? text : '');
  const peopleQuery = usePeopleOptions(coalitionId, query, open);

  const choices: Choice[] = [
    ...(peopleQuery.data?.items ?? []).map((person): Choice => ({
      kind: 'person',
      person: { id: person.id, name: person.name },
    })),
    ...(allowClear && value ? [{ kind: 'clear' } as const] : []),
  ];

  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function openList() {
    if (open || disabled) return;
    setText(currentName);
    setActiveIndex(-1);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    setActiveIndex(-1);
  }

  function choose(choice: Choice) {
    close();
    const chosen = choice.kind === 'person' ? choice.person : null;
    if ((chosen?.id ?? null) !== (value?.id ?? null)) onChange(chosen);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openList();
        else setActiveIndex((index) => Math.min(index + 1, choices.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActiveIndex((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        if (open && activeIndex >= 0 && choices[activeIndex]) {
          event.preventDefault();
          choose(choices[activeIndex]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  }

  const showEmpty = open && !peopleQuery.isPending && !peopleQuery.isError && choices.length === 0;

  return (
    <div className={`combobox${open ? ' combobox--open' : ''}`}>
      {!inputId && (
        <label className={showLabel ? 'field__label' : 'visually-hidden'} htmlFor={id}>
          {label}
        </label>
      )}
      <input
        ref={inputRef}
        id={id}
        className="input combobox__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder ?? t('actionItems.owner.placeholder')}
        disabled={disabled}
        value={open ? text : currentName}
        onClick={openList}
        onChange={(event) => {
          if (!open) setOpen(true);
          setText(event.target.value);
          setActiveIndex(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!open}>
        <ul id={listboxId} role="listbox" aria-label={label} className="combobox__listbox">
          {open &&
            choices.map((choice, index) => (
              <li
                key={choice.kind === 'person' ? choice.person.id : 'clear'}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={`combobox__option${choice.kind === 'clear' ? ' combobox__option--clear' : ''}`}
                // Keep focus in the input: a blur would close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(choice)}
              >
                {choice.kind === 'person' ? choice.person.name : t('actionItems.owner.clear')}
              </li>
            ))}
        </ul>
        {open && peopleQuery.isPending && (
          <p className="combobox__message" role="status">
            {t('actionItems.owner.searching')}
          </p>
        )}
        {open && peopleQuery.isError && (
          <p className="combobox__message combobox__message--error" role="alert">
            {t('actionItems.owner.searchFailed')}
          </p>
        )}
        {showEmpty && (
          <p className="combobox__message" role="status">
            {t('actionItems.owner.noMatch')}
          </p>
        )}
      </div>
    </div>
  );
}
