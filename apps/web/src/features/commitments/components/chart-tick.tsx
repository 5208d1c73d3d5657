export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/**
 * A category label on one line, cut short with an ellipsis (recharts would wrap a long name onto
 * the next bar's row); the full text shows on hover.
 */
export function singleLineTick(maxLength: number) {
  return function SingleLineTick({ x, y, payload }: TickProps) {
    const value = payload?.value;
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return (
      <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#1b2430">
        <title>{text}</title>
        {short}
      </text>
    );
  };
}
