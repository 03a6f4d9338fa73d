import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { isCalendarDate, todayInShanghai, yearInShanghai } from '@app/platform';
import type { CheckResult } from '../domain/check-result.js';
import { checkCreditCode } from '../domain/credit-code.js';
import { checkIdNumber } from '../domain/id-number.js';
import { checkPhone } from '../domain/phone.js';

/**
 * Property decorators for subject DTOs. Text is trimmed; an optional field given as blank text
 * means "none" (null), so officers can clear a value.
 */

const trimmed = (optional: boolean) =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    return optional && !text ? null : text;
  });

/** Required or optional single-line text of at most `max` characters. */
export function TextField(max: number, options: { optional?: boolean } = {}): PropertyDecorator {
  const optional = options.optional ?? false;
  return applyDecorators(...(optional ? [IsOptional()] : [IsNotEmpty()]), trimmed(optional), IsString(), MaxLength(max));
}

/** A subject's code (户编号, 企业编号…): unique within its project, no spaces. */
export function SubjectCodeField(label: string): PropertyDecorator {
  return applyDecorators(
    trimmed(false),
    IsString(),
    IsNotEmpty(),
    MaxLength(40),
    Matches(/^\S+$/, { message: `${label}不能包含空格` }),
  );
}

/** Replaces the checker's generic noun (身份证号, 统一社会信用代码, 联系电话) with the field's own label. */
function relabel(message: string, label: string): string {
  const noun = ['统一社会信用代码', '身份证号', '联系电话'].find((n) => message.startsWith(n));
  return noun && label.endsWith(noun) ? label + message.slice(noun.length) : message;
}

function checkedField(name: string, label: string, check: (raw: unknown) => CheckResult, optional: boolean): PropertyDecorator {
  return applyDecorators(
    ...(optional ? [IsOptional()] : []),
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      if (optional && !value.trim()) return null;
      const result = check(value);
      return result.ok ? result.value : value;
    }),
    ValidateBy({
      name,
      validator: {
        validate: (value: unknown) => check(value).ok,
        defaultMessage: (args) => {
          const result = check(args?.value);
          return relabel(result.ok ? `${label}格式不正确` : result.message, label);
        },
      },
    }),
  );
}

/** A 身份证号 checked per GB 11643-1999, normalised (uppercase X, no spaces). */
export function IdNumberField(label: string, options: { optional?: boolean } = {}): PropertyDecorator {
  return checkedField('isIdNumber', label, checkIdNumber, options.optional ?? false);
}

/** A 统一社会信用代码 checked per GB 32100-2015, normalised to uppercase. */
export function CreditCodeField(label: string): PropertyDecorator {
  return checkedField('isCreditCode', label, checkCreditCode, false);
}

/** An optional mainland mobile or landline number. */
export function PhoneField(label: string): PropertyDecorator {
  return checkedField('isPhone', label, checkPhone, true);
}

/** An optional `YYYY-MM-DD` date, not later than today in Shanghai. */
export function PastDateField(label: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    trimmed(true),
    ValidateBy({
      name: 'isPastDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value) && value <= todayInShanghai(),
        defaultMessage: (args) => (isCalendarDate(args?.value) ? `${label}不能晚于今天` : `${label}必须是 YYYY-MM-DD 格式的日期`),
      },
    }),
  );
}

/** An optional year between `min` and this year (Shanghai). */
export function YearField(label: string, min: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsInt(),
    ValidateBy({
      name: 'isYearInRange',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value >= min && value <= yearInShanghai(),
        defaultMessage: () => `${label}必须在 ${min} 至 ${yearInShanghai()} 年之间`,
      },
    }),
  );
}
