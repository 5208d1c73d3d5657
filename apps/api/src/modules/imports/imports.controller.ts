import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  IMPORT_ENTITIES,
  IMPORT_MAX_FILE_BYTES,
  type ImportJobDto,
  type ImportPreviewDto,
  type ImportResultDto,
} from '@regiokracht/shared';
import { COORDINATORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { ImportMappingDto } from './dto/import-mapping.dto';
import { UploadImportDto } from './dto/upload-import.dto';
import { ImportsService } from './imports.service';
import type { ImportUpload } from './parsers/read-upload';
import { UploadTooLargeFilter } from './upload-too-large.filter';

/**
 * Coordinators only: an import writes many records at once with one audit event, so it is the
 * coordinator's call (members still add records one by one).
 */
@ApiTags('imports')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Roles(COORDINATORS)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 100_000 },
    }),
  )
  @ApiOperation({
    summary: 'Upload a CSV or XLSX file to import',
    description:
      'Parses the file (CSV: UTF-8 with or without BOM, `;` `,` or tab delimited; XLSX: the first sheet with data) and keeps its rows for a day. Nothing is imported yet: preview, then commit. Invalid UTF-8, binary data, an old .xls or a broken workbook answer 400 with a message on `file`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'entity'],
      properties: {
        file: { type: 'string', format: 'binary', description: '.csv or .xlsx, at most 10 MB' },
        entity: { type: 'string', enum: [...IMPORT_ENTITIES] },
        mapping: {
          type: 'string',
          description: 'Optional JSON object: column header → field or null',
        },
      },
    },
  })
  @ApiCreatedResponse({
    description:
      '{ id, entity, fileName, format, delimiter, columns, suggestedMapping, mapping, rows, status, result, createdAt, expiresAt }',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 10 MB' })
  upload(
    @Ctx() ctx: CoalitionContext,
    @Body() body: UploadImportDto,
    @UploadedFile() file: ImportUpload | undefined,
  ): Promise<ImportJobDto> {
    return this.imports.upload(ctx, body.entity, file, body.mapping);
  }

  @Get(':id')
  @Roles(COORDINATORS)
  @ApiOperation({
    summary: 'An uploaded import: its columns, mapping, status and (once committed) result',
  })
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<ImportJobDto> {
    return this.imports.get(ctx, id);
  }

  @Post(':id/preview')
  @Roles(COORDINATORS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Dry run: what every row would do, and its problems',
    description:
      'Matches each row to an existing record (external id — or the Regiokracht id an export wrote there — else e-mail for people, exact name for organisations, moment + kind + summary + organisations for interactions) and lists per row `create`, `update` (with the changed fields) or `skip` (empty, unchanged or in error), with problems `{ row, column, field, message }`. Writes nothing (it remembers the mapping for the commit).',
  })
  @ApiOkResponse({
    description:
      '{ mapping, fileProblems, rows: [{ row, action, matchId, matchedBy, changes, problems, values }], summary }',
  })
  preview(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: ImportMappingDto,
  ): Promise<ImportPreviewDto> {
    return this.imports.preview(ctx, id, body.mapping);
  }

  @Post(':id/commit')
  @Roles(COORDINATORS)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import every row in one transaction, or none',
    description:
      'Plans again inside the transaction and refuses (409, problems in `details`) while any row has a problem, when the mapping differs from the previewed one, or when the import was committed already. Writes set-based (a few statements per entity, whatever the row count) and records ONE audit event (entityType `import`, action `create`, changes { entity, fileName, rows, created, updated }); no audit event per row.',
  })
  @ApiOkResponse({ description: '{ entity, rows, created, updated, skipped, durationMs }' })
  commit(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: ImportMappingDto,
  ): Promise<ImportResultDto> {
    return this.imports.commit(ctx, id, body.mapping);
  }
}
