import { Actor, CurrentActor } from '@tdkt/api/access';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BackupView, BackupsService } from './backups.service';

@ApiTags('backups')
@ApiBearerAuth()
@Controller('backups')
export class BackupsController {
  constructor(private readonly backups: BackupsService) {}

  @ApiOperation({ summary: 'Backups in DATA_DIR/backups, newest first (admin)' })
  @Get()
  list(@CurrentActor() actor: Actor): Promise<BackupView[]> {
    return this.backups.list(actor);
  }

  @ApiOperation({ summary: 'Back up the database and the document store now (admin)' })
  @HttpCode(201)
  @Post()
  create(@CurrentActor() actor: Actor): Promise<BackupView> {
    return this.backups.create(actor);
  }
}
