import type { ExportLocale } from '@regiokracht/shared';

/**
 * Words for the codes in the accountability report, which people read (a funder, a board); the
 * data exports keep the codes, so they import again.
 */
const LABELS = {
  organisationKind: {
    mbo: ['MBO', 'mbo'],
    hbo: ['HBO', 'hbo'],
    wo: ['University', 'wo'],
    vo: ['Secondary school', 'vo'],
    company: ['Company', 'Bedrijf'],
    municipality: ['Municipality', 'Gemeente'],
    province: ['Province', 'Provincie'],
    sector_body: ['Sector body', 'Brancheorganisatie'],
    foundation: ['Foundation', 'Stichting'],
    other: ['Other', 'Overig'],
  },
  sizeClass: {
    micro: ['Micro', 'Micro'],
    small: ['Small', 'Klein'],
    medium: ['Medium', 'Middelgroot'],
    large: ['Large', 'Groot'],
  },
  commitmentKind: {
    internships: ['Internships', 'Stageplaatsen'],
    guest_lectures: ['Guest lectures', 'Gastlessen'],
    equipment: ['Equipment', 'Apparatuur'],
    staff_hours: ['Staff hours', 'Uren van medewerkers'],
    funding: ['Funding', 'Financiering'],
    facilities: ['Facilities', 'Faciliteiten'],
    curriculum: ['Curriculum', 'Curriculum'],
    other: ['Other', 'Overig'],
  },
  commitmentStatus: {
    proposed: ['Proposed', 'Voorgesteld'],
    pledged: ['Pledged', 'Toegezegd'],
    active: ['Active', 'Lopend'],
    fulfilled: ['Fulfilled', 'Nagekomen'],
    lapsed: ['Lapsed', 'Verlopen'],
    withdrawn: ['Withdrawn', 'Ingetrokken'],
  },
  unit: {
    places: ['places', 'plaatsen'],
    hours: ['hours', 'uren'],
    sessions: ['sessions', 'sessies'],
    items: ['items', 'stuks'],
    eur: ['euros', 'euro'],
  },
} as const satisfies Record<string, Record<string, readonly [string, string]>>;

export function label(group: keyof typeof LABELS, code: string, locale: ExportLocale): string {
  const pair = (LABELS[group] as Record<string, readonly [string, string]>)[code];
  if (!pair) return code;
  return locale === 'nl' ? pair[1] : pair[0];
}
