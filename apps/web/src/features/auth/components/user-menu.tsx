import type { Role } from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { useLogout } from '../api/logout';

export interface UserMenuProps {
  name: string;
  /** Role in the open coalition; none outside a coalition. */
  role: Role | null;
}

export function UserMenu({ name, role }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logoutMutation = useLogout();

  const leave = async () => {
    // Leave first: clearing the cache under a mounted page would make it refetch.
    await navigate('/login', { replace: true });
    queryClient.clear();
  };
  const logout = () => logoutMutation.mutate(undefined, { onSuccess: () => void leave() });

  return (
    <div className="user-menu" role="group" aria-label={t('header.account')}>
      <span className="user-menu__name" title={name}>
        {name}
      </span>
      {role && <Badge tone="accent">{t(`roles.${role}`)}</Badge>}
      <Button size="sm" variant="ghost" pending={logoutMutation.isPending} onClick={logout}>
        {t('header.logout')}
      </Button>
      {logoutMutation.isError && (
        <span className="user-menu__error" role="alert">
          {t('header.logoutFailed')}
        </span>
      )}
    </div>
  );
}
