import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@statsbidrag/domain';
import { Alert, AppLink, Badge, Button, DataTable, ErrorMessage, Spinner, formatDate, formatDateTime, formatKronor, formatPeriod, graphqlErrorText, type DataTableColumn } from '@statsbidrag/ui';
import type { ClaimDetailProps } from '@statsbidrag/ui/host';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { CLAIM_DETAIL_QUERY, type ClaimStatusChange, type ClaimTransition } from '../graphql/claim-detail.graphql.js';
import { ClaimMessagesSection } from '../../messages/claim-messages-section.js';
import { ClaimAttachmentsSection } from '../../attachments/index.js';
import { ClaimTransitionDialog } from './claim-transition-dialog.js';
import { ClaimDecisionsSection, ClaimDetailsSection } from '../../claim-details/index.js';

export const CLAIMS_PATH = '/atersokningar';

/** How the application went to MiG, as shown after the date. */
const SENT_CHANNEL_TEXT: Record<string, string> = { POST: 'per post', E_TJANST: 'via MiG:s e-tjänst' };

/** Swedish label of a status code (the server's label when it sent one). */
export function statusLabel(status: string | null): string {
  if (!status) return '–';
  return CLAIM_STATUS_LABELS[status as ClaimStatus] ?? status;
}

const historyColumns: DataTableColumn<ClaimStatusChange>[] = [
  { id: 'at', label: 'När', text: (h) => formatDateTime(h.at), isRowHeader: true, cellTestId: 'history-at' },
  { id: 'from', label: 'Från status', text: (h) => (h.fromStatus ? statusLabel(h.fromStatus) : 'Ny'), cellTestId: 'history-from' },
  { id: 'to', label: 'Till status', text: (h) => h.toStatusLabel || statusLabel(h.toStatus), cellTestId: 'history-to' },
  { id: 'who', label: 'Vem', text: (h) => h.changedBy, cellTestId: 'history-who' },
  { id: 'reason', label: 'Anledning', text: (h) => h.reason ?? '', cellTestId: 'history-reason' },
];

function Link({ href, navigate, children, ...rest }: { href: string; navigate?: (url: string) => void; children: ReactNode; 'data-testid'?: string }) {
  return navigate ? (
    <AppLink href={href} onNavigate={navigate} {...rest}>
      {children}
    </AppLink>
  ) : (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/**
 * "Återsökning": one claim with its history, the supplement requests and the status steps the server
 * says the viewer may take now (`allowedTransitions`; the browser never decides who may do what).
 * Uses the host's urql client (urql is a shared singleton).
 */
export function ClaimDetail({ id, navigate }: ClaimDetailProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CLAIM_DETAIL_QUERY, variables: { id } });
  const [open, setOpen] = useState<ClaimTransition | null>(null);
  const [done, setDone] = useState<string>();
  const claim = data?.claim;
  const back = (
    <p>
      <Link href={CLAIMS_PATH} navigate={navigate}>
        Till alla återsökningar
      </Link>
    </p>
  );

  if (!data) {
    return error ? (
      <section aria-labelledby="claim-heading">
        <h1 id="claim-heading">Återsökning</h1>
        <ErrorMessage title="Återsökningen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, 'Tjänsten för återsökningar svarar inte just nu. Försök igen om en stund.')}</p>
        </ErrorMessage>
        {back}
      </section>
    ) : (
      <Spinner label="Laddar återsökningen…" />
    );
  }
  if (!claim) {
    return (
      <section aria-labelledby="claim-heading">
        <h1 id="claim-heading">Återsökningen finns inte</h1>
        <Alert tone="error" data-testid="claim-not-found">
          <p>Återsökningen finns inte, eller så har du inte behörighet att se den.</p>
        </Alert>
        {back}
      </section>
    );
  }

  const channel = claim.sentChannel ? (SENT_CHANNEL_TEXT[claim.sentChannel] ?? claim.sentChannel) : null;
  return (
    <section className="claim-detail" aria-labelledby="claim-heading" aria-busy={fetching}>
      {back}
      <h1 id="claim-heading">
        Återsökning: {claim.claimType.name} ({claim.claimType.code})
      </h1>
      {done && (
        <Alert tone="success" data-testid="claim-transition-done">
          <p>{done}</p>
        </Alert>
      )}
      {error && <ErrorMessage title="Återsökningen kunde inte uppdateras">{graphqlErrorText(error, 'Tjänsten för återsökningar svarar inte just nu.')}</ErrorMessage>}
      <dl className="sb-facts" data-testid="claim-facts">
        <dt>Status</dt>
        <dd data-testid="claim-status">{claim.statusLabel}</dd>
        <dt>Person</dt>
        <dd data-testid="claim-person">
          {claim.person ? (
            <Link href={`/personer/${encodeURIComponent(claim.person.id)}`} navigate={navigate}>
              {claim.person.fullName}
            </Link>
          ) : (
            'Personen visas inte för dig'
          )}
        </dd>
        <dt>Kostnadsbärande stadsdel</dt>
        <dd data-testid="claim-district">{claim.district.name}</dd>
        <dt>Ersättningstyp</dt>
        <dd data-testid="claim-type">
          {claim.claimType.name} (kod {claim.claimType.code})
        </dd>
        <dt>Period</dt>
        <dd data-testid="claim-period">{formatPeriod(claim.periodFrom, claim.periodTo)}</dd>
        <dt>Belopp</dt>
        <dd data-testid="claim-amount">{formatKronor(claim.amount)}</dd>
        <dt>Startad av</dt>
        <dd>{claim.initiatedBy === 'AMF' ? 'AmF (förslag till stadsdelen)' : 'Stadsdelen'}</dd>
        <dt>Skapad</dt>
        <dd>{formatDateTime(claim.createdAt)}</dd>
        {claim.question && (
          <>
            <dt>Fråga till Statsbidragsgruppen</dt>
            <dd data-testid="claim-question">{claim.question}</dd>
          </>
        )}
        {claim.migCaseNumber && (
          <>
            <dt>MiG:s diarienummer</dt>
            <dd data-testid="claim-mig-case-number">{claim.migCaseNumber}</dd>
            <dt>Inskickad</dt>
            <dd data-testid="claim-sent">
              {formatDate(claim.sentToMigAt)}
              {channel ? `, ${channel}` : ''}
            </dd>
          </>
        )}
        {(claim.rejectionReasonLabel || claim.rejectionReasonText) && (
          <>
            <dt>Orsak till avvisning</dt>
            <dd data-testid="claim-rejection">{[claim.rejectionReasonLabel, claim.rejectionReasonText].filter(Boolean).join(': ')}</dd>
          </>
        )}
      </dl>

      {claim.allowedTransitions.length > 0 && (
        <div className="sb-toolbar" role="group" aria-label="Ändra status" data-testid="claim-actions">
          {claim.allowedTransitions.map((t) => (
            <Button
              key={t.command}
              variant={t.command === 'REJECT' || t.command === 'DECLINE' ? 'danger' : 'primary'}
              onPress={() => {
                setDone(undefined);
                setOpen(t);
              }}
              data-testid={`claim-action-${t.command}`}
            >
              {t.label}
            </Button>
          ))}
        </div>
      )}

      <ClaimDetailsSection claimId={claim.id} />
      <ClaimDecisionsSection claimId={claim.id} navigate={navigate} />

      <h2>Kompletteringar</h2>
      {claim.supplementRequests.length === 0 ? (
        <p className="sb-muted">Ingen komplettering har begärts.</p>
      ) : (
        <ul className="claim-supplements" data-testid="claim-supplements">
          {claim.supplementRequests.map((s) => (
            <li key={s.id} data-testid="claim-supplement">
              <p>
                <strong>Begärd {formatDate(s.requestedAt)}:</strong> <span data-testid="supplement-description">{s.description}</span>
              </p>
              <p>
                Svara senast <span data-testid="supplement-reply-by">{formatDate(s.replyBy)}</span>{' '}
                {s.overdue && (
                  <Badge tone="warning" data-testid="supplement-overdue">
                    Försenad
                  </Badge>
                )}
              </p>
              {s.answer ? (
                <p>
                  <strong>Svar {formatDate(s.answeredAt)}:</strong> <span data-testid="supplement-answer">{s.answer}</span>
                </p>
              ) : (
                <p className="sb-muted">Inte besvarad ännu.</p>
              )}
            </li>
          ))}
        </ul>
      )}

      <ClaimMessagesSection claimId={claim.id} />
      <ClaimAttachmentsSection claimId={claim.id} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />

      <h2>Historik</h2>
      <DataTable label="Historik" columns={historyColumns} rows={claim.history} getRowId={(h) => `${h.at}-${h.toStatus}`} emptyText="Ingen historik." rowTestId="history-row" data-testid="claim-history" />

      {open && (
        <ClaimTransitionDialog
          claimId={claim.id}
          transition={open}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setDone(message);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}

export default ClaimDetail;
