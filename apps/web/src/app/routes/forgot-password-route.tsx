import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { ForgotPasswordForm } from '../../features/passwords/components/forgot-password-form';
import { StandalonePage } from '../layout/standalone-page';

/** `/forgot-password`: asks for an e-mailed link to set a new password. */
export default function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <StandalonePage>
      <div className="card login-card">
        <div className="card__body stack">
          <PageHeader title={t('account.forgot.title')} description={t('account.forgot.intro')} />
          <ForgotPasswordForm />
          <p className="small">
            <Link to="/login">{t('account.backToLogin')}</Link>
          </p>
        </div>
      </div>
    </StandalonePage>
  );
}
