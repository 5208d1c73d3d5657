import type { ExportDataset, ExportFormat, ExportLocale } from '@regiokracht/shared';

/**
 * The download address of an export. A plain link (not fetch): the browser streams the file
 * to disk with the session cookie and names it from Content-Disposition.
 */
export function exportUrl(
  coalitionId: string,
  dataset: ExportDataset,
  format: ExportFormat,
  params: { locale: ExportLocale; from?: string; to?: string },
): string {
  const query = new URLSearchParams({ locale: params.locale });
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  return `/api/coalitions/${coalitionId}/exports/${dataset}.${format}?${query.toString()}`;
}
