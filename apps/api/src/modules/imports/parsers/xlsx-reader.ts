import ExcelJS from 'exceljs';
import {
  ImportFileError,
  MAX_COLUMNS,
  normaliseLineBreaks,
  type Sheet,
  type SheetRow,
  toSheet,
} from './sheet';

/** What the workbook may unpack to: a 10 MB upload must not become gigabytes in memory. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5_000;

const NOT_A_WORKBOOK =
  'The file could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again as "Excel Workbook (*.xlsx)" or as "CSV UTF-8".';

/**
 * Reads the first worksheet that holds data. Cells become text: dates as `YYYY-MM-DD` (or
 * `YYYY-MM-DD HH:mm:ss`, Dutch local time, as Excel has no time zones), numbers as written,
 * formulas as their cached result.
 */
export async function readXlsx(buffer: Buffer, maxRows: number): Promise<Sheet> {
  checkZip(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(NOT_A_WORKBOOK);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportFileError('The workbook has no sheet with data');
  if (sheet.rowCount > maxRows + 100) {
    throw new ImportFileError(
      `The sheet "${sheet.name}" has ${sheet.rowCount} rows; import at most ${maxRows} at a time (split the file)`,
    );
  }
  const records: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1, MAX_COLUMNS + 2);
    records.push({
      row: rowNumber,
      cells: Array.from(values, (v) => normaliseLineBreaks(cellText(v).trim())),
    });
  });
  return toSheet('xlsx', null, records, maxRows);
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return String(value.text);
  // An error cell (#N/A, #REF!) holds no value to import.
  return '';
}

/** exceljs hands a date cell over as the UTC instant whose fields are the cell's wall-clock time. */
function wallClockText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) {
    return iso.slice(0, 10);
  }
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/**
 * Sums the unpacked sizes in the ZIP's central directory before anything is unpacked. A forged
 * directory can still lie, but then the unpacked data does not match it and the parser fails.
 */
function checkZip(buffer: Buffer): void {
  const end = findEndOfCentralDirectory(buffer);
  if (end === -1) throw new ImportFileError(NOT_A_WORKBOOK);
  const entries = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (entries > MAX_ZIP_ENTRIES) throw new ImportFileError(NOT_A_WORKBOOK);
  let unpacked = 0;
  for (let i = 0; i < entries; i += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new ImportFileError(NOT_A_WORKBOOK);
    }
    const size = buffer.readUInt32LE(offset + 24);
    // 0xffffffff: a ZIP64 entry of 4 GB or more, which no sheet of this size needs.
    if (size === 0xffffffff) throw new ImportFileError(NOT_A_WORKBOOK);
    unpacked += size;
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportFileError(
      'The workbook unpacks to more than 200 MB; import a smaller file or save the sheet as CSV UTF-8',
    );
  }
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let i = buffer.length - 22; i >= earliest; i -= 1) {
    if (buffer.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
