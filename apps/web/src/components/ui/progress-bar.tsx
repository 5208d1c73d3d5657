export interface ProgressBarProps {
  label: string;
  /** Omit for an indeterminate bar (work of unknown length). */
  value?: number;
  max?: number;
  /** Readable value, e.g. "12 of 20 delivered"; defaults to the percentage. */
  valueText?: string;
}

export function ProgressBar({ label, value, max = 100, valueText }: ProgressBarProps) {
  const determinate = value !== undefined;
  const ratio = determinate ? Math.min(Math.max(value / max, 0), 1) : 0;
  return (
    <div
      className={`progress${determinate ? '' : ' progress--indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? max : undefined}
      aria-valuenow={determinate ? value : undefined}
      aria-valuetext={valueText}
    >
      <span
        className="progress__bar"
        style={determinate ? { inlineSize: `${ratio * 100}%` } : undefined}
      />
    </div>
  );
}
