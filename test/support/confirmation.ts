import type { Http } from './test-app.js';

/**
 * Confirms surveyed cases the only way there is: the town submits them in a confirmation batch and the
 * company (here the admin, who may act for both sides) confirms each line. Answers the batch's id.
 */
export async function confirmThroughBatch(http: Http, projectCode: string, caseIds: string[]): Promise<string> {
  const batch = await http.post(`/api/projects/${projectCode}/confirmation-batches`).send({ caseIds }).expect(201);
  for (const line of batch.body.items as Array<{ id: string; version: number }>) {
    await http.post(`/api/confirmation-lines/${line.id}/confirm`).send({ version: line.version }).expect(200);
  }
  return batch.body.id as string;
}
