/**
 * The stories of the research that the demo world tells in Techniek College Rotterdam. Tests and
 * the UI demo assert on these names, so they are defined once, here.
 */
export const DEMO_STORY = {
  coalition: 'Techniek College Rotterdam',
  /** A key teacher who retires in two months and carries three relationships alone. */
  retiringTeacher: {
    name: 'Henk Smits',
    email: 'henk.smits@albeda.example',
    organisation: 'Albeda',
    role: 'Docent installatietechniek',
    leavingInDays: 60,
    /** The organisations whose relationship he owns: exactly these three. */
    organisations: [
      'Van der Linden Installatietechniek',
      'Koudijs Klimaattechniek',
      'Maasvlakte Havenservice',
    ],
  },
  /** Partners that pledged big and then drifted away, with the health they must come out at. */
  driftingPartners: [
    { name: 'Botlek Procesonderhoud', health: 'dormant' },
    { name: 'Europoort Tankopslag', health: 'cooling' },
    { name: 'Waalhaven Scheepstechniek', health: 'dormant' },
  ],
  /** A company that only takes: interns, hires and subsidy, hardly any contribution. */
  taker: 'Pernis Energie & Utilities',
  /** The company of the partner demo login (Mark Visser): a busy, healthy partner. */
  partnerCompany: 'Rijnmond Installatiegroep',
  /** Engaged partners, so the dashboard shows a spread. */
  healthyPartners: [
    'Rijnmond Installatiegroep',
    'Delfshaven Elektrotechniek',
    'Nieuwe Maas Scheepsreparatie',
  ],
  /** Initiatives in `pilot` for well over a year. */
  stuckInitiatives: ['Warmtepomp-leerwerkplaats', 'Digitale tweeling haveninstallaties'],
  /** Former staff member (status `left`) whose open action items stayed behind. */
  departedOwner: 'Peter de Groot',
  /** Open action items with no owner at all. */
  unownedActionItems: [
    'Convenant TCR 2027 laten tekenen door Deltalinqs',
    'Nieuwe contactpersoon zoeken bij Botlek Procesonderhoud',
    'Terugkoppeling RIF-tussenrapportage aan partners',
    'Gastlessenrooster voorjaar vullen',
    'Uitnodigingen netwerkbijeenkomst versturen',
  ],
} as const;
