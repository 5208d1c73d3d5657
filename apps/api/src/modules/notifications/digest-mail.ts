import type { DigestActionItemDto, DigestDto } from '@regiokracht/shared';
import type { MailMessage } from './mailer';
import type { UnmailedDigest } from './digest.service';

/**
 * One plain-text e-mail per user and day with the digests of all their coalitions. In English:
 * the application keeps no language per user (the web app's language lives in the browser).
 */
export function renderDigestMail(
  digests: readonly UnmailedDigest[],
  publicUrl: string,
): MailMessage {
  const [first] = digests;
  const base = publicUrl.replace(/\/+$/, '');
  const lines = [
    `Hello ${first.userName},`,
    '',
    `Your Regiokracht digest for ${first.digest.digestOn}.`,
  ];
  for (const { coalitionId, coalitionName, digest } of digests) {
    const at = (path: string) => `${base}/c/${coalitionId}${path}`;
    lines.push('', `== ${coalitionName} ==`);
    section(lines, 'Overdue action items', digest.overdue, (i) => actionItemLine(i));
    section(lines, 'Due in the next 7 days', digest.dueSoon, (i) => actionItemLine(i));
    if (digest.overdue.length + digest.dueSoon.length > 0) lines.push(`  → ${at('/action-items')}`);
    section(
      lines,
      'Partners you own that turned cooling or dormant',
      digest.organisations,
      (o) =>
        `${o.name}: ${o.health}${o.daysSinceLastInteraction === null ? '' : `, last contact ${o.daysSinceLastInteraction} days ago`} → ${at(`/organisations/${o.id}`)}`,
    );
    section(
      lines,
      'People leaving whose responsibilities have no successor yet',
      digest.departures,
      (d) =>
        `${d.name}${d.organisationName ? ` (${d.organisationName})` : ''} leaves on ${d.leavingOn}: ` +
        `${d.withoutSuccessor.length} without successor → ${at(`/people/${d.personId}`)}`,
    );
  }
  lines.push(
    '',
    `Open Regiokracht: ${base}/`,
    'You can switch this e-mail off in the app (user menu → "E-mail me a daily digest").',
  );
  return { to: first.email, subject: subject(digests), text: lines.join('\n') };
}

function subject(digests: readonly UnmailedDigest[]): string {
  if (digests.length === 1) return `Regiokracht — ${digests[0].title}`;
  const total = (pick: (d: DigestDto) => unknown[]) =>
    digests.reduce((sum, d) => sum + pick(d.digest).length, 0);
  const overdue = total((d) => d.overdue);
  const soon = total((d) => d.dueSoon);
  return `Regiokracht — your digest for ${digests.length} coalitions (${overdue} overdue, ${soon} due soon)`;
}

function section<T>(
  lines: string[],
  heading: string,
  rows: readonly T[],
  line: (row: T) => string,
): void {
  if (rows.length === 0) return;
  lines.push(`${heading}:`);
  for (const row of rows) lines.push(`  - ${line(row)}`);
}

function actionItemLine(item: DigestActionItemDto): string {
  return `${item.title} (due ${item.dueOn}${item.organisationName ? `, ${item.organisationName}` : ''})`;
}
