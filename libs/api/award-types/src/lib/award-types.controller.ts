import { AwardTypeView, CENTRAL_LEVELS } from '@tdkt/shared/contracts';
import { ReferenceLookupService } from '@tdkt/api/database';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('award-types')
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly reference: ReferenceLookupService) {}

  @ApiOperation({ summary: 'The catalogue of emulation titles and commendation forms' })
  @Get()
  async list(): Promise<AwardTypeView[]> {
    return (await this.reference.allAwardTypes()).map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      category: t.category,
      level: t.level,
      central: CENTRAL_LEVELS.includes(t.level),
      decidedBy: t.decidedBy,
      recipientKinds: t.recipientKinds,
    }));
  }
}
