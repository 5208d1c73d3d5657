import type { DashboardDto, Health, RiskLevel } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/ui/skeleton';
import { useFormat } from '../../../lib/format';

type Tone = 'green' | 'amber' | 'red' | 'grey' | 'neutral';

interface Tile {
  key: string;
  label: string;
  value: string;
  to: string;
  tone: Tone;
  /** Extra words for screen readers and the tooltip, e.g. the pledged total. */
  detail?: string;
}

const HEALTH_TONE: Record<Health, Tone> = {
  engaged: 'green',
  cooling: 'amber',
  dormant: 'red',
  no_contact: 'grey',
};

export interface DashboardTilesProps {
  coalitionId: string;
  dashboard: DashboardDto | undefined;
  isPending: boolean;
}

/** The headline counts; each opens the list behind it, filtered. */
export function DashboardTiles({ coalitionId, dashboard, isPending }: DashboardTilesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const base = `/c/${coalitionId}`;

  if (isPending || !dashboard) {
    return (
      <div className="tile-groups" aria-busy="true">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height="7.5rem" />
        ))}
      </div>
    );
  }

  const { organisations, actionItems, commitments } = dashboard;
  const healthTiles: Tile[] = (['engaged', 'cooling', 'dormant', 'no_contact'] as const).map(
    (health) => ({
      key: health,
      label: t(`analytics.health.${health}`),
      value: format.number(organisations.byHealth[health]),
      to: `${base}/organisations?health=${health}`,
      tone: HEALTH_TONE[health],
    }),
  );
  const riskTiles: Tile[] = (['high', 'medium'] as const satisfies RiskLevel[]).map((risk) => ({
    key: risk,
    label: t(`dashboard.tiles.${risk}`),
    value: format.number(organisations.byRisk[risk]),
    to: `${base}/organisations?risk=${risk}&sort=risk`,
    tone: risk === 'high' ? 'red' : 'amber',
  }));
  const actionTiles: Tile[] = [
    {
      key: 'open',
      label: t('dashboard.tiles.open'),
      value: format.number(actionItems.open),
      to: `${base}/action-items?view=all`,
      tone: 'neutral',
    },
    {
      key: 'overdue',
      label: t('dashboard.tiles.overdue'),
      value: format.number(actionItems.overdue),
      to: `${base}/action-items?view=overdue`,
      tone: actionItems.overdue > 0 ? 'red' : 'neutral',
    },
    {
      key: 'unowned',
      label: t('dashboard.tiles.unowned'),
      value: format.number(actionItems.unowned),
      to: `${base}/action-items?view=unowned`,
      tone: actionItems.unowned > 0 ? 'amber' : 'neutral',
    },
    {
      key: 'orphaned',
      label: t('dashboard.tiles.orphaned'),
      value: format.number(actionItems.orphaned),
      to: `${base}/action-items?view=orphaned`,
      tone: actionItems.orphaned > 0 ? 'amber' : 'neutral',
    },
  ];
  const ratio =
    commitments.pledgedValueEur > 0
      ? commitments.deliveredValueEur / commitments.pledgedValueEur
      : null;
  const commitmentTiles: Tile[] = [
    {
      key: 'delivered',
      label: t('dashboard.tiles.delivered'),
      value: ratio === null ? '—' : format.percent(ratio),
      to: `${base}/commitments`,
      tone: 'neutral',
      detail: t('dashboard.tiles.deliveredDetail', {
        delivered: format.currency(commitments.deliveredValueEur),
        pledged: format.currency(commitments.pledgedValueEur),
      }),
    },
  ];

  const groups = [
    {
      key: 'health',
      title: t('dashboard.tiles.partners', { count: organisations.total }),
      tiles: healthTiles,
    },
    { key: 'risk', title: t('dashboard.tiles.successionRisk'), tiles: riskTiles },
    { key: 'actions', title: t('dashboard.tiles.actionItems'), tiles: actionTiles },
    { key: 'commitments', title: t('dashboard.tiles.commitments'), tiles: commitmentTiles },
  ];

  return (
    <div className="tile-groups">
      {groups.map((group) => (
        <section key={group.key} className="tile-group" aria-label={group.title}>
          <h2 className="tile-group__title">{group.title}</h2>
          <ul className={`tile-group__tiles tile-group__tiles--${group.tiles.length}`}>
            {group.tiles.map((tile) => (
              <li key={tile.key}>
                <Link to={tile.to} className={`tile tile--${tile.tone}`}>
                  <span className="tile__value">{tile.value}</span>
                  <span className="tile__label">{tile.label}</span>
                  {tile.detail && <span className="tile__detail">{tile.detail}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
