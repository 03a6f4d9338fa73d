import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, Trim } from '@app/platform';
import { USERNAME_PATTERN, USERNAME_RULE } from '../../domain/username.js';

/** A login name: trimmed and lowercased, then checked against the username rule. */
export function UsernameField(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    Matches(USERNAME_PATTERN, { message: USERNAME_RULE }),
  );
}

/** The name shown in the interface. */
export function DisplayNameField(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(...[Trim(), ...(options.optional ? [IsOptional()] : []), IsString(), IsNotEmpty(), MaxLength(50)]);
}

/** One or more of the five roles, each at most once. */
export function RolesField(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ...[
      ...(options.optional ? [IsOptional()] : []),
      IsArray(),
      ArrayMinSize(1, { message: '至少选择一个角色' }),
      ArrayUnique({ message: '角色不能重复' }),
      IsIn(ROLES, { each: true, message: `角色只能是 ${ROLES.join('、')}` }),
    ],
  );
}

/** Codes of the projects assigned (may be empty), each at most once. */
export function ProjectCodesField(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(200),
    ArrayUnique({ message: '项目编号不能重复' }),
    IsString({ each: true }),
    MaxLength(20, { each: true }),
  );
}
