/**
 * Imports from CSV/XLSX (as coordinators keep their lists in Excel) and exports to CSV/XLSX.
 * An import is three steps: upload (parse and store the rows), preview (a dry run that writes
 * nothing) and commit (all rows in one transaction, audited as one import).
 */

export const IMPORT_ENTITIES = ['organisations', 'people', 'interactions'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** The fields a column can be mapped to, per entity, in the order a mapping table lists them. */
export const IMPORT_FIELDS = {
  organisations: [
    'externalId',
    'name',
    'kind',
    'sizeClass',
    'sector',
    'city',
    'website',
    'status',
    'joinedOn',
    'leftOn',
    'interests',
  ],
  people: [
    'externalId',
    'name',
    'email',
    'phone',
    'organisation',
    'organisationExternalId',
    'role',
    'layer',
    'isKeyContact',
    'status',
    'leavingOn',
    'leftOn',
    'notes',
  ],
  interactions: [
    'externalId',
    'occurredAt',
    'kind',
    'initiatedBy',
    'summary',
    'organisations',
    'organisationExternalIds',
    'participants',
    'participantExternalIds',
  ],
} as const satisfies Record<ImportEntity, readonly string[]>;

export type ImportField<E extends ImportEntity = ImportEntity> = (typeof IMPORT_FIELDS)[E][number];

/**
 * Fields a file must map. Organisations also need a kind and interactions an organisation, but per
 * row: a row that updates an existing record may leave them out.
 */
export const IMPORT_REQUIRED_FIELDS: Record<ImportEntity, readonly string[]> = {
  organisations: ['name'],
  people: ['name'],
  interactions: ['occurredAt', 'kind'],
};

/** Column header → field, or null to ignore the column. */
export type ImportMapping = Record<string, string | null>;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['uploaded', 'committed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Limits the API enforces (and the web checks before uploading). */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;

export interface ImportResultDto {
  entity: ImportEntity;
  /** Data rows in the file. */
  rows: number;
  created: number;
  updated: number;
  /** Rows that were empty or would change nothing. */
  skipped: number;
  /** Milliseconds the commit took on the server. */
  durationMs: number;
}

export interface ImportJobDto {
  id: string;
  entity: ImportEntity;
  fileName: string;
  format: ImportFormat;
  /** The CSV delimiter that was detected; null for XLSX. */
  delimiter: string | null;
  /** Column headers as found in the file (made unique: a repeated header gets " (2)"). */
  columns: string[];
  /** The first data rows (cells in column order), to help choose the mapping; empty once committed. */
  sample: string[][];
  /** Mapping guessed from the headers (Dutch and English names are recognised). */
  suggestedMapping: ImportMapping;
  /** Mapping of the last preview; null before the first preview. */
  mapping: ImportMapping | null;
  /** Number of data rows. */
  rows: number;
  status: ImportStatus;
  /** Set once committed. */
  result: ImportResultDto | null;
  createdAt: string;
  /** An import that is not committed by then is removed. */
  expiresAt: string;
}

export interface ImportProblem {
  /** Row number as a spreadsheet shows it (the header is row 1); null for a problem of the file. */
  row: number | null;
  /** Column header in the file, or the field name when no column is mapped to it. */
  column: string;
  /** The field the column is mapped to. */
  field: string | null;
  message: string;
}

export const IMPORT_ROW_ACTIONS = ['create', 'update', 'skip'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

export interface ImportPreviewRow {
  row: number;
  /** `skip`: empty, unchanged, or in error (then `problems` says why). */
  action: ImportRowAction;
  /** Id of the existing record an `update` (or unchanged `skip`) matched. */
  matchId: string | null;
  /** How the row was matched: `externalId`, `email`, `name` or `natural` (interactions). */
  matchedBy: string | null;
  /** Fields that an `update` changes. */
  changes: string[];
  problems: ImportProblem[];
  /** The mapped cells, as text. */
  values: Record<string, string>;
}

export interface ImportPreviewSummary {
  rows: number;
  create: number;
  update: number;
  skip: number;
  /** Problems in all, those of the file included; commit is refused while there are any. */
  errors: number;
  /** Rows that have at least one problem. */
  rowsWithErrors: number;
}

export interface ImportPreviewDto {
  mapping: ImportMapping;
  /** Problems of the file as a whole, e.g. a required field no column is mapped to. */
  fileProblems: ImportProblem[];
  rows: ImportPreviewRow[];
  summary: ImportPreviewSummary;
}

export interface ImportMappingRequest {
  mapping?: ImportMapping;
}

export const EXPORT_DATASETS = [
  'organisations',
  'people',
  'interactions',
  'commitments',
  'contributions',
  'accountability',
] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * `nl`: `;` delimiter, decimal comma, dates `31-12-2025`, times in Dutch local time; `en`: `,`,
 * decimal point, ISO dates and UTC instants. Both CSVs start with a UTF-8 BOM so Excel reads them
 * as UTF-8.
 */
export const EXPORT_LOCALES = ['nl', 'en'] as const;
export type ExportLocale = (typeof EXPORT_LOCALES)[number];
