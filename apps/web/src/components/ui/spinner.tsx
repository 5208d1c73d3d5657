export interface SpinnerProps {
  /** Announced to screen readers; without it the spinner is decorative (e.g. inside a button). */
  label?: string;
  size?: 'sm' | 'md';
}

export function Spinner({ label, size = 'md' }: SpinnerProps) {
  const circle = <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  if (!label) return circle;
  return (
    <span role="status" className="spinner-wrap">
      {circle}
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
