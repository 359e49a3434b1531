export { ClaimAttachmentsSection, type ClaimAttachmentsSectionProps } from './components/claim-attachments-section.js';
export { AttachmentPicker, missingText, type AttachmentPickerProps } from './components/attachment-picker.js';
export { uploadAttachments, type AttachmentPick, type UploadResult } from './upload-attachments.js';
export { ATTACHMENT_KIND_OPTIONS, ATTACHMENT_KIND_LABELS, clientFileProblem, parsePageList, MAX_ATTACHMENT_BYTES } from './attachment-rules.js';
export type { AttachmentKind, ClaimAttachmentNode } from './graphql/attachments.graphql.js';
