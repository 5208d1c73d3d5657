import {
  IMPORT_FIELDS,
  INTERACTION_INITIATORS,
  INTERACTION_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  PERSON_LAYERS,
  PERSON_STATUSES,
  SIZE_CLASSES,
  type ImportEntity,
} from '@regiokracht/shared';

export type FieldKind = 'text' | 'enum' | 'date' | 'instant' | 'boolean' | 'email' | 'url' | 'list';

export interface FieldSpec {
  field: string;
  kind: FieldKind;
  /** Longest text accepted (the API's own limits). */
  max?: number;
  /** enum: the codes, and what people write instead (normalised, see `normaliseKey`). */
  values?: readonly string[];
  synonyms?: Readonly<Record<string, string>>;
  /** Column header in exports; an export re-imports with the suggested mapping. */
  header: { en: string; nl: string };
  /** Other headers (normalised) that mean this field. */
  aliases: readonly string[];
}

/** Lowercase, accents off, only letters and digits: "E-mail adres" → "emailadres". */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const EXTERNAL_ID: FieldSpec = {
  field: 'externalId',
  kind: 'text',
  max: 200,
  header: { en: 'External id', nl: 'Extern ID' },
  aliases: ['externalid', 'externid', 'externeid', 'id', 'code', 'key', 'sleutel', 'relatienummer'],
};

const ORGANISATION_KIND_SYNONYMS = {
  bedrijf: 'company',
  onderneming: 'company',
  werkgever: 'company',
  gemeente: 'municipality',
  provincie: 'province',
  brancheorganisatie: 'sector_body',
  branchevereniging: 'sector_body',
  sectororganisatie: 'sector_body',
  stichting: 'foundation',
  universiteit: 'wo',
  hogeschool: 'hbo',
  roc: 'mbo',
  mboinstelling: 'mbo',
  voortgezetonderwijs: 'vo',
  middelbareschool: 'vo',
  overig: 'other',
  anders: 'other',
};

const FIELDS: Record<ImportEntity, FieldSpec[]> = {
  organisations: [
    EXTERNAL_ID,
    {
      field: 'name',
      kind: 'text',
      max: 200,
      header: { en: 'Name', nl: 'Naam' },
      aliases: [
        'organisation',
        'organisatie',
        'organisationname',
        'organisatienaam',
        'bedrijfsnaam',
        'company',
      ],
    },
    {
      field: 'kind',
      kind: 'enum',
      values: ORGANISATION_KINDS,
      synonyms: ORGANISATION_KIND_SYNONYMS,
      header: { en: 'Kind', nl: 'Soort' },
      aliases: [
        'type',
        'soortorganisatie',
        'typeorganisatie',
        'organisationkind',
        'categorie',
        'category',
      ],
    },
    {
      field: 'sizeClass',
      kind: 'enum',
      values: SIZE_CLASSES,
      synonyms: { klein: 'small', middel: 'medium', middelgroot: 'medium', groot: 'large' },
      header: { en: 'Size class', nl: 'Grootte' },
      aliases: ['size', 'omvang', 'grootteklasse', 'bedrijfsgrootte'],
    },
    {
      field: 'sector',
      kind: 'text',
      max: 200,
      header: { en: 'Sector', nl: 'Sector' },
      aliases: ['branche', 'industry'],
    },
    {
      field: 'city',
      kind: 'text',
      max: 200,
      header: { en: 'City', nl: 'Plaats' },
      aliases: ['stad', 'vestigingsplaats', 'town'],
    },
    {
      field: 'website',
      kind: 'url',
      max: 500,
      header: { en: 'Website', nl: 'Website' },
      aliases: ['web', 'url', 'site', 'internet'],
    },
    {
      field: 'status',
      kind: 'enum',
      values: ORGANISATION_STATUSES,
      synonyms: {
        actief: 'active',
        gepauzeerd: 'paused',
        pauze: 'paused',
        vertrokken: 'left',
        gestopt: 'left',
      },
      header: { en: 'Status', nl: 'Status' },
      aliases: [],
    },
    {
      field: 'joinedOn',
      kind: 'date',
      header: { en: 'Joined on', nl: 'Lid sinds' },
      aliases: ['joined', 'aangesloten', 'aangeslotenop', 'lidvanaf', 'deelnamesinds'],
    },
    {
      field: 'leftOn',
      kind: 'date',
      header: { en: 'Left on', nl: 'Vertrokken op' },
      aliases: ['left', 'vertrokken', 'uitgetreden', 'uitgetredenop'],
    },
    {
      field: 'interests',
      kind: 'text',
      max: 5000,
      header: { en: 'Interests', nl: 'Belangen' },
      aliases: ['belang', 'interesse', 'whatsinitforus', 'watlevertonsop'],
    },
  ],
  people: [
    EXTERNAL_ID,
    {
      field: 'name',
      kind: 'text',
      max: 200,
      header: { en: 'Name', nl: 'Naam' },
      aliases: ['fullname', 'volledigenaam', 'contactpersoon', 'person', 'persoon'],
    },
    {
      field: 'email',
      kind: 'email',
      max: 320,
      header: { en: 'Email', nl: 'E-mail' },
      aliases: ['emailadres', 'emailaddress', 'mail', 'mailadres'],
    },
    {
      field: 'phone',
      kind: 'text',
      max: 50,
      header: { en: 'Phone', nl: 'Telefoon' },
      aliases: ['telefoonnummer', 'tel', 'mobiel', 'mobile', 'phonenumber'],
    },
    {
      field: 'organisation',
      kind: 'text',
      max: 200,
      header: { en: 'Organisation', nl: 'Organisatie' },
      aliases: [
        'organisationname',
        'organisatienaam',
        'bedrijf',
        'company',
        'werkgever',
        'employer',
      ],
    },
    {
      field: 'organisationExternalId',
      kind: 'text',
      max: 200,
      header: { en: 'Organisation external id', nl: 'Organisatie extern ID' },
      aliases: ['organisationid', 'organisatieid', 'organisatieexterneid'],
    },
    {
      field: 'role',
      kind: 'text',
      max: 200,
      header: { en: 'Role', nl: 'Functie' },
      aliases: ['rol', 'jobtitle', 'functietitel', 'title'],
    },
    {
      field: 'layer',
      kind: 'enum',
      values: PERSON_LAYERS,
      synonyms: {
        bestuur: 'board',
        bestuurlijk: 'board',
        strategisch: 'board',
        tactisch: 'management',
        middenmanagement: 'management',
        operationeel: 'operational',
        uitvoerend: 'operational',
      },
      header: { en: 'Layer', nl: 'Laag' },
      aliases: ['niveau', 'level'],
    },
    {
      field: 'isKeyContact',
      kind: 'boolean',
      header: { en: 'Key contact', nl: 'Sleutelcontact' },
      aliases: ['iskeycontact', 'sleutelpersoon', 'keyperson'],
    },
    {
      field: 'status',
      kind: 'enum',
      values: PERSON_STATUSES,
      synonyms: {
        actief: 'active',
        vertrekkend: 'leaving',
        vertrekt: 'leaving',
        vertrokken: 'left',
        uitdienst: 'left',
      },
      header: { en: 'Status', nl: 'Status' },
      aliases: [],
    },
    {
      field: 'leavingOn',
      kind: 'date',
      header: { en: 'Leaving on', nl: 'Vertrekt op' },
      aliases: ['leaving', 'vertrekdatum'],
    },
    {
      field: 'leftOn',
      kind: 'date',
      header: { en: 'Left on', nl: 'Vertrokken op' },
      aliases: ['left', 'vertrokken', 'uitdienstop'],
    },
    {
      field: 'notes',
      kind: 'text',
      max: 10000,
      header: { en: 'Notes', nl: 'Notities' },
      aliases: ['note', 'notitie', 'opmerkingen', 'opmerking', 'toelichting'],
    },
  ],
  interactions: [
    EXTERNAL_ID,
    {
      field: 'occurredAt',
      kind: 'instant',
      header: { en: 'Occurred at', nl: 'Datum' },
      aliases: ['date', 'datumtijd', 'datetime', 'wanneer', 'when', 'tijdstip', 'plaatsgevondenop'],
    },
    {
      field: 'kind',
      kind: 'enum',
      values: INTERACTION_KINDS,
      synonyms: {
        overleg: 'meeting',
        afspraak: 'meeting',
        vergadering: 'meeting',
        gesprek: 'meeting',
        bedrijfsbezoek: 'site_visit',
        werkbezoek: 'site_visit',
        bezoek: 'site_visit',
        evenement: 'event',
        bijeenkomst: 'event',
        telefoon: 'call',
        telefoongesprek: 'call',
        bellen: 'call',
        mail: 'email',
        bericht: 'message',
        whatsapp: 'message',
        app: 'message',
        overig: 'other',
        anders: 'other',
      },
      header: { en: 'Kind', nl: 'Soort' },
      aliases: ['type', 'soortcontact', 'contacttype'],
    },
    {
      field: 'initiatedBy',
      kind: 'enum',
      values: INTERACTION_INITIATORS,
      synonyms: { coalitie: 'coalition', wij: 'coalition', we: 'coalition' },
      header: { en: 'Initiated by', nl: 'Initiatief van' },
      aliases: ['initiative', 'initiatief', 'geinitieerddoor', 'initiator'],
    },
    {
      field: 'summary',
      kind: 'text',
      max: 10000,
      header: { en: 'Summary', nl: 'Samenvatting' },
      aliases: [
        'omschrijving',
        'beschrijving',
        'verslag',
        'description',
        'notes',
        'notities',
        'onderwerp',
        'subject',
      ],
    },
    {
      field: 'organisations',
      kind: 'list',
      max: 200,
      header: { en: 'Organisations', nl: 'Organisaties' },
      aliases: ['organisation', 'organisatie', 'bedrijf', 'bedrijven', 'partner', 'partners'],
    },
    {
      field: 'organisationExternalIds',
      kind: 'list',
      max: 200,
      header: { en: 'Organisation external ids', nl: 'Organisaties extern ID' },
      aliases: [
        'organisationexternalid',
        'organisatieexternid',
        'organisatieids',
        'organisationids',
      ],
    },
    {
      field: 'participants',
      kind: 'list',
      max: 320,
      header: { en: 'Participants', nl: 'Deelnemers' },
      aliases: ['participant', 'deelnemer', 'aanwezigen', 'personen', 'people', 'contactpersonen'],
    },
    {
      field: 'participantExternalIds',
      kind: 'list',
      max: 200,
      header: { en: 'Participant external ids', nl: 'Deelnemers extern ID' },
      aliases: [
        'participantexternalid',
        'deelnemerexternid',
        'deelnemersexternid',
        'participantids',
      ],
    },
  ],
};

// The field lists here and in the shared contract must not drift apart.
for (const entity of Object.keys(FIELDS) as ImportEntity[]) {
  const here = FIELDS[entity].map((f) => f.field).join(',');
  if (here !== (IMPORT_FIELDS[entity] as readonly string[]).join(','))
    throw new Error(`Import fields of ${entity} differ from IMPORT_FIELDS`);
}

export function fieldSpecs(entity: ImportEntity): readonly FieldSpec[] {
  return FIELDS[entity];
}

export function fieldSpec(entity: ImportEntity, field: string): FieldSpec | undefined {
  return FIELDS[entity].find((spec) => spec.field === field);
}

/** Every header that names the field: its own name, its export headers, its aliases. */
function headerKeys(spec: FieldSpec): Set<string> {
  return new Set([spec.field, spec.header.en, spec.header.nl, ...spec.aliases].map(normaliseKey));
}

const HEADER_KEYS = new Map<ImportEntity, Map<string, Set<string>>>(
  (Object.keys(FIELDS) as ImportEntity[]).map((entity) => [
    entity,
    new Map(FIELDS[entity].map((spec) => [spec.field, headerKeys(spec)])),
  ]),
);

/**
 * A field per column where a header names one; each field at most once (the first column that
 * names it wins), the other columns are left unmapped.
 */
export function suggestMapping(
  entity: ImportEntity,
  headers: readonly string[],
): Record<string, string | null> {
  const keys = HEADER_KEYS.get(entity)!;
  const taken = new Set<string>();
  const mapping: Record<string, string | null> = {};
  for (const header of headers) {
    const key = normaliseKey(header);
    let match: string | null = null;
    for (const [field, names] of keys) {
      if (!taken.has(field) && names.has(key)) {
        match = field;
        break;
      }
    }
    if (match) taken.add(match);
    mapping[header] = match;
  }
  return mapping;
}
