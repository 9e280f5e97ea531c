import { Public } from '@tdkt/api/access';
import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

export interface HealthView {
  database: 'up';
  engine: 'pglite' | 'postgres';
  status: 'ok';
  version: string;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @ApiOperation({ summary: 'Liveness and database readiness (no sign-in needed)' })
  @Get()
  async check(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('Cơ sở dữ liệu không sẵn sàng');
    }
    const embedded = 'driver' in this.dataSource.options && Boolean(this.dataSource.options.driver);
    return {
      status: 'ok',
      database: 'up',
      engine: embedded ? 'pglite' : 'postgres',
      version: process.env['npm_package_version'] ?? '0.1.0',
    };
  }
}
