import { ValidateBy } from 'class-validator';
import { isCalendarDate } from '../domain/calendar-date.js';

/** A real calendar date written `YYYY-MM-DD` (null passes: pair it with `@IsOptional()` or `ValidateIf`). */
export const IsCalendarDateText = (label: string): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDateText',
    validator: { validate: (value: unknown) => value === null || isCalendarDate(value), defaultMessage: () => `${label}必须是有效日期（YYYY-MM-DD）` },
  });
