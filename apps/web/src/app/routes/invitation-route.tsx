import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { useAcceptInvitation } from '../../features/passwords/api/accept-invitation';
import { SetPasswordForm } from '../../features/passwords/components/set-password-form';
import { StandalonePage } from '../layout/standalone-page';

/** `/invitation/:token`: the one-time link of a new account (handed on, or e-mailed to it). */
export default function InvitationRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const mutation = useAcceptInvitation(token);

  return (
    <StandalonePage>
      <div className="card login-card">
        <div className="card__body stack">
          <PageHeader
            title={t('account.invitation.title')}
            description={t('account.invitation.intro')}
          />
          <SetPasswordForm
            mutation={mutation}
            submitLabel={t('account.invitation.submit')}
            invalidLinkText={t('account.invitation.invalid')}
            alreadySetText={t('account.invitation.alreadySet')}
            onSuccess={() => void navigate('/', { replace: true })}
          />
          <p className="small">
            <Link to="/login">{t('account.backToLogin')}</Link>
          </p>
        </div>
      </div>
    </StandalonePage>
  );
}
