import { Module } from '@nestjs/common';

/** 综合整治: the register of illegal land use, illegal buildings and construction-waste dumping. */
@Module({})
export class RectificationModule {}
