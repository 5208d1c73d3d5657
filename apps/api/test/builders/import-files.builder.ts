import ExcelJS from 'exceljs';
import type { TestApp } from '../utils/test-app';

type Agent = Awaited<ReturnType<TestApp['login']>>;

/** A CSV as Excel writes it: quoted where needed, CRLF lines; Dutch Excel uses `;` and a BOM. */
export function csvFile(
  rows: (string | number)[][],
  options: { delimiter?: string; bom?: boolean } = {},
): Buffer {
  const delimiter = options.delimiter ?? ';';
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  const text = rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  return Buffer.concat([
    Buffer.from(options.bom === false ? '' : '\uFEFF'),
    Buffer.from(text, 'utf8'),
  ]);
}

/** A workbook with one sheet; Date cells get a date format, as Excel gives them. */
export async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd-mm-yyyy hh:mm';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads every sheet of a workbook as rows of raw cell values (index 0 = column A). */
export async function readXlsxFile(buffer: Buffer): Promise<Record<string, ExcelJS.CellValue[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: Record<string, ExcelJS.CellValue[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      rows.push((row.values as ExcelJS.CellValue[]).slice(1)),
    );
    sheets[sheet.name] = rows;
  }
  return sheets;
}

export function uploadFile(
  agent: Agent,
  coalitionId: string,
  entity: string,
  file: Buffer,
  fileName: string,
  mapping?: Record<string, string | null>,
) {
  const req = agent
    .post(`/api/coalitions/${coalitionId}/imports`)
    .field('entity', entity)
    .attach('file', file, fileName);
  return mapping ? req.field('mapping', JSON.stringify(mapping)) : req;
}

/** Upload, preview with the suggested (or given) mapping, and commit when the preview is clean. */
export async function importFile(
  agent: Agent,
  coalitionId: string,
  entity: string,
  file: Buffer,
  fileName: string,
  mapping?: Record<string, string | null>,
) {
  const upload = await uploadFile(agent, coalitionId, entity, file, fileName);
  if (upload.status !== 201)
    throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
  const base = `/api/coalitions/${coalitionId}/imports/${upload.body.id}`;
  const preview = await agent.post(`${base}/preview`).send(mapping ? { mapping } : {});
  if (preview.status !== 200)
    throw new Error(`preview: ${preview.status} ${JSON.stringify(preview.body)}`);
  const commit = await agent.post(`${base}/commit`).send({});
  return { upload, preview, commit };
}

/** A binary response body as a Buffer (supertest only buffers text by default). */
export function binary(response: unknown, done: (err: Error | null, body: Buffer) => void): void {
  // superagent types the argument as its response; at run time it is Node's IncomingMessage.
  const res = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.setEncoding('binary');
  res.on('data', (chunk: string) => chunks.push(Buffer.from(chunk, 'binary')));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
