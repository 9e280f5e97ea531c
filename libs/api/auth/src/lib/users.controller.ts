import { CreateUserDto, UserView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UpdateUserDto } from './update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<UserView[]> {
    return this.users.list(actor);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<UserView> {
    return this.users.get(actor, id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  update(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(actor, id, dto);
  }
}
