import { gql } from 'urql';

export type AttachmentKind = 'EKONOMISKT_UNDERLAG' | 'INSATSBESLUT' | 'MEDICINSKT_UNDERLAG' | 'KOMPLETTERING' | 'OVRIGT';

export interface ClaimAttachmentNode {
  id: string;
  kind: AttachmentKind;
  kindLabel: string;
  fileName: string;
  mediaType: string;
  mediaTypeLabel: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string;
  superseded: boolean;
  removedPages: number[] | null;
  pageCount: number | null;
  derivedFrom: { id: string; fileName: string } | null;
  canDownload: boolean;
  canRename: boolean;
  canRemove: boolean;
  canRemovePages: boolean;
}

export interface ClaimAttachmentsData {
  claim: {
    id: string;
    status: string;
    canAddAttachments: boolean;
    missingAttachmentKinds: AttachmentKind[];
    attachments: ClaimAttachmentNode[];
  } | null;
}

export const CLAIM_ATTACHMENTS_QUERY = gql<ClaimAttachmentsData, { id: string; includeSuperseded: boolean }>`
  query ClaimAttachments($id: ID!, $includeSuperseded: Boolean!) {
    claim(id: $id) {
      id
      status
      canAddAttachments
      missingAttachmentKinds
      attachments(includeSuperseded: $includeSuperseded) {
        id
        kind
        kindLabel
        fileName
        mediaType
        mediaTypeLabel
        sizeBytes
        uploadedAt
        uploadedBy
        superseded
        removedPages
        pageCount
        derivedFrom {
          id
          fileName
        }
        canDownload
        canRename
        canRemove
        canRemovePages
      }
    }
  }
`;

export interface AttachmentContentData {
  claimAttachment: { id: string; fileName: string; mediaType: string; contentBase64: string } | null;
}

/** The file itself, only when the user downloads it. */
export const ATTACHMENT_CONTENT_QUERY = gql<AttachmentContentData, { id: string }>`
  query ClaimAttachmentContent($id: ID!) {
    claimAttachment(id: $id) {
      id
      fileName
      mediaType
      contentBase64
    }
  }
`;

type Changed = { id: string; fileName: string; claim: { id: string; status: string; statusLabel: string } };

export interface AddClaimAttachmentInput {
  claimId: string;
  kind: AttachmentKind;
  fileName: string;
  contentBase64: string;
  supplementRequestId?: string | null;
}

export const ADD_ATTACHMENT_MUTATION = gql<{ addClaimAttachment: Changed }, { input: AddClaimAttachmentInput }>`
  mutation AddClaimAttachment($input: AddClaimAttachmentInput!) {
    addClaimAttachment(input: $input) {
      id
      fileName
      claim {
        id
        status
        statusLabel
      }
    }
  }
`;

export const RENAME_ATTACHMENT_MUTATION = gql<{ renameClaimAttachment: Changed }, { input: { attachmentId: string; fileName: string } }>`
  mutation RenameClaimAttachment($input: RenameClaimAttachmentInput!) {
    renameClaimAttachment(input: $input) {
      id
      fileName
      claim {
        id
        status
        statusLabel
      }
    }
  }
`;

export const REMOVE_ATTACHMENT_MUTATION = gql<{ removeClaimAttachment: Changed }, { input: { attachmentId: string; reason?: string | null } }>`
  mutation RemoveClaimAttachment($input: RemoveClaimAttachmentInput!) {
    removeClaimAttachment(input: $input) {
      id
      fileName
      claim {
        id
        status
        statusLabel
      }
    }
  }
`;

export const REMOVE_PAGES_MUTATION = gql<{ removeClaimAttachmentPages: Changed }, { input: { attachmentId: string; pages: number[] } }>`
  mutation RemoveClaimAttachmentPages($input: RemoveClaimAttachmentPagesInput!) {
    removeClaimAttachmentPages(input: $input) {
      id
      fileName
      claim {
        id
        status
        statusLabel
      }
    }
  }
`;
