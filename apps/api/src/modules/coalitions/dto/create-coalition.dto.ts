import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../users/passwords';
import { CoalitionSettingsDto } from './coalition-settings.dto';

export class FirstCoordinatorDto {
  @ApiProperty()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    description: 'Without a password the answer holds a one-time invitation link',
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class CreateCoalitionDto {
  @ApiProperty({ example: 'Techniek College Rotterdam' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ description: 'Free text: regions have no fixed borders' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['fossil → sustainable'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: CoalitionSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoalitionSettingsDto)
  settings?: CoalitionSettingsDto;

  @ApiPropertyOptional({
    type: FirstCoordinatorDto,
    description: 'The first coordinator, created or linked by e-mail',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstCoordinatorDto)
  coordinator?: FirstCoordinatorDto;
}
