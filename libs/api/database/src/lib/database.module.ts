import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseSettings, dataSourceOptions } from './data-source';
import { migrateAsOwner } from './owner-migrations';
import { ReferenceLookupService } from './reference-lookup.service';
import { SeedOptions, runSeeds } from './seeds/seed-runner';

const SEED_OPTIONS = Symbol('SEED_OPTIONS');

@Injectable()
class SeedOnStart implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SEED_OPTIONS) private readonly options: SeedOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await runSeeds(this.dataSource, this.options);
  }
}

/** The app's one data source (migrated on start), the seeds, and the reference look-ups every module shares. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(settings: DatabaseSettings, seeds: SeedOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            await migrateAsOwner(settings);
            return { ...dataSourceOptions(settings), retryAttempts: 2, retryDelay: 500 };
          },
        }),
      ],
      providers: [{ provide: SEED_OPTIONS, useValue: seeds }, SeedOnStart, ReferenceLookupService],
      exports: [ReferenceLookupService],
    };
  }
}
