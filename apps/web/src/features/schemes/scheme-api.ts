import { api, call } from '../../api/client';
import type { CreateSchemeVersionBody, SchemeVersionView } from '../../api/views';
import { toItems, toSwapPricing, type VersionValues } from './scheme-form';

/** The project's scheme versions, newest first. */
export const listVersions = (project: string) =>
  call<SchemeVersionView[]>(api.GET('/api/projects/{code}/schemes', { params: { path: { code: project } } }));

export const getVersion = (id: string) => call<SchemeVersionView>(api.GET('/api/schemes/{id}', { params: { path: { id } } }));

/** The form as the api stores a version (the api validates every item and answers 422 naming it). */
function body(values: VersionValues): CreateSchemeVersionBody {
  return {
    name: (values.name ?? '').trim(),
    effectiveOn: values.effectiveOn ?? '',
    items: toItems(values) as unknown as CreateSchemeVersionBody['items'],
    swapPricing: toSwapPricing(values.swap) as unknown as CreateSchemeVersionBody['swapPricing'],
  };
}

/** Saves the form: a new draft of the project's scheme, or the draft being edited. */
export function saveVersion(project: string, draft: SchemeVersionView | null, values: VersionValues): Promise<SchemeVersionView> {
  if (!draft)
    return call<SchemeVersionView>(api.POST('/api/projects/{code}/schemes', { params: { path: { code: project } }, body: body(values) }));
  return call<SchemeVersionView>(
    api.PATCH('/api/schemes/{id}', { params: { path: { id: draft.id } }, body: { ...body(values), version: draft.version } }),
  );
}

export const publishVersion = (id: string) => call<SchemeVersionView>(api.POST('/api/schemes/{id}/publish', { params: { path: { id } } }));
