import {
  Alert,
  Badge,
  Button,
  ConfirmDialog,
  DataTable,
  ErrorMessage,
  FileField,
  Select,
  Spinner,
  TextField,
  formatDateTime,
  formatFileSize,
  graphqlErrorText,
  type DataTableColumn,
} from '@statsbidrag/ui';
import { useState } from 'react';
import { createRequest, useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HELP, ATTACHMENT_KIND_OPTIONS, base64ToBytes, clientFileProblem, parsePageList, saveFile } from '../attachment-rules.js';
import {
  ATTACHMENT_CONTENT_QUERY,
  CLAIM_ATTACHMENTS_QUERY,
  REMOVE_ATTACHMENT_MUTATION,
  REMOVE_PAGES_MUTATION,
  RENAME_ATTACHMENT_MUTATION,
  type AttachmentKind,
  type ClaimAttachmentNode,
} from '../graphql/attachments.graphql.js';
import { uploadAttachments } from '../upload-attachments.js';
import { missingText } from './attachment-picker.js';

const SERVICE_DOWN = 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.';

export interface ClaimAttachmentsSectionProps {
  claimId: string;
  /** false: only list and download (the server decides anyway; its can* fields hide what you may not do). */
  canEdit?: boolean;
  /** After a change (the claim's status may have changed automatically). */
  onChanged?: () => void;
}

/** The server's message for a field of the input (extensions.field / problems), else null. */
function fieldError(error: CombinedError, fields: readonly string[]): string | null {
  for (const e of error.graphQLErrors) {
    const problems = e.extensions?.problems;
    if (Array.isArray(problems)) {
      const match = (problems as { field?: unknown; message?: unknown }[]).find((p) => typeof p.field === 'string' && fields.includes(p.field));
      if (match && typeof match.message === 'string') return match.message;
    }
    if (typeof e.extensions?.field === 'string' && fields.includes(e.extensions.field)) return e.message;
  }
  return null;
}

function fileText(a: ClaimAttachmentNode): string {
  const pages = a.removedPages?.length ? ` (utdrag ur ${a.derivedFrom?.fileName ?? 'originalet'}, sidor ${a.removedPages.join(', ')} borttagna)` : '';
  return `${a.fileName}${pages}`;
}

type Dialog = { type: 'rename' | 'remove' | 'pages'; attachment: ClaimAttachmentNode } | null;

/**
 * "Bilagor" on the claim page: the claim's current files (and with "Visa tidigare versioner" the
 * originals that pages were removed from), download, upload, rename, remove and remove PDF pages.
 * Runs its own query; which buttons show is the server's answer (canAddAttachments, canRename …).
 */
export function ClaimAttachmentsSection({ claimId, canEdit = true, onChanged }: ClaimAttachmentsSectionProps) {
  const client = useClient();
  const [includeSuperseded, setIncludeSuperseded] = useState(false);
  const [{ data, error }, reexecute] = useQuery({ query: CLAIM_ATTACHMENTS_QUERY, variables: { id: claimId, includeSuperseded } });
  const [kind, setKind] = useState<AttachmentKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [uploadErrors, setUploadErrors] = useState<{ kind?: string; file?: string; form?: string }>({});
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>(null);

  const claim = data?.claim;
  const changed = (message: string) => {
    setDone(message);
    setDialog(null);
    reexecute({ requestPolicy: 'network-only' });
    onChanged?.();
  };

  const upload = async () => {
    const found: typeof uploadErrors = {};
    if (!kind) found.kind = 'Välj vad filen är.';
    if (!file) found.file = 'Välj en fil.';
    else found.file = clientFileProblem(file) ?? undefined;
    setUploadErrors(found);
    setDone(undefined);
    if (found.kind || found.file || !kind || !file || uploading) return;
    setUploading(true);
    const [result] = await uploadAttachments(client, claimId, [{ kind, file }]);
    setUploading(false);
    if (!result || result.error) {
      const err = result?.error;
      const combined = err && 'graphQLErrors' in err ? err : null;
      const message = combined ? graphqlErrorText(combined, SERVICE_DOWN) : (err?.message ?? SERVICE_DOWN);
      const onFile = combined ? fieldError(combined, ['fileName', 'contentBase64']) : null;
      setUploadErrors(onFile ? { file: onFile } : { form: message });
      return;
    }
    setFile(null);
    setFileKey((k) => k + 1);
    setKind(null);
    changed(`Filen ${file.name} är uppladdad.`);
  };

  const download = async (attachment: ClaimAttachmentNode) => {
    setActionError(undefined);
    const result = await pipe(
      client.executeQuery(createRequest(ATTACHMENT_CONTENT_QUERY, { id: attachment.id }), { requestPolicy: 'network-only' }),
      filter((r) => !r.stale),
      take(1),
      toPromise,
    );
    const content = result.data?.claimAttachment;
    if (!content) {
      setActionError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : `Filen ${attachment.fileName} finns inte längre.`);
      return;
    }
    saveFile(base64ToBytes(content.contentBase64), content.fileName, content.mediaType);
  };

  if (!data) {
    return (
      <section aria-labelledby="claim-attachments-heading" data-testid="claim-attachments">
        <h2 id="claim-attachments-heading">Bilagor</h2>
        {error ? (
          <ErrorMessage title="Bilagorna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
          </ErrorMessage>
        ) : (
          <Spinner label="Laddar bilagor…" />
        )}
      </section>
    );
  }
  if (!claim) return null;

  const editable = canEdit;
  const missing = missingText(claim.missingAttachmentKinds, []);
  const columns: DataTableColumn<ClaimAttachmentNode>[] = [
    { id: 'kind', label: 'Typ av bilaga', text: (a) => a.kindLabel, cellTestId: 'attachment-kind' },
    {
      id: 'file',
      label: 'Fil',
      isRowHeader: true,
      text: fileText,
      render: (a) => (
        <>
          {fileText(a)}{' '}
          {a.superseded && (
            <Badge tone="neutral" data-testid="attachment-superseded">
              Tidigare version
            </Badge>
          )}
        </>
      ),
      cellTestId: 'attachment-file',
    },
    { id: 'type', label: 'Filtyp', text: (a) => (a.pageCount != null ? `${a.mediaTypeLabel}, ${a.pageCount} ${a.pageCount === 1 ? 'sida' : 'sidor'}` : a.mediaTypeLabel), cellTestId: 'attachment-type' },
    { id: 'size', label: 'Storlek', text: (a) => formatFileSize(a.sizeBytes), sortValue: (a) => a.sizeBytes, align: 'end', cellTestId: 'attachment-size' },
    { id: 'uploaded', label: 'Uppladdad', text: (a) => `${formatDateTime(a.uploadedAt)} av ${a.uploadedBy}`, cellTestId: 'attachment-uploaded' },
    {
      id: 'actions',
      label: 'Åtgärder',
      text: () => '',
      render: (a) => (
        <span className="sb-toolbar">
          {a.canDownload && (
            <Button variant="secondary" onPress={() => void download(a)} aria-label={`Ladda ner ${a.fileName}`} data-testid="attachment-download">
              Ladda ner
            </Button>
          )}
          {editable && a.canRename && (
            <Button variant="secondary" onPress={() => setDialog({ type: 'rename', attachment: a })} aria-label={`Byt namn på ${a.fileName}`} data-testid="attachment-rename">
              Byt namn
            </Button>
          )}
          {editable && a.canRemovePages && (
            <Button variant="secondary" onPress={() => setDialog({ type: 'pages', attachment: a })} aria-label={`Ta bort sidor ur ${a.fileName}`} data-testid="attachment-remove-pages">
              Ta bort sidor
            </Button>
          )}
          {editable && a.canRemove && (
            <Button variant="danger" onPress={() => setDialog({ type: 'remove', attachment: a })} aria-label={`Ta bort ${a.fileName}`} data-testid="attachment-remove">
              Ta bort
            </Button>
          )}
        </span>
      ),
    },
  ];

  return (
    <section aria-labelledby="claim-attachments-heading" data-testid="claim-attachments">
      <h2 id="claim-attachments-heading">Bilagor</h2>
      {missing && (
        <Alert tone="warning" data-testid="attachments-missing">
          <p>{missing}</p>
        </Alert>
      )}
      {done && (
        <Alert tone="success" data-testid="attachments-done">
          <p>{done}</p>
        </Alert>
      )}
      {actionError && (
        <Alert tone="error" title="Filen kunde inte hämtas" data-testid="attachments-error">
          <p>{actionError}</p>
        </Alert>
      )}
      <label className="sb-checkbox">
        <input type="checkbox" checked={includeSuperseded} onChange={(e) => setIncludeSuperseded(e.target.checked)} data-testid="attachments-show-superseded" /> Visa tidigare versioner
      </label>
      <DataTable label="Bilagor" columns={columns} rows={claim.attachments} getRowId={(a) => a.id} emptyText="Inga bilagor." rowTestId="attachment-row" data-testid="attachments-table" />

      {editable && claim.canAddAttachments && (
        <form
          className="sb-form"
          aria-labelledby="attachment-upload-heading"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void upload();
          }}
          data-testid="attachment-upload"
        >
          <h3 id="attachment-upload-heading">Ladda upp en fil</h3>
          {uploadErrors.form && (
            <Alert tone="error" title="Filen laddades inte upp" data-testid="attachment-upload-error">
              <p>{uploadErrors.form}</p>
            </Alert>
          )}
          <div>
            <Select label="Vad är filen?" options={ATTACHMENT_KIND_OPTIONS} selectedKey={kind} onSelectionChange={(k) => setKind((k as AttachmentKind | null) ?? null)} data-testid="attachment-kind-select" />
            {uploadErrors.kind && (
              <p className="sb-field__error" role="alert" data-testid="attachment-kind-error">
                {uploadErrors.kind}
              </p>
            )}
          </div>
          <FileField
            key={fileKey}
            label="Fil"
            description={ATTACHMENT_HELP}
            accept={ATTACHMENT_ACCEPT}
            errorMessage={uploadErrors.file}
            onChange={(f) => {
              setFile(f);
              setUploadErrors((e) => ({ ...e, file: f ? (clientFileProblem(f) ?? undefined) : undefined, form: undefined }));
            }}
            data-testid="attachment-file-input"
          />
          <Button type="submit" isDisabled={uploading} data-testid="attachment-upload-button">
            {uploading ? 'Laddar upp…' : 'Ladda upp'}
          </Button>
        </form>
      )}

      {dialog?.type === 'rename' && <RenameDialog attachment={dialog.attachment} onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.type === 'remove' && <RemoveDialog attachment={dialog.attachment} onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.type === 'pages' && <RemovePagesDialog attachment={dialog.attachment} onClose={() => setDialog(null)} onDone={changed} />}
    </section>
  );
}

interface DialogProps {
  attachment: ClaimAttachmentNode;
  onClose: () => void;
  onDone: (message: string) => void;
}

function RenameDialog({ attachment, onClose, onDone }: DialogProps) {
  const [name, setName] = useState(attachment.fileName);
  const [fieldMessage, setFieldMessage] = useState<string>();
  const [{ fetching }, execute] = useMutation(RENAME_ATTACHMENT_MUTATION);
  const submit = async () => {
    if (!name.trim()) return setFieldMessage('Ange filens namn.');
    if (fetching) return;
    const result = await execute({ input: { attachmentId: attachment.id, fileName: name.trim() } });
    if (result.error) return setFieldMessage(graphqlErrorText(result.error, SERVICE_DOWN));
    onDone(`Filen heter nu ${result.data?.renameClaimAttachment.fileName ?? name.trim()}.`);
  };
  return (
    <ConfirmDialog isOpen title={`Byt namn på ${attachment.fileName}`} confirmLabel={fetching ? 'Sparar…' : 'Byt namn'} onConfirm={() => void submit()} onCancel={onClose} data-testid="attachment-rename-dialog">
      <TextField label="Nytt filnamn" value={name} onChange={setName} isRequired errorMessage={fieldMessage} description={`Filändelsen måste passa filtypen (${attachment.mediaTypeLabel}).`} autoFocus data-testid="attachment-rename-name" />
    </ConfirmDialog>
  );
}

function RemoveDialog({ attachment, onClose, onDone }: DialogProps) {
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string>();
  const [{ fetching }, execute] = useMutation(REMOVE_ATTACHMENT_MUTATION);
  const submit = async () => {
    if (fetching) return;
    const result = await execute({ input: { attachmentId: attachment.id, reason: reason.trim() || null } });
    if (result.error) return setMessage(graphqlErrorText(result.error, SERVICE_DOWN));
    onDone(`Filen ${attachment.fileName} är borttagen från återsökningen.`);
  };
  return (
    <ConfirmDialog isOpen title={`Ta bort ${attachment.fileName}?`} confirmLabel={fetching ? 'Tar bort…' : 'Ja, ta bort'} cancelLabel="Nej, behåll" tone="danger" onConfirm={() => void submit()} onCancel={onClose} data-testid="attachment-remove-dialog">
      <p>Filen tas bort från återsökningen. Den sparas för historiken men visas inte längre.</p>
      {message && (
        <Alert tone="error" title="Filen togs inte bort" data-testid="attachment-remove-error">
          <p>{message}</p>
        </Alert>
      )}
      <TextField label="Anledning (frivillig)" value={reason} onChange={setReason} data-testid="attachment-remove-reason" />
    </ConfirmDialog>
  );
}

function RemovePagesDialog({ attachment, onClose, onDone }: DialogProps) {
  const [text, setText] = useState('');
  const [fieldMessage, setFieldMessage] = useState<string>();
  const [{ fetching }, execute] = useMutation(REMOVE_PAGES_MUTATION);
  const submit = async () => {
    const parsed = parsePageList(text, attachment.pageCount);
    if (!parsed.ok) return setFieldMessage(parsed.message);
    if (fetching) return;
    setFieldMessage(undefined);
    const result = await execute({ input: { attachmentId: attachment.id, pages: parsed.pages } });
    if (result.error) return setFieldMessage(graphqlErrorText(result.error, SERVICE_DOWN));
    onDone(`Sidorna ${parsed.pages.join(', ')} är borttagna. Den nya versionen heter ${result.data?.removeClaimAttachmentPages.fileName ?? ''}; originalet finns kvar under "Visa tidigare versioner".`);
  };
  const pages = attachment.pageCount != null ? ` Dokumentet har ${attachment.pageCount} ${attachment.pageCount === 1 ? 'sida' : 'sidor'}.` : '';
  return (
    <ConfirmDialog isOpen title={`Ta bort sidor ur ${attachment.fileName}`} confirmLabel={fetching ? 'Sparar…' : 'Ta bort sidorna'} onConfirm={() => void submit()} onCancel={onClose} data-testid="attachment-pages-dialog">
      <p>En ny version utan sidorna ersätter filen. Originalet sparas.{pages}</p>
      <TextField label="Sidor att ta bort" value={text} onChange={setText} isRequired errorMessage={fieldMessage} description='Till exempel "2, 4-5".' autoFocus data-testid="attachment-pages-input" />
    </ConfirmDialog>
  );
}
