import { Param, ParseUUIDPipe } from '@nestjs/common';

/** The `:id` of a subject: anything but a UUID cannot exist, so it is a 404 (the filter words it in Chinese). */
export const SubjectId = (): ParameterDecorator => Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));
