import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PersonDetailDto, PersonDto } from '@regiokracht/shared';
import { ANY_MEMBER, COORDINATORS, EDITORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreatePersonDto } from './dto/create-person.dto';
import { ListPeopleQuery } from './dto/list-people.query';
import { UpdatePersonDto } from './dto/update-person.dto';
import { PeopleService } from './people.service';

/** Partners read only the people of their own organisation; the service scopes every read. */
@ApiTags('people')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Roles(ANY_MEMBER)
  list(@Ctx() ctx: CoalitionContext, @Query() query: ListPeopleQuery): Promise<Page<PersonDto>> {
    return this.people.list(ctx, query);
  }

  @Post()
  @Roles(EDITORS)
  create(@Ctx() ctx: CoalitionContext, @Body() body: CreatePersonDto): Promise<PersonDetailDto> {
    return this.people.create(ctx, body);
  }

  @Get(':id')
  @Roles(ANY_MEMBER)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<PersonDetailDto> {
    return this.people.get(ctx, id);
  }

  /** Partners too, on their own person only: the service allows them name, phone and role. */
  @Patch(':id')
  @Roles(EDITORS, ['partner'])
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonDetailDto> {
    return this.people.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(COORDINATORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.people.remove(ctx, id);
  }

  @Post(':id/restore')
  @Roles(COORDINATORS)
  @HttpCode(200)
  restore(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
  ): Promise<PersonDetailDto> {
    return this.people.restore(ctx, id);
  }
}
