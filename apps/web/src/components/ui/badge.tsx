import type { ReactNode } from 'react';

/**
 * `neutral` and `accent` for labels such as roles. The health tones are reserved for status:
 * green engaged/low risk, amber cooling/medium, red dormant/high, grey no contact.
 */
export type BadgeTone = 'neutral' | 'accent' | 'green' | 'amber' | 'red' | 'grey';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
