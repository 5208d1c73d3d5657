import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IMPORT_MAX_ROWS,
  type ImportEntity,
  type ImportJobDto,
  type ImportMapping,
  type ImportPreviewDto,
  type ImportProblem,
  type ImportResultDto,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { CoalitionContext } from '../../common/auth/request-context';
import { Clock } from '../../common/clock/clock';
import { conflict, invalidField, notFound } from '../../common/errors/conflict';
import { sqlOne } from '../../database/sql';
import {
  IMPORT_JOB_COLUMNS,
  IMPORT_JOB_SELECT,
  type ImportJobRow,
  json,
  toImportJobDto,
} from './import-job.mapper';
import { suggestMapping } from './mapping/import-fields';
import { checkMapping, readRows } from './mapping/row-reader';
import type { EntityPlan, Planner } from './planning/import-plan';
import { planInteractions } from './planning/interaction-import';
import { planOrganisations } from './planning/organisation-import';
import { planPeople } from './planning/person-import';
import { readUpload, type ImportUpload } from './parsers/read-upload';
import { ImportFileError, type SheetRow } from './parsers/sheet';

const PLANNERS: Record<ImportEntity, Planner> = {
  organisations: planOrganisations,
  people: planPeople,
  interactions: planInteractions,
};

/** An upload that is not committed within a day is removed: it holds personal data. */
const JOB_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Problems a refused commit lists; the preview has them all. */
const MAX_PROBLEMS_IN_ERROR = 50;

interface LoadedJob extends ImportJobRow {
  rows: [number, ...string[]][] | string | null;
}

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Parses the file and keeps its rows for preview and commit; writes no domain data. */
  async upload(
    ctx: CoalitionContext,
    entity: ImportEntity,
    file: ImportUpload | undefined,
    mappingJson: string | undefined,
  ): Promise<ImportJobDto> {
    if (!file) throw invalidField('file', 'choose a CSV or XLSX file to upload');
    let sheet;
    try {
      sheet = await readUpload(file, IMPORT_MAX_ROWS);
    } catch (error) {
      if (error instanceof ImportFileError) throw invalidField('file', error.message);
      throw error;
    }
    const mapping = mappingJson === undefined ? null : parseMappingField(mappingJson);
    if (mapping) checkMapping(entity, sheet.headers, mapping);
    const now = this.clock.now();
    await this.removeExpired(now);
    const row = await sqlOne<ImportJobRow>(
      this.db.manager,
      `INSERT INTO import_job (coalition_id, entity, file_name, format, delimiter, columns, suggested_mapping, mapping,
                               rows, row_count, created_by_user_id, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $13)
       RETURNING ${IMPORT_JOB_COLUMNS}`,
      [
        ctx.coalitionId,
        entity,
        file.originalname.slice(0, 255),
        sheet.format,
        sheet.delimiter,
        JSON.stringify(sheet.headers),
        JSON.stringify(suggestMapping(entity, sheet.headers)),
        mapping === null ? null : JSON.stringify(mapping),
        JSON.stringify(sheet.rows.map((r) => [r.row, ...r.cells])),
        sheet.rows.length,
        ctx.user.id,
        now,
        new Date(now.getTime() + JOB_LIFETIME_MS),
      ],
    );
    return toImportJobDto(row!);
  }

  async get(ctx: CoalitionContext, id: string): Promise<ImportJobDto> {
    const row = await sqlOne<ImportJobRow>(
      this.db.manager,
      `${IMPORT_JOB_SELECT} WHERE coalition_id = $1 AND id = $2 AND expires_at > $3`,
      [ctx.coalitionId, id, this.clock.now()],
    );
    if (!row) throw notFound('Import (uploads expire after a day)');
    return toImportJobDto(row);
  }

  /** The dry run: what each row would do and what is wrong with it. Writes nothing but the mapping. */
  async preview(
    ctx: CoalitionContext,
    id: string,
    requested: ImportMapping | undefined,
  ): Promise<ImportPreviewDto> {
    const job = await this.load(this.db.manager, ctx, id, false);
    const mapping = this.mappingFor(job, requested);
    const { preview } = await this.plan(this.db.manager, ctx, job, mapping);
    await this.db.query(
      `UPDATE import_job SET mapping = $3::jsonb WHERE coalition_id = $1 AND id = $2`,
      [ctx.coalitionId, id, JSON.stringify(mapping)],
    );
    return preview;
  }

  /**
   * All rows or none, in one transaction: the plan is made again inside it (the data may have
   * changed since the preview) and refused while it has problems. One audit event records the
   * import as a whole; the ids it created and updated stay with the import job.
   */
  commit(
    ctx: CoalitionContext,
    id: string,
    requested: ImportMapping | undefined,
  ): Promise<ImportResultDto> {
    const started = Date.now();
    return this.db.transaction(async (manager) => {
      const job = await this.load(manager, ctx, id, true);
      const previewed = job.mapping === null ? null : json(job.mapping);
      if (previewed === null) throw conflict('Preview the import before you commit it');
      const mapping = requested ?? previewed;
      if (!sameMapping(mapping, previewed)) {
        throw conflict('The mapping changed since the preview; preview the import again');
      }
      // One import per coalition at a time, so two uploads of the same file cannot both create.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('regiokracht.import:' || $1))`, [
        ctx.coalitionId,
      ]);
      const { preview, plan } = await this.plan(manager, ctx, job, mapping);
      if (preview.summary.errors > 0) {
        const problems = [...preview.fileProblems, ...preview.rows.flatMap((r) => r.problems)];
        throw conflict(
          `The import has ${preview.summary.errors} problem${preview.summary.errors === 1 ? '' : 's'}; fix the file or the mapping and preview again`,
          problems.slice(0, MAX_PROBLEMS_IN_ERROR).map(describeProblem),
        );
      }
      const applied = await plan.apply(manager);
      const result: ImportResultDto = {
        entity: job.entity,
        rows: job.row_count,
        created: applied.created.length,
        updated: applied.updated.length,
        skipped: job.row_count - applied.created.length - applied.updated.length,
        durationMs: Date.now() - started,
      };
      await this.audit.record(manager, {
        coalitionId: ctx.coalitionId,
        actorUserId: ctx.user.id,
        entityType: 'import',
        entityId: id,
        action: 'create',
        before: null,
        after: {
          entity: result.entity,
          fileName: job.file_name,
          rows: result.rows,
          created: result.created,
          updated: result.updated,
        },
      });
      await manager.query(
        `UPDATE import_job SET status = 'committed', committed_at = $3, rows = NULL, result = $4::jsonb
          WHERE coalition_id = $1 AND id = $2`,
        [
          ctx.coalitionId,
          id,
          this.clock.now(),
          JSON.stringify({ ...result, createdIds: applied.created, updatedIds: applied.updated }),
        ],
      );
      return result;
    });
  }

  private async plan(
    manager: EntityManager,
    ctx: CoalitionContext,
    job: LoadedJob,
    mapping: ImportMapping,
  ): Promise<{ preview: ImportPreviewDto; plan: EntityPlan }> {
    const rows: SheetRow[] = json(job.rows ?? []).map(([row, ...cells]) => ({ row, cells }));
    const read = readRows(job.entity, job.format, json(job.columns), rows, mapping);
    const plan = await PLANNERS[job.entity](
      { manager, coalitionId: ctx.coalitionId, userId: ctx.user.id, now: this.clock.now() },
      read,
    );
    const summary = {
      rows: plan.rows.length,
      create: 0,
      update: 0,
      skip: 0,
      errors: read.fileProblems.length,
      rowsWithErrors: 0,
    };
    for (const row of plan.rows) {
      summary[row.action] += 1;
      summary.errors += row.problems.length;
      if (row.problems.length > 0) summary.rowsWithErrors += 1;
    }
    return {
      preview: { mapping, fileProblems: read.fileProblems, rows: plan.rows, summary },
      plan,
    };
  }

  private mappingFor(job: LoadedJob, requested: ImportMapping | undefined): ImportMapping {
    const mapping =
      requested ?? (job.mapping === null ? json(job.suggested_mapping) : json(job.mapping));
    checkMapping(job.entity, json(job.columns), mapping);
    return mapping;
  }

  private async load(
    manager: EntityManager,
    ctx: CoalitionContext,
    id: string,
    forUpdate: boolean,
  ): Promise<LoadedJob> {
    const job = await sqlOne<LoadedJob>(
      manager,
      `${IMPORT_JOB_SELECT.replace('FROM import_job', ', rows FROM import_job')}
        WHERE coalition_id = $1 AND id = $2 AND expires_at > $3${forUpdate ? ' FOR UPDATE' : ''}`,
      [ctx.coalitionId, id, this.clock.now()],
    );
    if (!job) throw notFound('Import (uploads expire after a day)');
    if (job.status === 'committed') {
      throw conflict(
        'This import was already committed; upload the file again to import it again',
        undefined,
        {
          result: toImportJobDto(job).result,
        },
      );
    }
    return job;
  }

  /** Expired uploads go (they hold personal data); committed jobs stay as the record of the import. */
  private async removeExpired(now: Date): Promise<void> {
    await this.db.query(`DELETE FROM import_job WHERE status = 'uploaded' AND expires_at <= $1`, [
      now,
    ]);
  }
}

/** The mapping arrives as a JSON text field of the multipart form. */
function parseMappingField(text: string): ImportMapping {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidField('mapping', 'must be a JSON object of column → field');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidField('mapping', 'must be a JSON object of column → field');
  }
  return value as ImportMapping;
}

function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  const norm = (m: ImportMapping) =>
    JSON.stringify(
      Object.entries(m)
        .filter(([, field]) => field)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return norm(a) === norm(b);
}

function describeProblem(problem: ImportProblem): { field: string; message: string } {
  return {
    field: problem.row === null ? problem.column : `row ${problem.row}, ${problem.column}`,
    message: problem.message,
  };
}
