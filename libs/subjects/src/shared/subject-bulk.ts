/** A subject a bulk upsert inserted or updated (rows it left alone are not returned). */
export interface SubjectUpsertResult {
  id: string;
  projectId: string;
  code: string;
  parcelId: string;
  inserted: boolean;
}
