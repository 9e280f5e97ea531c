import { CastBallotDto, CommendationView, CreateVoteDto, VoteQueryDto, VoteView } from '@tdkt/shared/contracts';
import { Actor, CurrentActor } from '@tdkt/api/access';
import { uuidParam } from '@tdkt/api/core';
import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VotesService } from './votes.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('year-end')
@ApiBearerAuth()
@Controller('votes')
export class VotesController {
  constructor(private readonly votes: VotesService) {}

  @ApiOperation({ summary: "Votes of the clusters in the caller's scope; no count before a vote is closed" })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: VoteQueryDto): Promise<VoteView[]> {
    return this.votes.list(actor, query);
  }

  @ApiOperation({ summary: 'Set up a vote (chair): seats, candidates (default: top of the ranking), quorum and threshold' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateVoteDto): Promise<VoteView> {
    return this.votes.create(actor, dto);
  }

  @ApiOperation({ summary: 'One vote: the register (who voted, not what) while open; the tally once closed' })
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<VoteView> {
    return this.votes.get(actor, id);
  }

  @ApiOperation({ summary: 'Open the vote for ballots (chair)' })
  @HttpCode(200)
  @Post(':id/open')
  open(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<VoteView> {
    return this.votes.open(actor, id);
  }

  @ApiOperation({ summary: 'Close the vote (chair): tally, quorum and who is elected; a closed vote never changes' })
  @HttpCode(200)
  @Post(':id/close')
  close(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<VoteView> {
    return this.votes.close(actor, id);
  }

  @ApiOperation({ summary: "Cast a member's ballot: its staff online, or the chair from the paper ballot; 409 for a second one" })
  @HttpCode(201)
  @Post(':id/ballots')
  ballot(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() dto: CastBallotDto): Promise<VoteView> {
    return this.votes.castBallot(actor, id, dto);
  }

  @ApiOperation({ summary: 'The minutes (biên bản họp bình xét, suy tôn) of a closed vote, .docx in the Decree 30/2020 layout' })
  @Get(':id/minutes.docx')
  @Header('Content-Type', DOCX)
  async minutes(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<StreamableFile> {
    const { filename, content } = await this.votes.minutes(actor, id);
    return new StreamableFile(content, { disposition: `attachment; filename="${filename}"` });
  }

  @ApiOperation({
    summary: 'Create the central-level DRAFT proposals for the elected provinces (chair, closed vote); 409 when done already',
  })
  @HttpCode(201)
  @Post(':id/nominations')
  nominations(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<CommendationView[]> {
    return this.votes.nominations(actor, id);
  }
}
