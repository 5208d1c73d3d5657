import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card';
import { PageHeader } from '../../components/ui/page-header';
import { ExportPanel } from '../../features/exports/components/export-panel';
import { ImportWizard } from '../../features/imports/components/import-wizard';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';
import '../../components/ui/records.css';
import '../../components/ui/table-toolbar.css';

/** Coordinators import (the API allows only them); every staff role exports. */
export default function ImportRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const membership = useCurrentMembership();
  const canImport = membership?.role === 'coordinator';
  return (
    <>
      <PageHeader title={t('nav.importExport')} description={t('sections.importExport')} />
      <Card title={t('imports.title')}>
        {canImport ? (
          // A new coalition starts the wizard from the beginning.
          <ImportWizard key={coalitionId} coalitionId={coalitionId} />
        ) : (
          <p>{t('imports.coordinatorsOnly')}</p>
        )}
      </Card>
      <Card title={t('exports.title')}>
        <ExportPanel coalitionId={coalitionId} />
      </Card>
    </>
  );
}
