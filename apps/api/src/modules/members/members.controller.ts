import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { MemberDto, Page } from '@regiokracht/shared';
import { AdminAllowed, COORDINATORS, Roles } from '../../common/auth/roles';
import { type CoalitionContext, Ctx } from '../../common/auth/request-context';
import { SESSION_COOKIE } from '../../common/auth/session.guard';
import { UuidPipe } from '../../common/http/uuid';
import { CreateMemberDto } from './dto/create-member.dto';
import { ListMembersQuery } from './dto/list-members.query';
import { UpdateMemberDto } from './dto/update-member.dto';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiCookieAuth(SESSION_COOKIE)
@Controller('coalitions/:cid/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Roles(COORDINATORS)
  @AdminAllowed()
  list(@Ctx() ctx: CoalitionContext, @Query() query: ListMembersQuery): Promise<Page<MemberDto>> {
    return this.members.list(ctx, query);
  }

  @Post()
  @Roles(COORDINATORS)
  @AdminAllowed()
  add(@Ctx() ctx: CoalitionContext, @Body() body: CreateMemberDto): Promise<MemberDto> {
    return this.members.add(ctx, body);
  }

  @Get(':id')
  @Roles(COORDINATORS)
  get(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<MemberDto> {
    return this.members.get(ctx, id);
  }

  @Patch(':id')
  @Roles(COORDINATORS)
  update(
    @Ctx() ctx: CoalitionContext,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.update(ctx, id, body);
  }

  @Delete(':id')
  @Roles(COORDINATORS)
  @HttpCode(204)
  remove(@Ctx() ctx: CoalitionContext, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.members.remove(ctx, id);
  }
}
