import {
  IMPORT_REQUIRED_FIELDS,
  type ImportEntity,
  type ImportFormat,
  type ImportMapping,
  type ImportProblem,
} from '@regiokracht/shared';
import { invalidField } from '../../../common/errors/conflict';
import type { SheetRow } from '../parsers/sheet';
import { type CellValue, parseCell } from './cell-values';
import { fieldSpec, fieldSpecs } from './import-fields';

/** One data row: its cells by field, as text and as typed values, and what is wrong with it. */
export interface RowInput {
  row: number;
  /** Non-empty mapped cells as text. */
  text: Record<string, string>;
  /** The same cells as values; a cell with a problem is left out. */
  values: Record<string, CellValue>;
  problems: ImportProblem[];
}

export interface ReadRows {
  inputs: RowInput[];
  fileProblems: ImportProblem[];
  /** Reports a problem of a row in the terms of the file (its column header). */
  problem(row: number, field: string, message: string): ImportProblem;
}

/**
 * A mapping may name only columns of the file and fields of the entity, each field once; a
 * required field without a column is a problem of the file (shown in the preview), not a 400.
 */
export function checkMapping(
  entity: ImportEntity,
  headers: readonly string[],
  mapping: ImportMapping,
): void {
  const known = new Set(headers);
  const used = new Map<string, string>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!known.has(column)) {
      throw invalidField('mapping', `the file has no column "${column}"`);
    }
    if (field === null) continue;
    if (typeof field !== 'string' || !fieldSpec(entity, field)) {
      throw invalidField(
        'mapping',
        `"${String(field)}" (column "${column}") is not a field of ${entity}; use one of ${fieldSpecs(
          entity,
        )
          .map((s) => s.field)
          .join(', ')}`,
      );
    }
    const other = used.get(field);
    if (other !== undefined) {
      throw invalidField(
        'mapping',
        `columns "${other}" and "${column}" are both mapped to ${field}; map each field once`,
      );
    }
    used.set(field, column);
  }
}

export function readRows(
  entity: ImportEntity,
  format: ImportFormat,
  headers: readonly string[],
  rows: readonly SheetRow[],
  mapping: ImportMapping,
): ReadRows {
  const columns: { index: number; field: string }[] = [];
  const headerOf = new Map<string, string>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (field) {
      columns.push({ index, field });
      headerOf.set(field, header);
    }
  });
  const problem = (row: number, field: string, message: string): ImportProblem => ({
    row,
    column: headerOf.get(field) ?? field,
    field,
    message,
  });
  const fileProblems = IMPORT_REQUIRED_FIELDS[entity]
    .filter((field) => !headerOf.has(field))
    .map((field): ImportProblem => ({
      row: null,
      column: field,
      field,
      message: `No column is mapped to the required field "${field}"; map the column that holds it`,
    }));
  const inputs = rows.map(({ row, cells }) => {
    const input: RowInput = { row, text: {}, values: {}, problems: [] };
    for (const { index, field } of columns) {
      const text = cells[index] ?? '';
      if (text === '') continue;
      input.text[field] = text;
      const parsed = parseCell(fieldSpec(entity, field)!, text, format);
      if (parsed.ok) input.values[field] = parsed.value;
      else input.problems.push(problem(row, field, parsed.message));
    }
    const extra = cells.findIndex((cell, i) => i >= headers.length && cell !== '');
    if (extra !== -1) {
      input.problems.push({
        row,
        column: `Column ${extra + 1}`,
        field: null,
        message: `has a value in column ${extra + 1}, but the header has only ${headers.length} columns (a delimiter too many in this row?)`,
      });
    }
    return input;
  });
  return { inputs, fileProblems, problem };
}
