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

  @ApiOperation({ summary: 'Readiness: the process and its database (no sign-in needed); 503 with Retry-After while the database is unreachable' })
  @Get()
  async check(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ code: 'DATABASE_UNAVAILABLE', message: 'Cơ sở dữ liệu không sẵn sàng' });
    }
    const embedded = 'driver' in this.dataSource.options && Boolean(this.dataSource.options.driver);
    return {
      status: 'ok',
      database: 'up',
      engine: embedded ? 'pglite' : 'postgres',
      version: process.env['npm_package_version'] ?? '0.1.0',
    };
  }

  /** Liveness only: the process answers. A database outage must not make an orchestrator restart a healthy process. */
  @ApiOperation({ summary: 'Liveness: 200 while the process runs, whatever the database (no sign-in needed)' })
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
