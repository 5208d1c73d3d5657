import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CreateHandoverDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The person who is leaving; the draft lists everything they hold',
  })
  @IsUUID('all', { message: 'must be a person id' })
  departingPersonId: string;
}
