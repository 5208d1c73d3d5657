import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

export interface WizardFooterProps {
  onBack?: () => void;
  /** The forward button; a submit button of the step's form. */
  nextLabel?: ReactNode;
  pending?: boolean;
  /** Hide the forward button (e.g. a read-only viewer on the last step). */
  hideNext?: boolean;
}

export function WizardFooter({ onBack, nextLabel, pending, hideNext }: WizardFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="handover-footer">
      {onBack ? (
        <Button onClick={onBack} disabled={pending}>
          {t('handovers.wizard.back')}
        </Button>
      ) : (
        <span />
      )}
      {!hideNext && (
        <Button type="submit" variant="primary" pending={pending}>
          {nextLabel ?? t('handovers.wizard.next')}
        </Button>
      )}
    </div>
  );
}
