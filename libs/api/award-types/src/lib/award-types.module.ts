import { Module } from '@nestjs/common';
import { AwardTypesController } from './award-types.controller';

@Module({ controllers: [AwardTypesController] })
export class AwardTypesModule {}
