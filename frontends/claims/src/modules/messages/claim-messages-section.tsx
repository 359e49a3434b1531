import { Alert, Badge, Button, ErrorMessage, Spinner, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CLAIM_MESSAGES_QUERY, POST_CLAIM_MESSAGE, type ClaimMessageNode } from './claim-messages.graphql.js';

export const MAX_MESSAGE_LENGTH = 4000;
/** Roles that may write AmF's internal notes (the server checks it too). */
const AMF_WRITERS = ['COORDINATOR'];
const WRITERS = ['COORDINATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'];

function sideText(m: ClaimMessageNode): string {
  if (m.visibility === 'INTERNAL') return 'Intern anteckning (AmF)';
  return m.fromSide === 'AMF' ? 'AmF' : 'Stadsdelen';
}

/**
 * "Frågor och meddelanden": the district's questions, AmF's answers and notes on a claim, oldest
 * first, and a form to write one. AmF may mark a note as internal; the district never sees those.
 */
export function ClaimMessagesSection({ claimId }: { claimId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: CLAIM_MESSAGES_QUERY, variables: { id: claimId } });
  const [{ fetching }, post] = useMutation(POST_CLAIM_MESSAGE);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<string>();
  const fieldId = useId();

  if (!data) {
    return (
      <section aria-labelledby={`${fieldId}-heading`}>
        <h2 id={`${fieldId}-heading`}>Frågor och meddelanden</h2>
        {error ? (
          <ErrorMessage title="Meddelandena kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            <p>{graphqlErrorText(error, 'Tjänsten svarar inte just nu.')}</p>
          </ErrorMessage>
        ) : (
          <Spinner label="Laddar meddelanden…" />
        )}
      </section>
    );
  }
  const messages = data.claim?.messages ?? [];
  const roles = data.me.roles;
  const mayWrite = roles.some((r) => WRITERS.includes(r));
  const mayWriteInternal = roles.some((r) => AMF_WRITERS.includes(r));

  const submit = async () => {
    setSent(undefined);
    const text = body.trim();
    if (!text) return setProblem('Skriv ett meddelande.');
    if (text.length > MAX_MESSAGE_LENGTH) return setProblem(`Meddelandet får vara högst ${MAX_MESSAGE_LENGTH.toLocaleString('sv-SE')} tecken.`);
    setProblem(undefined);
    const result = await post({ input: { claimId, body: text, internal } });
    if (result.error) return setProblem(graphqlErrorText(result.error, 'Meddelandet kunde inte skickas. Försök igen.'));
    setBody('');
    setInternal(false);
    setSent(internal ? 'Anteckningen är sparad.' : 'Meddelandet är skickat.');
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <section aria-labelledby={`${fieldId}-heading`} data-testid="claim-messages">
      <h2 id={`${fieldId}-heading`}>Frågor och meddelanden</h2>
      {messages.length === 0 ? (
        <p className="sb-muted">Inga meddelanden ännu.</p>
      ) : (
        <ol className="claim-messages">
          {messages.map((m) => (
            <li key={m.id} data-testid="claim-message">
              <p>
                <Badge tone={m.visibility === 'INTERNAL' ? 'warning' : 'neutral'} data-testid="claim-message-side">
                  {sideText(m)}
                </Badge>{' '}
                <strong>{m.authorUsername}</strong>, {formatDateTime(m.createdAt)}
              </p>
              <p className="claim-messages__body" data-testid="claim-message-body">
                {m.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {sent && (
        <Alert tone="success" data-testid="claim-message-sent">
          <p>{sent}</p>
        </Alert>
      )}
      {mayWrite && (
        <form
          className="sb-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <div className="sb-field">
            <label className="sb-field__label" htmlFor={`${fieldId}-body`}>
              {mayWriteInternal ? 'Nytt meddelande till stadsdelen eller anteckning' : 'Ny fråga eller nytt meddelande till Statsbidragsgruppen'}
            </label>
            <textarea
              id={`${fieldId}-body`}
              className="sb-field__input"
              rows={4}
              value={body}
              maxLength={MAX_MESSAGE_LENGTH + 100}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${fieldId}-error` : undefined}
              onChange={(event) => setBody(event.target.value)}
              data-testid="claim-message-input"
            />
            {problem && (
              <p id={`${fieldId}-error`} className="sb-field__error" role="alert" data-testid="claim-message-error">
                {problem}
              </p>
            )}
          </div>
          {mayWriteInternal && (
            <p>
              <label>
                <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} data-testid="claim-message-internal" /> Intern
                anteckning (syns bara för AmF)
              </label>
            </p>
          )}
          <Button type="submit" isDisabled={fetching} data-testid="claim-message-send">
            {fetching ? 'Skickar…' : internal ? 'Spara anteckning' : 'Skicka'}
          </Button>
        </form>
      )}
    </section>
  );
}
