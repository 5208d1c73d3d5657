import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';

export interface SectionStateProps {
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  /** Fixed height of the loading placeholder, about the height of the content. */
  skeletonHeight: string;
  emptyTitle: string;
  emptyDescription?: string;
  emptyAction?: ReactNode;
  children: ReactNode;
}

/** Loading, failed, empty or the content of one section of the organisation page. */
export function SectionState({
  isPending,
  error,
  isEmpty,
  skeletonHeight,
  emptyTitle,
  emptyDescription,
  emptyAction,
  children,
}: SectionStateProps) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <div aria-busy="true">
        <Skeleton height={skeletonHeight} />
      </div>
    );
  }
  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        {describeError(error, t)}
      </p>
    );
  }
  if (isEmpty) {
    return (
      <EmptyState
        headingLevel={3}
        title={emptyTitle}
        description={emptyDescription}
        action={emptyAction}
      />
    );
  }
  return <>{children}</>;
}
