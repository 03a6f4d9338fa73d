import { Module } from '@nestjs/common';

/** 集体土地所有权: ownership records per parcel or plot, and the consolidation plan (归并方案). */
@Module({})
export class OwnershipModule {}
