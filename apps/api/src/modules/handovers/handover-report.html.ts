import type { HandoverDto, HandoverItemDto, HandoverItemType } from '@regiokracht/shared';

const TYPE_HEADINGS: Record<HandoverItemType, string> = {
  organisation_owner: 'Relationships you now own',
  key_contact: 'Key-contact roles',
  commitment_contact: 'Commitments you are now contact for',
  initiative_lead: 'Initiatives you now lead',
  action_item: 'Action items you now own',
};

const ORDER: HandoverItemType[] = [
  'organisation_owner',
  'key_contact',
  'commitment_contact',
  'initiative_lead',
  'action_item',
];

/** Every piece of user text goes through here: names, labels and notes are typed by people. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function detailText(item: HandoverItemDto): string {
  const d = item.detail;
  const parts: string[] = [];
  if (
    item.organisationName &&
    item.itemType !== 'organisation_owner' &&
    item.itemType !== 'key_contact'
  )
    parts.push(item.organisationName);
  if (typeof d.status === 'string') parts.push(`status ${d.status.replace(/_/g, ' ')}`);
  if (typeof d.dueOn === 'string') parts.push(`due ${d.dueOn}`);
  if (typeof d.endsOn === 'string') parts.push(`ends ${d.endsOn}`);
  if (typeof d.phase === 'string') parts.push(`phase ${d.phase}`);
  if (item.itemType === 'key_contact') {
    parts.push(
      d.basis === 'share' ? 'took part in most contacts of the last year' : 'flagged key contact',
    );
  }
  return parts.join(' · ');
}

/** Items grouped by who receives them, in dossier order. */
function bySuccessor(items: HandoverItemDto[]): { name: string; items: HandoverItemDto[] }[] {
  const groups = new Map<string, { name: string; items: HandoverItemDto[] }>();
  for (const item of items) {
    const key = item.effectiveSuccessorId ?? '';
    const group = groups.get(key) ?? {
      name: item.effectiveSuccessorName ?? 'No successor chosen yet',
      items: [],
    };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name),
  );
}

function section(title: string, items: HandoverItemDto[]): string {
  if (items.length === 0) return '';
  const rows = items
    .map(
      (i) =>
        `<li><strong>${escapeHtml(i.label)}</strong>${detailText(i) ? `<br><span class="muted">${escapeHtml(detailText(i))}</span>` : ''}</li>`,
    )
    .join('');
  return `<h3>${escapeHtml(title)}</h3><ul>${rows}</ul>`;
}

/**
 * The handover dossier as a self-contained page (inline CSS, no scripts, no external resources)
 * that the web app opens and prints to PDF. A draft says so on top.
 */
export function renderHandoverReport(
  handover: HandoverDto,
  context: { coalitionName: string; printedAt: Date },
): string {
  const person = handover.departingPerson;
  const moving = handover.items.filter(
    (i) =>
      (i.state === 'applied' || i.state === 'pending' || i.state === 'needs_review') && !i.drop,
  );
  const dropped = handover.items.filter((i) => i.drop && i.state !== 'gone');
  const successor =
    handover.report?.departingPerson.successor.name ??
    handover.defaultSuccessorName ??
    person.successorName;
  const when =
    handover.status === 'completed'
      ? `Completed on ${escapeHtml(handover.completedAt?.slice(0, 10))}${handover.report?.completedBy ? ` by ${escapeHtml(handover.report.completedBy.name)}` : ''}`
      : 'Draft — not completed yet; nothing has moved';
  const leaving = person.leftOn
    ? `left on ${person.leftOn}`
    : person.leavingOn
      ? `leaving on ${person.leavingOn}`
      : person.status;
  const groups = bySuccessor(moving)
    .map(
      (g) =>
        `<section class="successor"><h2>For ${escapeHtml(g.name)}</h2>${ORDER.map((type) =>
          section(
            TYPE_HEADINGS[type],
            g.items.filter((i) => i.itemType === type),
          ),
        ).join('')}</section>`,
    )
    .join('');
  const droppedHtml =
    dropped.length === 0
      ? ''
      : `<section><h2>Dropped action items</h2><ul>${dropped
          .map(
            (i) =>
              `<li><strong>${escapeHtml(i.label)}</strong><br><span class="muted">${escapeHtml(i.dropReason)}</span></li>`,
          )
          .join('')}</ul></section>`;
  const notes = handover.notes?.trim()
    ? `<div class="notes">${escapeHtml(handover.notes)}</div>`
    : '<p class="muted">No notes were written.</p>';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Handover — ${escapeHtml(person.name)}</title>
<style>
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
  ul { padding-left: 1.2rem; margin: .3rem 0; }
  li { margin: .3rem 0; }
  .muted { color: #555; font-size: .92em; }
  .banner { background: #fff4d6; border: 1px solid #e0b84c; padding: .5rem .75rem; margin: 1rem 0; }
  .notes { white-space: pre-wrap; border-left: 3px solid #3a6ea5; padding: .25rem 0 .25rem .75rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  footer { margin-top: 3rem; font-size: .85em; color: #666; }
  @media print { body { margin: 0; max-width: none; } .successor { break-inside: avoid-page; } }
</style>
</head>
<body>
<header>
  <p class="muted">${escapeHtml(context.coalitionName)}</p>
  <h1>Handover of ${escapeHtml(person.name)}</h1>
  <p>${when}</p>
  ${handover.status === 'draft' ? '<div class="banner">This is a draft. Successors and notes may still change.</div>' : ''}
</header>
<dl>
  <dt>Departing</dt><dd>${escapeHtml(person.name)}${person.organisationName ? `, ${escapeHtml(person.organisationName)}` : ''} (${escapeHtml(leaving)})</dd>
  <dt>Successor</dt><dd>${successor ? escapeHtml(successor) : '<span class="muted">not chosen yet</span>'}</dd>
  <dt>Responsibilities</dt><dd>${moving.length} to move, ${dropped.length} dropped</dd>
</dl>
<section><h2>What you must know</h2>${notes}</section>
${groups}
${droppedHtml}
<footer>Printed ${escapeHtml(context.printedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · Regiokracht</footer>
</body>
</html>
`;
}
