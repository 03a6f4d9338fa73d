import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { LandModule } from '@app/land';
import { SubjectsModule } from '@app/subjects';
import { CalculationController } from './calculation/calculation.controller.js';
import { CalculationRepository } from './calculation/calculation.repository.js';
import { CalculationService } from './calculation/calculation.service.js';
import { SubjectFactsReader } from './calculation/subject-facts.reader.js';
import { SchemeController } from './scheme/scheme.controller.js';
import { SchemeRepository } from './scheme/scheme.repository.js';
import { SchemeService } from './scheme/scheme.service.js';
import { ProjectCodes } from './shared/project-codes.js';

/** Schemes, calculations, agreements and payments: the money behind the case lifecycle. */
@Module({
  imports: [LandModule, CasesModule, SubjectsModule],
  controllers: [SchemeController, CalculationController],
  providers: [ProjectCodes, SchemeRepository, SchemeService, SubjectFactsReader, CalculationRepository, CalculationService],
  exports: [SchemeService, CalculationService],
})
export class CompensationModule {}
