import type {
  ImportEntity,
  ImportFormat,
  ImportJobDto,
  ImportMapping,
  ImportResultDto,
  ImportStatus,
} from '@regiokracht/shared';

export interface ImportJobRow {
  id: string;
  entity: ImportEntity;
  file_name: string;
  format: ImportFormat;
  delimiter: string | null;
  columns: string[] | string;
  /** Each as [row number, ...cells]. */
  sample: [number, ...string[]][] | string | null;
  suggested_mapping: ImportMapping | string;
  mapping: ImportMapping | string | null;
  row_count: number;
  status: ImportStatus;
  result: (ImportResultDto & Record<string, unknown>) | string | null;
  created_at: Date | string;
  expires_at: Date | string;
}

/** The first rows of an import, to help choose the mapping. */
export const SAMPLE_ROWS = 3;

/** Everything but the rows themselves (only a sample), which only preview and commit read. */
export const IMPORT_JOB_COLUMNS = `id::text AS id, entity, file_name, format, delimiter, columns,
  jsonb_path_query_array(coalesce(rows, '[]'::jsonb), '$[0 to ${SAMPLE_ROWS - 1}]') AS sample,
  suggested_mapping, mapping, row_count, status, result, created_at, expires_at`;

export const IMPORT_JOB_SELECT = `SELECT ${IMPORT_JOB_COLUMNS} FROM import_job`;

/** jsonb arrives parsed from pg; accept text as well, as the drivers differ in places. */
export function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

export function toImportJobDto(row: ImportJobRow): ImportJobDto {
  const result = row.result === null ? null : json(row.result);
  return {
    id: row.id,
    entity: row.entity,
    fileName: row.file_name,
    format: row.format,
    delimiter: row.delimiter,
    columns: json(row.columns),
    sample: (row.sample === null ? [] : json(row.sample)).map(([, ...cells]) => cells),
    suggestedMapping: json(row.suggested_mapping),
    mapping: row.mapping === null ? null : json(row.mapping),
    rows: row.row_count,
    status: row.status,
    result:
      result === null
        ? null
        : {
            entity: result.entity,
            rows: result.rows,
            created: result.created,
            updated: result.updated,
            skipped: result.skipped,
            durationMs: result.durationMs,
          },
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}
