import type { ActionItemDto, ActionItemStatus } from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { Skeleton } from '../../../components/ui/skeleton';
import { isStaleVersionError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useBulkAssignActionItems } from '../api/bulk-assign-action-items';
import { useActionItems } from '../api/get-action-items';
import { useMyPerson } from '../api/get-my-person';
import { useUpdateActionItem, type ActionItemChanges } from '../api/update-action-item';
import {
  boardFilters,
  listFilters,
  PAGE_SIZE,
  useActionItemSearch,
  type ActionItemView,
  type SortableColumn,
} from '../hooks/use-action-item-search';
import { ActionItemFilters } from './action-item-filters';
import { ActionItemForm } from './action-item-form';
import { ActionItemViewTabs } from './action-item-view-tabs';
import { ActionItemsBoard } from './action-items-board';
import { ActionItemsTable } from './action-items-table';
import { BulkAssignBar } from './bulk-assign-bar';
import { ConflictNotice } from './conflict-notice';
import type { PersonOption } from './owner-combobox';
import '../../../components/ui/table-toolbar.css';
import './action-items.css';

/** A change the user asked for, kept so that a failure can offer to try it again. */
interface PendingChange {
  /** "Changing the owner of …", shown above the error. */
  what: string;
  /** Said once it worked. */
  done: string;
  attempt: (reload: boolean) => Promise<unknown>;
}

export interface ActionItemsWorkspaceProps {
  coalitionId: string;
  /** Coordinators and members change items; viewers only read. */
  canEdit: boolean;
  /**
   * The signed-in account: "My items" are those of the coalition's person with this e-mail (an
   * account's `personId` is not tied to one coalition, the e-mail is how people are matched).
   */
  me: { email: string };
}

function EmptyView({
  view,
  canEdit,
  onCreate,
}: {
  view: ActionItemView;
  canEdit: boolean;
  onCreate: () => void;
}) {
  const { t } = useTranslation();
  return (
    <EmptyState
      headingLevel={3}
      title={t(`actionItems.empty.${view}.title`)}
      description={t(`actionItems.empty.${view}.description`)}
      action={
        canEdit ? (
          <Button variant="primary" onClick={onCreate}>
            {t('actionItems.new')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function ActionItemsWorkspace({ coalitionId, canEdit, me }: ActionItemsWorkspaceProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { search, update } = useActionItemSearch();
  const myPersonQuery = useMyPerson(coalitionId, me.email);
  const myPersonId = myPersonQuery.data?.id ?? null;
  const myPersonName = myPersonQuery.data?.name ?? null;
  const waitingForMe = search.view === 'mine' && myPersonQuery.isPending;
  const noPersonForMe = search.view === 'mine' && !myPersonId && !waitingForMe;

  const listQuery = useActionItems(coalitionId, listFilters(search, myPersonId), {
    enabled: search.layout === 'list' && !waitingForMe && !noPersonForMe,
  });
  const boardQuery = useActionItems(coalitionId, boardFilters(search, myPersonId), {
    enabled: search.layout === 'board' && !waitingForMe && !noPersonForMe,
  });
  const query = search.layout === 'list' ? listQuery : boardQuery;
  const items = query.data?.items ?? [];

  const updateMutation = useUpdateActionItem(coalitionId);
  const bulkMutation = useBulkAssignActionItems(coalitionId);
  const [editing, setEditing] = useState<ActionItemDto | 'new' | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<{ change: PendingChange; error: unknown } | null>(null);
  const [retrying, setRetrying] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Only rows on screen count as selected: a filter change quietly drops the others.
  const selectedItems = items.filter((item) => selected.has(item.id));
  const busyIds = new Set<string>();
  if (updateMutation.isPending && updateMutation.variables)
    busyIds.add(updateMutation.variables.id);
  if (bulkMutation.isPending) bulkMutation.variables?.items.forEach(({ id }) => busyIds.add(id));

  async function run(change: PendingChange, reload = false) {
    setNotice(null);
    try {
      await change.attempt(reload);
      setFailure(null);
      setNotice(change.done);
    } catch (error) {
      setFailure({ change, error });
    }
  }

  async function retry() {
    if (!failure) return;
    setRetrying(true);
    await run(failure.change, isStaleVersionError(failure.error));
    setRetrying(false);
  }

  function change(item: ActionItemDto, changes: ActionItemChanges, what: string, done: string) {
    void run({
      what,
      done,
      attempt: (reload) =>
        updateMutation.mutateAsync({ id: item.id, version: item.version, changes, reload }),
    });
  }

  function assign(item: ActionItemDto, owner: PersonOption | null) {
    change(
      item,
      { ownerId: owner?.id ?? null },
      t('actionItems.feedback.assignFailed', { title: item.title }),
      owner
        ? t('actionItems.feedback.assigned', { title: item.title, name: owner.name })
        : t('actionItems.feedback.unassigned', { title: item.title }),
    );
  }

  function moveTo(item: ActionItemDto, status: ActionItemStatus) {
    const statusLabel = t(`actionItems.status.${status}`);
    change(
      item,
      { status },
      t('actionItems.feedback.statusFailed', { title: item.title }),
      t('actionItems.feedback.statusChanged', { title: item.title, status: statusLabel }),
    );
  }

  function bulkAssign(owner: PersonOption) {
    const chosen = selectedItems.map(({ id, version }) => ({ id, version }));
    void run({
      what: t('actionItems.feedback.bulkFailed', { count: chosen.length }),
      done: t('actionItems.feedback.bulkAssigned', { count: chosen.length, name: owner.name }),
      attempt: async (reload) => {
        await bulkMutation.mutateAsync({ items: chosen, ownerId: owner.id, reload });
        setSelected(new Set());
      },
    });
  }

  function sortBy(column: SortableColumn) {
    const descending = search.sort.column === column ? !search.sort.descending : false;
    update({ sort: { column, descending } });
  }

  const total = query.data?.total ?? 0;
  const firstRow = (search.page - 1) * PAGE_SIZE + 1;
  const lastRow = Math.min(search.page * PAGE_SIZE, total);

  function renderItems() {
    if (waitingForMe || (query.isPending && query.fetchStatus !== 'idle')) {
      return (
        <div className="action-items__loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t('actionItems.loading')}
          </span>
          <Skeleton height="2.5rem" />
          <Skeleton height="2.5rem" />
          <Skeleton height="2.5rem" />
          <Skeleton height="2.5rem" />
        </div>
      );
    }
    if (noPersonForMe) {
      return (
        <EmptyState
          headingLevel={3}
          title={t('actionItems.noPerson.title')}
          description={t('actionItems.noPerson.description', { email: me.email })}
        />
      );
    }
    if (query.isError) {
      return (
        <p className="alert alert--error" role="alert">
          {t('actionItems.loadFailed')} {describeError(query.error, t)}
        </p>
      );
    }
    if (items.length === 0) {
      return <EmptyView view={search.view} canEdit={canEdit} onCreate={() => setEditing('new')} />;
    }
    if (search.layout === 'board') {
      return (
        <>
          {total > items.length && (
            <p className="muted small">
              {t('actionItems.board.truncated', { shown: items.length, total })}
            </p>
          )}
          <ActionItemsBoard
            items={items}
            canEdit={canEdit}
            busyIds={busyIds}
            onStatusChange={moveTo}
            onEdit={setEditing}
          />
        </>
      );
    }
    return (
      <>
        {canEdit && selectedItems.length > 0 && (
          <BulkAssignBar
            coalitionId={coalitionId}
            count={selectedItems.length}
            pending={bulkMutation.isPending}
            onApply={bulkAssign}
            onClear={() => setSelected(new Set())}
          />
        )}
        <ActionItemsTable
          coalitionId={coalitionId}
          items={items}
          canEdit={canEdit}
          selectedIds={selected}
          onSelect={(id, isSelected) =>
            setSelected((previous) => {
              const next = new Set(previous);
              if (isSelected) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          onSelectAll={(all) =>
            setSelected(all ? new Set(items.map((item) => item.id)) : new Set())
          }
          busyIds={busyIds}
          onAssign={assign}
          onStatusChange={moveTo}
          onEdit={setEditing}
          sort={search.sort}
          onSort={sortBy}
        />
        {total > PAGE_SIZE && (
          <nav className="pager" aria-label={t('actionItems.pager.label')}>
            <Button
              size="sm"
              disabled={search.page <= 1}
              onClick={() => update({ page: search.page - 1 })}
            >
              {t('actionItems.pager.previous')}
            </Button>
            <span className="pager__range">
              {t('actionItems.pager.range', {
                from: format.number(firstRow),
                to: format.number(lastRow),
                total: format.number(total),
              })}
            </span>
            <Button
              size="sm"
              disabled={lastRow >= total}
              onClick={() => update({ page: search.page + 1 })}
            >
              {t('actionItems.pager.next')}
            </Button>
          </nav>
        )}
      </>
    );
  }

  const editingItem = editing === 'new' ? undefined : (editing ?? undefined);
  const ownerDefault =
    search.view === 'mine' && myPersonId && myPersonName
      ? { owner: { id: myPersonId, name: myPersonName } }
      : undefined;

  return (
    <div className="action-items">
      <div className="action-items__top">
        <ActionItemViewTabs
          coalitionId={coalitionId}
          current={search.view}
          myPersonId={myPersonId}
        />
        {canEdit && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('actionItems.new')}
          </Button>
        )}
      </div>
      <Card title={t(`actionItems.views.${search.view}`)}>
        <div className="stack">
          <p className="muted">{t(`actionItems.viewHelp.${search.view}`)}</p>
          <ActionItemFilters coalitionId={coalitionId} search={search} onChange={update} />
          <div className="action-items__feedback">
            {failure && (
              <ConflictNotice
                error={failure.error}
                what={failure.change.what}
                onRetry={() => void retry()}
                onDismiss={() => setFailure(null)}
                retrying={retrying}
              />
            )}
            <p className="alert alert--success" role="status" hidden={!notice || !!failure}>
              {notice}
            </p>
          </div>
          {renderItems()}
        </div>
      </Card>
      {editing !== null && (
        <ModalDialog
          title={editingItem ? t('actionItems.form.editTitle') : t('actionItems.form.newTitle')}
          closeLabel={t('actionItems.form.close')}
          onClose={() => setEditing(null)}
          size="wide"
        >
          <ActionItemForm
            coalitionId={coalitionId}
            item={editingItem}
            defaults={editingItem ? undefined : ownerDefault}
            onCancel={() => setEditing(null)}
            onDone={(item) => {
              setEditing(null);
              setNotice(
                editingItem
                  ? t('actionItems.feedback.saved', { title: item.title })
                  : t('actionItems.feedback.created', { title: item.title }),
              );
            }}
          />
        </ModalDialog>
      )}
    </div>
  );
}
