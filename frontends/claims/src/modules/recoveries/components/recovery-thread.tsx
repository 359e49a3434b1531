import { Alert, Badge, Button, FileField, base64ToBytes, formatDateTime, graphqlErrorText, readFileAsBase64, saveBytes } from '@statsbidrag/ui';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { queryOnce } from '../graphql/query-once.js';
import { POST_RECOVERY_MESSAGE_MUTATION, RECOVERY_DOCUMENT_QUERY, type RecoveryMessage } from '../graphql/recoveries.graphql.js';
import { DOCUMENT_ACCEPT, DOCUMENT_HELP, MAX_TEXT, documentContentType, documentProblem } from '../recovery-rules.js';
import { TextArea } from './text-area.js';

export interface RecoveryThreadProps {
  recoveryId: string;
  messages: readonly RecoveryMessage[];
  /** The viewer may write (AmF's coordinators and administrators, the district's staff). */
  mayWrite: boolean;
  /** Called after a message is posted (the page fetches the recovery again). */
  onPosted: () => void;
}

const SERVICE_DOWN = 'Tjänsten för beslut och återkrav svarar inte just nu. Försök igen om en stund.';
const sideText = (side: string) => (side === 'AMF' ? 'AmF' : 'Stadsdelen');

/**
 * "Meddelanden": AmF and the district's contact person discuss whether to appeal, oldest first;
 * a message may carry one document (PDF, Word, Excel, PNG or JPEG, at most 10 MB), downloadable by both.
 */
export function RecoveryThread({ recoveryId, messages, mayWrite, onPosted }: RecoveryThreadProps) {
  const client = useClient();
  const [{ fetching }, post] = useMutation(POST_RECOVERY_MESSAGE_MUTATION);
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [bodyError, setBodyError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [sendError, setSendError] = useState<string>();
  const [sent, setSent] = useState<string>();
  const [downloadError, setDownloadError] = useState<string>();
  // A new file chooser after sending clears the chosen file.
  const [fileKey, setFileKey] = useState(0);

  const choose = (picked: File | null) => {
    setFile(picked);
    setFileError(picked ? (documentProblem(picked) ?? undefined) : undefined);
  };

  const submit = async () => {
    setSent(undefined);
    setSendError(undefined);
    const text = body.trim();
    const tooLong = text.length > MAX_TEXT;
    setBodyError(!text ? 'Skriv ett meddelande.' : tooLong ? `Meddelandet får vara högst ${MAX_TEXT.toLocaleString('sv-SE')} tecken.` : undefined);
    const problem = file ? documentProblem(file) : null;
    setFileError(problem ?? undefined);
    if (!text || tooLong || problem) return;
    const document = file ? { fileName: file.name, contentType: documentContentType(file.name), contentBase64: await readFileAsBase64(file) } : {};
    const result = await post({ input: { recoveryId, body: text, ...document } });
    if (result.error) {
      const message = graphqlErrorText(result.error, SERVICE_DOWN);
      const field = result.error.graphQLErrors[0]?.extensions?.field;
      if (typeof field === 'string' && /content|file/i.test(field)) setFileError(message);
      else setSendError(message);
      return;
    }
    setBody('');
    setFile(null);
    setFileKey((k) => k + 1);
    setSent('Meddelandet är skickat.');
    onPosted();
  };

  const download = async (message: RecoveryMessage) => {
    setDownloadError(undefined);
    const result = await queryOnce(client, RECOVERY_DOCUMENT_QUERY, { messageId: message.id });
    const doc = result.data?.recoveryDocument;
    if (!doc) {
      setDownloadError(result.error ? graphqlErrorText(result.error, SERVICE_DOWN) : `Dokumentet ${message.fileName ?? ''} finns inte längre.`);
      return;
    }
    saveBytes(base64ToBytes(doc.contentBase64), doc.fileName, doc.contentType);
  };

  return (
    <section aria-labelledby="recovery-thread-heading" data-testid="recovery-thread">
      <h2 id="recovery-thread-heading">Meddelanden</h2>
      {messages.length === 0 ? (
        <p className="sb-muted">Inga meddelanden ännu.</p>
      ) : (
        <ol className="claim-messages">
          {messages.map((m) => (
            <li key={m.id} data-testid="recovery-message">
              <p>
                <Badge tone="neutral">{sideText(m.side)}</Badge> <strong>{m.authorUsername}</strong>, {formatDateTime(m.createdAt)}
              </p>
              <p className="claim-messages__body" data-testid="recovery-message-body">
                {m.body}
              </p>
              {m.fileName && (
                <p>
                  <Button variant="secondary" onPress={() => void download(m)} aria-label={`Ladda ned ${m.fileName}`} data-testid="recovery-message-document">
                    {m.fileName}
                  </Button>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {downloadError && (
        <Alert tone="error" title="Dokumentet kunde inte hämtas">
          <p>{downloadError}</p>
        </Alert>
      )}
      {sent && (
        <Alert tone="success" data-testid="recovery-message-sent">
          <p>{sent}</p>
        </Alert>
      )}
      {mayWrite && (
        <form
          className="sb-form"
          noValidate
          aria-label="Skriv ett meddelande"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextArea label="Nytt meddelande" value={body} onChange={setBody} errorMessage={bodyError} maxLength={MAX_TEXT + 100} data-testid="recovery-message-input" />
          <FileField key={fileKey} label="Dokument (valfritt)" description={DOCUMENT_HELP} accept={DOCUMENT_ACCEPT} errorMessage={fileError} onChange={choose} data-testid="recovery-message-file" />
          {sendError && (
            <Alert tone="error" title="Meddelandet kunde inte skickas">
              <p>{sendError}</p>
            </Alert>
          )}
          <Button type="submit" isDisabled={fetching} data-testid="recovery-message-send">
            {fetching ? 'Skickar…' : 'Skicka'}
          </Button>
        </form>
      )}
    </section>
  );
}
