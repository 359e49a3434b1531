import { readFileAsBase64 } from '@statsbidrag/ui';
import { createRequest, type Client, type CombinedError } from 'urql';
import { pipe, take, toPromise } from 'wonka';
import { ADD_ATTACHMENT_MUTATION, type AttachmentKind } from './graphql/attachments.graphql.js';

/** A file chosen for a kind, before it is sent (see AttachmentPicker). */
export interface AttachmentPick {
  kind: AttachmentKind;
  file: File;
  /** The supplement request the file answers, if any. */
  supplementRequestId?: string | null;
}

export interface UploadResult {
  pick: AttachmentPick;
  /** The new attachment's id, when the server took the file. */
  attachmentId?: string;
  /** The server's (Swedish) refusal, when it did not. */
  error?: CombinedError | Error;
  /** The claim's status after the upload (it may change automatically). */
  claimStatus?: string;
}

/**
 * Sends the chosen files to a claim one after another (each one is its own transaction; the last
 * one may move the claim on). Never throws: each result says whether its file was taken.
 */
export async function uploadAttachments(client: Client, claimId: string, picks: readonly AttachmentPick[]): Promise<UploadResult[]> {
  const results: UploadResult[] = [];
  for (const pick of picks) {
    try {
      const contentBase64 = await readFileAsBase64(pick.file);
      const input = { claimId, kind: pick.kind, fileName: pick.file.name, contentBase64, ...(pick.supplementRequestId ? { supplementRequestId: pick.supplementRequestId } : {}) };
      const result = await pipe(client.executeMutation(createRequest(ADD_ATTACHMENT_MUTATION, { input })), take(1), toPromise);
      const added = result.data?.addClaimAttachment;
      results.push(result.error || !added ? { pick, error: result.error ?? new Error('Filen kunde inte sparas.') } : { pick, attachmentId: added.id, claimStatus: added.claim.status });
    } catch (error) {
      results.push({ pick, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return results;
}
