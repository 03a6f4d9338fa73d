import { Violation, ViolationStep } from './violation.entity.js';

/** The rectification register's entities (综合整治). */
export const rectificationEntities: (new () => object)[] = [Violation, ViolationStep];
