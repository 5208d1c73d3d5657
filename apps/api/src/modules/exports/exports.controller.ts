import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  type ExportDataset,
  type ExportFormat,
} from '@regiokracht/shared';
import { Roles, STAFF } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { ExportQuery } from './dto/export.query';
import { ExportsService } from './exports.service';

const FILES = EXPORT_DATASETS.flatMap((dataset) =>
  EXPORT_FORMATS.map((format) => `${dataset}.${format}`),
);

/**
 * Coalition staff (coordinator, member, viewer) export what they can read; partners may not:
 * an export names every partner.
 */
@ApiTags('exports')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':file')
  @Roles(STAFF)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Download organisations, people, interactions, commitments, contributions or the accountability report',
    description:
      'CSV (UTF-8 with BOM; `;` and decimal comma for locale nl, `,` for en) or XLSX. organisations/people/interactions use the columns the import reads back (an export re-imports to the same records). commitments.xlsx has a second sheet with the contributions. accountability: per partner the commitments of the period `from`–`to` (both inclusive), delivered quantities and in-kind value, with totals (XLSX adds a per-partner sheet).',
  })
  @ApiParam({ name: 'file', enum: FILES })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async download(
    @Ctx() ctx: CoalitionContext,
    @Param('file') file: string,
    @Query() query: ExportQuery,
  ): Promise<StreamableFile> {
    const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
    const dataset = match?.[1] as ExportDataset | undefined;
    const format = match?.[2] as ExportFormat | undefined;
    if (
      !dataset ||
      !format ||
      !EXPORT_DATASETS.includes(dataset) ||
      !EXPORT_FORMATS.includes(format)
    ) {
      throw new NotFoundException(`Unknown export; use one of ${FILES.join(', ')}`);
    }
    const result = await this.exports.export(ctx, dataset, format, query);
    return new StreamableFile(result.body, {
      type: result.contentType,
      disposition: `attachment; filename="${result.fileName}"`,
      length: result.body.length,
    });
  }
}
