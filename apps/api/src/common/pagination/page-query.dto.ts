import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PAGE, MAX_PAGE_SIZE } from '@regiokracht/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** `page`, `pageSize` (≤ 200), `sort` (`field` or `-field`) and `q`, shared by every list. */
export class PageQueryDto {
  // Without a maximum, page=1e17 passes as an integer and its OFFSET overflows bigint (a 500).
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 50;

  @ApiPropertyOptional({ description: 'Field to sort on; prefix with - for descending' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]+$/, { message: 'must be a field name, optionally prefixed with -' })
  sort?: string;

  @ApiPropertyOptional({ description: 'Search text' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
