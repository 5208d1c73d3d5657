import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { LoginForm } from '../../features/auth/components/login-form';
import { readSafeNext } from '../../lib/login-path';
import { StandalonePage } from '../layout/standalone-page';

export default function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = readSafeNext(searchParams) ?? '/';

  return (
    <StandalonePage>
      <div className="card login-card">
        <div className="card__body stack">
          <PageHeader title={t('login.title')} description={t('login.intro')} />
          <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
          <p className="small">
            <Link to="/forgot-password">{t('account.forgotLink')}</Link>
          </p>
        </div>
      </div>
    </StandalonePage>
  );
}
