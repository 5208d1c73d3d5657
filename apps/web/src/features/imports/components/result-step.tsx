import type { ImportEntity, ImportResultDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useFormat } from '../../../lib/format';

/** What a coordinator usually imports next: people need organisations, interactions both. */
const NEXT: Partial<Record<ImportEntity, ImportEntity>> = {
  organisations: 'people',
  people: 'interactions',
};

export interface ResultStepProps {
  result: ImportResultDto;
  onRestart: (entity: ImportEntity) => void;
}

export function ResultStep({ result, onRestart }: ResultStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const next = NEXT[result.entity];
  return (
    <div className="import-step">
      <div className="alert alert--success" role="status">
        <p className="strong">{t('imports.result.title')}</p>
        <p>
          {t('imports.result.summary', {
            created: format.number(result.created),
            updated: format.number(result.updated),
            skipped: format.number(result.skipped),
            rows: format.number(result.rows),
            seconds: format.number(Math.max(result.durationMs, 100) / 1000, {
              maximumFractionDigits: 1,
            }),
          })}
        </p>
      </div>
      <div className="import-step__actions">
        <Button variant={next ? 'secondary' : 'primary'} onClick={() => onRestart(result.entity)}>
          {t('imports.result.next')}
        </Button>
        {next && (
          <Button variant="primary" onClick={() => onRestart(next)}>
            {t('imports.result.nextEntity', {
              entity: t(`imports.entity.${next}`).toLowerCase(),
            })}
          </Button>
        )}
      </div>
    </div>
  );
}
