import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

const AREA = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * An area in m² (or another non-negative quantity) given as a JSON number or a decimal string,
 * at most 2 decimals; normalised to a decimal string so it never passes through float arithmetic.
 */
export function IsAreaValue(label: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value)),
    ValidateBy({
      name: 'isArea',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && AREA.test(value),
        defaultMessage: () => `${label}必须是不小于 0 的数字，最多两位小数`,
      },
    }),
  );
}
