import type { ImportFormat } from '@regiokracht/shared';
import { textProblem } from '../../../common/http/hostile-text';

/** A file that cannot be imported at all; the message tells the coordinator what to do instead. */
export class ImportFileError extends Error {}

export interface SheetRow {
  /** Row number as a spreadsheet shows it: the first line of the file is row 1. */
  row: number;
  cells: string[];
}

/** The first sheet of a workbook, or a CSV file, as text cells. */
export interface Sheet {
  format: ImportFormat;
  /** The CSV delimiter; null for XLSX. */
  delimiter: string | null;
  headers: string[];
  /** Data rows; rows without any value are left out (their numbers stay skipped). */
  rows: SheetRow[];
}

export const MAX_COLUMNS = 200;

/**
 * Line breaks inside a cell as `\n`: Excel writes Alt+Enter as LF in a workbook but CR LF in a
 * CSV, and the same text should import the same either way.
 */
export function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const MAX_HEADER_LENGTH = 200;

/**
 * The first row with a value is the header. Blank headers get a name and repeated headers a
 * suffix, so every column can be mapped by its header.
 */
export function toSheet(
  format: ImportFormat,
  delimiter: string | null,
  records: SheetRow[],
  maxRows: number,
): Sheet {
  const nonEmpty = records.filter((r) => r.cells.some((cell) => cell !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new ImportFileError('The file is empty: it has no header row and no data');
  rejectHostileCells(nonEmpty);
  const width = lastNonEmpty(header.cells) + 1;
  if (width > MAX_COLUMNS) {
    throw new ImportFileError(
      `The header row has ${width} columns; at most ${MAX_COLUMNS} can be imported`,
    );
  }
  const seen = new Map<string, number>();
  const headers = header.cells.slice(0, width).map((raw, i) => {
    if (raw.length > MAX_HEADER_LENGTH) {
      throw new ImportFileError(
        `Row ${header.row} should hold the column names, but column ${i + 1} is ${raw.length} characters long. Is this the right file?`,
      );
    }
    const base = raw === '' ? `Column ${i + 1}` : raw;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
  if (rows.length === 0) {
    throw new ImportFileError('The file has a header row but no data rows below it');
  }
  if (rows.length > maxRows) {
    throw new ImportFileError(
      `The file has ${rows.length} data rows; import at most ${maxRows} at a time (split the file)`,
    );
  }
  return { format, delimiter, headers, rows };
}

/**
 * The edge rule for text (common/http/hostile-text.ts) applied to cells: a workbook's strings can
 * hold a NUL or a lone surrogate, which would fail the stored rows' jsonb (a 500) or silently
 * change the text, so the file is refused naming the first such cell.
 */
function rejectHostileCells(records: SheetRow[]): void {
  for (const record of records) {
    record.cells.forEach((cell, i) => {
      const problem = textProblem(cell);
      if (problem)
        throw new ImportFileError(`Row ${record.row}, column ${i + 1}: the cell ${problem}`);
    });
  }
}

function lastNonEmpty(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if (cells[i] !== '') return i;
  return -1;
}
