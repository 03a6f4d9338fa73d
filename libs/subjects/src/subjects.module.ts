import { Module } from '@nestjs/common';

/** Households (and members), enterprises, municipal facilities, legacy bases. */
@Module({})
export class SubjectsModule {}
