import { Module } from '@nestjs/common';

/** Demo data for an empty, non-production database. */
@Module({})
export class SeedModule {}
