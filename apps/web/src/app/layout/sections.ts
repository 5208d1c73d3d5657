import type { Role } from '@regiokracht/shared';

/** Pages inside a coalition; the key names the label (`nav.<key>`) and description. */
export type SectionKey =
  | 'dashboard'
  | 'organisations'
  | 'people'
  | 'actionItems'
  | 'commitments'
  | 'responsibilities'
  | 'handovers'
  | 'importExport'
  | 'settings'
  | 'portal';

export interface Section {
  key: SectionKey;
  /** Path below `/c/:cid`; empty for the coalition's start page. */
  path: string;
}

const STAFF_SECTIONS: readonly Section[] = [
  { key: 'dashboard', path: '' },
  { key: 'organisations', path: 'organisations' },
  { key: 'people', path: 'people' },
  { key: 'actionItems', path: 'action-items' },
  { key: 'commitments', path: 'commitments' },
  { key: 'responsibilities', path: 'responsibilities' },
  { key: 'handovers', path: 'handovers' },
  // Staff export; only coordinators import (the page says so to the others).
  { key: 'importExport', path: 'import-export' },
  { key: 'settings', path: 'settings' },
];

// A partner is bound to one organisation and never sees other partners' data (docs/domain.md, "Roles").
const PARTNER_SECTIONS: readonly Section[] = [{ key: 'portal', path: 'portal' }];

export const ALL_SECTIONS: readonly Section[] = [...STAFF_SECTIONS, ...PARTNER_SECTIONS];

/** Settings (analytics parameters, members and roles) are the coordinator's alone. */
const COORDINATOR_ONLY: ReadonlySet<SectionKey> = new Set(['settings']);

export function sectionsFor(role: Role): readonly Section[] {
  if (role === 'partner') return PARTNER_SECTIONS;
  if (role === 'coordinator') return STAFF_SECTIONS;
  return STAFF_SECTIONS.filter((section) => !COORDINATOR_ONLY.has(section.key));
}

export function sectionPath(coalitionId: string, section: Section): string {
  return section.path ? `/c/${coalitionId}/${section.path}` : `/c/${coalitionId}`;
}

/** Where a role lands when it opens a coalition. */
export function coalitionStartPath(coalitionId: string, role: Role): string {
  return sectionPath(coalitionId, sectionsFor(role)[0]);
}

/**
 * The same page in another coalition: `/c/a/people/123` → `/c/b/people`. Only the section is
 * kept, since a record of one coalition does not exist in another.
 */
export function switchCoalitionPath(pathname: string, coalitionId: string): string {
  const [, , , sectionSegment] = pathname.split('/');
  return sectionSegment ? `/c/${coalitionId}/${sectionSegment}` : `/c/${coalitionId}`;
}
