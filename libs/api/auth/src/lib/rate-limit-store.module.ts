import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { DatabaseRateLimitStore } from './rate-limit.store';
import { RedisRateLimitOptions, RedisRateLimitStore } from './redis-rate-limit.store';

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

/**
 * Where the rate-limit counters live: Redis when REDIS_URL is set, the database otherwise. Either way every API process
 * shares them. The store is a provider of its own so that Nest closes the Redis connection when the app shuts down.
 */
@Module({})
export class RateLimitStoreModule {
  static register(redis?: RedisRateLimitOptions): DynamicModule {
    return {
      module: RateLimitStoreModule,
      providers: [
        {
          provide: RATE_LIMIT_STORE,
          inject: [DataSource],
          useFactory: async (dataSource: DataSource): Promise<ThrottlerStorage> => {
            if (!redis) return new DatabaseRateLimitStore(dataSource);
            const store = new RedisRateLimitStore(redis);
            await store.connect();
            return store;
          },
        },
      ],
      exports: [RATE_LIMIT_STORE],
    };
  }
}
