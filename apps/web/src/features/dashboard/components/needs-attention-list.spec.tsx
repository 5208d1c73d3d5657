import { screen, within } from '@testing-library/react';
import i18n from '../../../app/i18n/i18n';
import { buildAttentionItem, buildDashboard, buildInsight } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { NeedsAttentionList } from './needs-attention-list';

const albeda = buildInsight({
  organisationId: 'org-albeda',
  name: 'Albeda',
  succession: {
    level: 'high',
    score: 35,
    factors: [
      {
        code: 'key_contact_leaving',
        points: 35,
        personIds: ['person-1'],
        people: [{ id: 'person-1', name: 'Henk Smits' }],
      },
    ],
  },
});

const botlek = buildAttentionItem({
  organisationId: 'org-botlek',
  name: 'Botlek Procesonderhoud',
  risk: 'high',
  health: 'dormant',
  engagementIndex: 6,
  daysSinceLastInteraction: 200,
  overdueActionItems: 2,
  reasons: [
    { kind: 'succession', code: 'orphaned_actions', message: '…' },
    { kind: 'engagement', code: 'dormant', message: '…' },
    { kind: 'action_items', code: 'overdue', message: '…' },
  ],
});

function renderList() {
  const dashboard = buildDashboard({
    needsAttention: { total: 2, items: [buildAttentionItem(), botlek] },
  });
  const insights = new Map([[albeda.organisationId, albeda]]);
  return renderWithProviders(
    <NeedsAttentionList coalitionId="c1" dashboard={dashboard} insights={insights} />,
  );
}

describe('NeedsAttentionList', () => {
  it('turns the reasons into sentences with names and dates', () => {
    renderList();

    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]).getByText(
        'Henk Smits (key contact) leaves on 27 January 2026 and has no successor',
      ),
    ).toBeInTheDocument();
    expect(
      within(items[1]).getByText(
        'Gone quiet: last contact 200 days ago, engagement at 6% of its peak',
      ),
    ).toBeInTheDocument();
    expect(within(items[1]).getByText('2 action items are overdue')).toBeInTheDocument();
    expect(
      within(items[1]).getByText('Open action items have no active owner'),
    ).toBeInTheDocument();
  });

  it('links each organisation to its page to act on it', () => {
    renderList();

    expect(screen.getByRole('link', { name: /Open organisation.*Albeda/ })).toHaveAttribute(
      'href',
      '/c/c1/organisations/org-albeda',
    );
  });

  it('speaks Dutch', async () => {
    await i18n.changeLanguage('nl');
    renderList();

    expect(
      screen.getByText(
        'Henk Smits (sleutelfiguur) vertrekt op 27 januari 2026 en heeft geen opvolger',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('2 actiepunten zijn over de deadline')).toBeInTheDocument();
  });
});
