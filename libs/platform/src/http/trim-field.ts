import { Transform } from 'class-transformer';

/**
 * Trims a text field before validation, so `'   '` fails `@IsNotEmpty()` instead of being stored
 * as an empty name, and stray spaces never reach the database.
 */
export function Trim(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
}
