import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import type { SectionKey } from '../layout/sections';

/** A page that a later release fills in; it already has its place in the navigation. */
export default function PlaceholderRoute({
  section,
}: {
  section: Exclude<SectionKey, 'dashboard'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} description={t(`sections.${section}`)} />
      <Card>
        <EmptyState title={t('placeholder.title')} description={t('placeholder.description')} />
      </Card>
    </>
  );
}
