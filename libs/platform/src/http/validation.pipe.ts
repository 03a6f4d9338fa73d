import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { toFieldErrors } from './validation-messages.js';

/**
 * The global pipe: an undeclared field is a 400 (never silently dropped), and every
 * field's problem comes back in Chinese in `details`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = toFieldErrors(errors);
      return new BadRequestException({ message: details.map((d) => d.message).join('；') || '请求参数不正确', details });
    },
  });
}
