import { api, call, download } from '../api/client';
import type { AttachmentView } from '../api/views';

/** The kinds of record attachments belong to (registered on the api side). */
export type AttachmentOwnerType = 'communication' | 'handover' | 'audit_report' | 'unit_allocation' | 'annual_target' | 'milestone' | 'rectification_violation' | 'land_ownership';

/** Uploads a file (multipart: file, ownerType, ownerId); the api checks its bytes (PDF, JPEG, PNG, .xlsx, .docx). */
export const uploadAttachment = (ownerType: AttachmentOwnerType, ownerId: string, file: File): Promise<AttachmentView> =>
  call<AttachmentView>(
    api.POST('/api/attachments', {
      body: { ownerType, ownerId, file: '' },
      bodySerializer: () => {
        const form = new FormData();
        form.append('ownerType', ownerType);
        form.append('ownerId', ownerId);
        form.append('file', file, file.name);
        return form;
      },
    }),
  );

export const listAttachments = (ownerType: AttachmentOwnerType, ownerId: string): Promise<AttachmentView[]> =>
  call<AttachmentView[]>(api.GET('/api/attachments', { params: { query: { ownerType, ownerId } } }));

/** Saves an attachment under its own (Chinese) name. */
export const downloadAttachment = (a: Pick<AttachmentView, 'id' | 'fileName'>): Promise<void> =>
  download(api.GET('/api/attachments/{id}', { params: { path: { id: a.id } }, parseAs: 'blob' }), a.fileName);
