import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useResetPassword } from '../../features/passwords/api/reset-password';
import { SetPasswordForm } from '../../features/passwords/components/set-password-form';
import { StandalonePage } from '../layout/standalone-page';

/** `/reset-password/:token`: the e-mailed "forgot password" link (single use, one hour). */
export default function ResetPasswordRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const mutation = useResetPassword(token);

  return (
    <StandalonePage>
      <div className="card login-card">
        <div className="card__body stack">
          <PageHeader title={t('account.reset.title')} description={t('account.reset.intro')} />
          <SetPasswordForm
            mutation={mutation}
            submitLabel={t('account.reset.submit')}
            invalidLinkText={t('account.reset.invalid')}
            onSuccess={() => void navigate('/', { replace: true })}
          />
          <p className="small">
            <Link to="/forgot-password">{t('account.reset.requestNew')}</Link>
            {' · '}
            <Link to="/login">{t('account.backToLogin')}</Link>
          </p>
        </div>
      </div>
    </StandalonePage>
  );
}
