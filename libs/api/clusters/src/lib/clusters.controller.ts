import {
  CarryForwardDto,
  CarryForwardPreviewView,
  ClusterMemberDto,
  ClusterMembersQueryDto,
  ClusterMemberView,
  ClusterView,
  ClusterYearPathDto,
  CreateClusterDto,
  MembershipYearsView,
  UpdateClusterSettingsDto,
} from '@tdkt/shared/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { ArrayBodyPipe } from '@tdkt/api/core';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClustersService } from './clusters.service';

@ApiTags('clusters')
@ApiBearerAuth()
@Controller('clusters')
export class ClustersController {
  constructor(private readonly clusters: ClustersService) {}

  @ApiOperation({ summary: 'Emulation clusters' })
  @Get()
  list(): Promise<ClusterView[]> {
    return this.clusters.list();
  }

  @ApiOperation({ summary: 'The years that have members, newest first; pages open on the latest' })
  @Get('latest-year')
  latestYear(): Promise<MembershipYearsView> {
    return this.clusters.membershipYears();
  }

  @ApiOperation({ summary: 'Create a cluster' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateClusterDto): Promise<ClusterView> {
    return this.clusters.create(actor, dto);
  }

  @ApiOperation({ summary: "A cluster's report settings: issuing body, document symbol, signer (admin or the cluster's chair)" })
  @Patch(':code')
  updateSettings(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: UpdateClusterSettingsDto): Promise<ClusterView> {
    return this.clusters.updateSettings(actor, code, dto);
  }

  @ApiOperation({ summary: "A cluster's members and their roles in a year" })
  @Get(':code/members')
  members(@Param('code') code: string, @Query() query: ClusterMembersQueryDto): Promise<ClusterMemberView[]> {
    return this.clusters.members(code, query.year);
  }

  @ApiBody({ type: [ClusterMemberDto] })
  @ApiOperation({ summary: "Replace a year's membership" })
  @Put(':code/members/:year')
  replaceMembers(
    @CurrentActor() actor: Actor,
    @Param() at: ClusterYearPathDto,
    @Body(new ArrayBodyPipe(ClusterMemberDto, 100)) members: ClusterMemberDto[],
  ): Promise<ClusterMemberView[]> {
    return this.clusters.replaceMembers(actor, at.code, at.year, members);
  }

  @ApiOperation({ summary: "Dry run of carrying the previous year's membership forward (admins)" })
  @Get(':code/members/:year/carry-forward')
  previewCarryForward(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto): Promise<CarryForwardPreviewView> {
    return this.clusters.previewCarryForward(actor, at.code, at.year);
  }

  @ApiOperation({ summary: "Create a year's membership from the previous year's, merged provinces collapsed (admins)" })
  @HttpCode(201)
  @Post(':code/members/:year/carry-forward')
  carryForward(@CurrentActor() actor: Actor, @Param() at: ClusterYearPathDto, @Body() dto: CarryForwardDto): Promise<ClusterMemberView[]> {
    return this.clusters.carryForward(actor, at.code, at.year, dto);
  }
}
