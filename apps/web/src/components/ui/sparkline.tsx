export interface SparklineProps {
  values: readonly number[];
  /** What the line shows, for screen readers, e.g. "Engagement over 12 months: rising". */
  label: string;
  width?: number;
  height?: number;
  /** Top of the scale; defaults to the largest value, so each line fills its box. */
  max?: number;
  tone?: 'accent' | 'green' | 'amber' | 'red' | 'grey';
}

const TONES = {
  accent: 'var(--color-accent)',
  green: 'var(--health-green-text)',
  amber: 'var(--health-amber-text)',
  red: 'var(--health-red-text)',
  grey: 'var(--health-grey-text)',
} as const;

/** A small line without axes: the shape of a series next to its number. */
export function Sparkline({
  values,
  label,
  width = 96,
  height = 28,
  max,
  tone = 'accent',
}: SparklineProps) {
  const top = Math.max(max ?? 0, ...values, 0);
  const pad = 2;
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (value: number) =>
    top > 0 ? height - pad - (value / top) * (height - 2 * pad) : height - pad;
  const points = values.map((value, i) => `${pad + i * stepX},${y(value)}`).join(' ');
  const last = values.at(-1);
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line
        x1={pad}
        x2={width - pad}
        y1={height - pad}
        y2={height - pad}
        stroke="var(--color-border)"
        strokeWidth={1}
      />
      {values.length > 1 && (
        <polyline
          points={points}
          fill="none"
          stroke={TONES[tone]}
          strokeWidth={1.75}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      )}
      {last !== undefined && (
        <circle cx={pad + (values.length - 1) * stepX} cy={y(last)} r={2.25} fill={TONES[tone]} />
      )}
    </svg>
  );
}
