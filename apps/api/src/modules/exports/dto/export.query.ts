import { ApiPropertyOptional } from '@nestjs/swagger';
import { EXPORT_LOCALES, type ExportLocale } from '@regiokracht/shared';
import { IsIn, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../../common/validation/field-validators';

export class ExportQuery {
  @ApiPropertyOptional({
    enum: EXPORT_LOCALES,
    default: 'nl',
    description:
      "nl: `;` delimiter, decimal comma, dates 31-12-2025, times in Dutch local time; en: `,`, decimal point, ISO dates, UTC instants. XLSX: the date display formats and the report's words",
  })
  @IsOptional()
  @IsIn(EXPORT_LOCALES, { message: `must be one of ${EXPORT_LOCALES.join(', ')}` })
  locale?: ExportLocale;

  @ApiPropertyOptional({
    description:
      'Accountability report only: first day of the period (inclusive); default 12 months before `to`',
    example: '2025-01-01',
  })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({
    description: 'Accountability report only: last day of the period (inclusive); default today',
    example: '2025-12-31',
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
