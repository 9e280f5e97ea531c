import { ProvinceQueryDto, ProvinceView } from '@tdkt/shared/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProvincesService } from './provinces.service';

@ApiTags('provinces')
@Controller('provinces')
export class ProvincesController {
  constructor(private readonly provinces: ProvincesService) {}

  @ApiOperation({ summary: 'Provinces valid on a date; q is accent- and case-insensitive' })
  @Get()
  list(@Query() query: ProvinceQueryDto): Promise<ProvinceView[]> {
    return this.provinces.list(query);
  }
}
