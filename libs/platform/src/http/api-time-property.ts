import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

type TimeOptions = { description?: string; nullable?: boolean; required?: boolean };

const options = (format: string, example: string, o: TimeOptions): ApiPropertyOptions =>
  ({ type: String, format, example, description: o.description, nullable: o.nullable, required: o.required }) as ApiPropertyOptions;

/** A view field holding an instant, written by `toShanghaiIso`: `2013-03-01T09:30:00.000+08:00`. */
export const ApiInstant = (o: TimeOptions = {}): PropertyDecorator => ApiProperty(options('date-time', '2013-03-01T09:30:00.000+08:00', o));

/** A view field holding a Shanghai calendar date, `YYYY-MM-DD`. */
export const ApiCalendarDate = (o: TimeOptions = {}): PropertyDecorator => ApiProperty(options('date', '2013-03-01', o));
