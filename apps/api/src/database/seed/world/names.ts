/** Vocabulary for generated people and texts. Every person in the demo world is fictional. */

export const FIRST_NAMES: readonly string[] = (
  'Anna Annelies Anouk Bart Bas Bo Bram Charlotte Dewi Dirk Emma Erik Esther Fatima Floor ' +
  'Frank Gerrit Gijs Hanna Hans Hendrik Ilse Ingrid Iris Jan Jasper Jeroen Johan Joost Julia ' +
  'Karin Kees Kim Koen Laura Lars Linda Luuk Maarten Marco Martijn Mila Milan Mohamed ' +
  'Monique Nadia Niels Noor Olaf Paul Petra Priya Rik Rob Robin Roos Ruben Sander Sandra ' +
  'Saskia Sem Sophie Stefan Thijs Tim Tom Vera Wim Wouter Yasmin Youssef Zeynep'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'de Jong, Jansen, van den Berg, van Dijk, Janssen, Smit, Meijer, de Boer, Mulder, Bos, ' +
  'Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, de Graaf, ' +
  'van der Meer, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, ' +
  'van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, ' +
  'van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, ' +
  'Huisman, Peeters, de Lange, Kuipers, Postma, Bouwman, Yilmaz, El Idrissi, Kaya, Bennani, ' +
  'Ramdin, Tjon, Nguyen, Wijnands, Zwart, Timmermans, Groen, Kramer'
).split(', ');

/** Lower-case ASCII local part of an e-mail address: "Ahmed El Amrani" → "ahmed.elamrani". */
export function emailLocalPart(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const [first, ...rest] = ascii.split(/\s+/);
  return [first, rest.join('')]
    .filter(Boolean)
    .join('.')
    .replace(/[^a-z.]/g, '');
}

export type Layer = 'board' | 'management' | 'operational';

/** Job titles by kind of organisation and layer; `{d}` is a discipline of the coalition. */
export const ROLES: Record<string, Record<Layer, readonly string[]>> = {
  mbo: {
    board: ['Lid College van Bestuur'],
    management: ['Directeur {d}', 'Teamleider {d}', 'Onderwijsmanager {d}'],
    operational: ['Docent {d}', 'Stagecoördinator', 'Praktijkopleider {d}', 'Loopbaanadviseur'],
  },
  hbo: {
    board: ['Lid College van Bestuur'],
    management: ['Opleidingsmanager {d}', 'Academiedirecteur'],
    operational: ['Lector {d}', 'Docent-onderzoeker {d}', 'Coördinator werkplekleren'],
  },
  wo: {
    board: ['Decaan'],
    management: ['Hoogleraar {d}', 'Programmamanager valorisatie'],
    operational: ['Beleidsmedewerker onderwijs', 'Onderzoeker {d}'],
  },
  vo: {
    board: ['Rector'],
    management: ['Teamleider bovenbouw'],
    operational: ['Decaan', 'Docent natuurkunde'],
  },
  municipality: {
    board: ['Wethouder economie en onderwijs'],
    management: ['Programmamanager arbeidsmarkt', 'Afdelingshoofd economie'],
    operational: ['Beleidsadviseur onderwijs en arbeidsmarkt', 'Accountmanager werkgevers'],
  },
  province: {
    board: ['Gedeputeerde economie'],
    management: ['Programmaleider human capital'],
    operational: ['Beleidsadviseur arbeidsmarkt', 'Subsidieadviseur'],
  },
  sector_body: {
    board: ['Directeur'],
    management: ['Regiomanager'],
    operational: ['Adviseur onderwijs en arbeidsmarkt', 'Projectadviseur'],
  },
  foundation: {
    board: ['Directeur'],
    management: ['Programmamanager talent'],
    operational: ['Communitymanager', 'Projectcoördinator'],
  },
  company: {
    board: ['Algemeen directeur', 'Directeur-eigenaar'],
    management: ['HR-manager', 'Bedrijfsleider', 'Manager operations', 'Hoofd technische dienst'],
    operational: ['Praktijkopleider', 'Leermeester', 'Werkvoorbereider', 'Recruiter'],
  },
  other: {
    board: ['Directeur'],
    management: ['Programmamanager'],
    operational: ['Adviseur', 'Projectmedewerker'],
  },
};

/** Summaries per kind of interaction; `{org}` is the first organisation, `{topic}` a theme. */
export const SUMMARIES: Record<string, readonly string[]> = {
  meeting: [
    'Overleg met {org} over stageplaatsen voor volgend schooljaar',
    'Voortgangsgesprek samenwerking met {org}',
    'Afstemming met {org} over inzet gastdocenten',
    'Gesprek met {org} over {topic}',
    'Jaargesprek met {org}: wat leverde de samenwerking op?',
  ],
  site_visit: [
    'Bedrijfsbezoek bij {org} met tweedejaars studenten',
    'Rondleiding bij {org} voor docenten',
    'Werkplekbezoek bij {org}: begeleiding stagiairs',
  ],
  workshop: [
    'Workshop {topic} met {org}',
    'Curriculumsessie {topic}: praktijkopdrachten met {org}',
    'Co-creatiesessie met {org} over {topic}',
  ],
  event: [
    'Netwerkbijeenkomst {coalition}',
    'Techniekdag met {org}',
    'Open dag: {org} presenteert zich aan studenten',
  ],
  call: [
    'Telefonisch overleg met {org} over stagiairs',
    'Belafspraak met {org} over {topic}',
    'Kort telefoontje met {org} over de planning',
  ],
  email: [
    'Mail aan {org}: verslag en vervolgafspraken',
    'Mail van {org} met vragen over {topic}',
    'Uitnodiging aan {org} voor de volgende bijeenkomst',
  ],
  message: ['Bericht van {org} over een nieuwe stagiair', 'Bericht aan {org}: planning gastles'],
  other: ['Contact met {org}'],
};

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
