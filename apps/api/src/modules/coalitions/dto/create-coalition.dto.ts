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
  ValidateNested,
} from 'class-validator';
import { IsAcceptablePassword } from '../../users/password-policy';
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
    description:
      'Only for a new account. Without it a new account answers with a one-time invitation link; an existing account keeps its password and is e-mailed',
  })
  @IsOptional()
  @IsString()
  @IsAcceptablePassword()
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
