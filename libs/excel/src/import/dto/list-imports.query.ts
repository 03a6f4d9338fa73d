import { PageQueryDto } from '@app/platform';

/** `GET /api/imports`: newest first, paged. */
export class ListImportsQuery extends PageQueryDto {}
