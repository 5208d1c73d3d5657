import type { CSSProperties } from 'react';

export interface SkeletonProps {
  /** Fixed height of the content it stands in for, so nothing jumps when that content arrives. */
  height: number | string;
  width?: number | string;
  className?: string;
}

/** A grey placeholder block; give the surrounding region `aria-busy` while it shows. */
export function Skeleton({ height, width = '100%', className }: SkeletonProps) {
  const style: CSSProperties = { blockSize: height, inlineSize: width };
  return (
    <span
      className={['skeleton', className].filter(Boolean).join(' ')}
      style={style}
      aria-hidden="true"
    />
  );
}
