import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportDataset, ExportFormat, ExportLocale } from '@regiokracht/shared';
import type { DataSource } from 'typeorm';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { invalidField } from '../../common/errors/conflict';
import { sqlOne } from '../../database/sql';
import { accountabilityReport, type Period } from './datasets/accountability-report';
import { commitmentsSheet, contributionsSheet } from './datasets/commitment-datasets';
import { recordSheet } from './datasets/record-datasets';
import { writeCsv } from './writers/csv-writer';
import type { ExportDocument, ExportSheet } from './writers/export-table';
import { writeXlsx } from './writers/xlsx-writer';

export interface ExportFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async export(
    ctx: CoalitionContext,
    dataset: ExportDataset,
    format: ExportFormat,
    query: { locale?: ExportLocale; from?: string; to?: string },
  ): Promise<ExportFile> {
    const locale = query.locale ?? 'nl';
    const document = await this.document(ctx, dataset, locale, query);
    const body =
      format === 'csv' ? writeCsv(document.sheets[0], locale) : await writeXlsx(document, locale);
    return { body, fileName: `${document.fileName}.${format}`, contentType: CONTENT_TYPES[format] };
  }

  private async document(
    ctx: CoalitionContext,
    dataset: ExportDataset,
    locale: ExportLocale,
    query: { from?: string; to?: string },
  ): Promise<ExportDocument> {
    const manager = this.db.manager;
    const today = this.clock.now().toISOString().slice(0, 10);
    const named = (sheets: ExportSheet[]) => ({ fileName: `${dataset}-${today}`, sheets });
    switch (dataset) {
      case 'organisations':
      case 'people':
      case 'interactions':
        return named([await recordSheet(manager, ctx.coalitionId, dataset)]);
      case 'commitments':
        return named([
          await commitmentsSheet(manager, ctx.coalitionId),
          await contributionsSheet(manager, ctx.coalitionId),
        ]);
      case 'contributions':
        return named([await contributionsSheet(manager, ctx.coalitionId)]);
      case 'accountability': {
        const period = this.period(query.from, query.to);
        const coalition = await sqlOne<{ name: string }>(
          manager,
          `SELECT name FROM coalition WHERE id = $1`,
          [ctx.coalitionId],
        );
        const report = await accountabilityReport(
          manager,
          { id: ctx.coalitionId, name: coalition?.name ?? '' },
          period,
          locale,
          this.clock.now(),
        );
        return {
          fileName: `accountability-${period.from}-${period.to}`,
          // A CSV holds one table: the commitments with the totals per partner and overall.
          sheets: [report.detail, report.summary, report.about],
        };
      }
    }
  }

  /** Both days inclusive; by default the 12 months up to today (as the fair-share index). */
  private period(from?: string, to?: string): Period {
    const last = to ?? this.clock.now().toISOString().slice(0, 10);
    let first = from;
    if (!first) {
      const [year, month, day] = last.split('-').map(Number);
      first = new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10);
    }
    if (first > last) throw invalidField('from', `must not be after to (${last})`);
    return { from: first, to: last };
  }
}
