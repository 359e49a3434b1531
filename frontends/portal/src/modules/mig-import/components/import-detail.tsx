import { Alert, AppLink, Badge, ErrorMessage, Spinner, formatCount, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ACTIVE_STATUSES, IMPORT_FILE_QUERY, RETRY_IMPORT_MUTATION, type ImportFileSummary } from '../graphql/import-files.graphql.js';
import { SERVICE_DOWN } from '../import-file-checks.js';
import { MIG_IMPORT_PATH, MIG_IMPORT_RUN_ROLES, hasAnyRole } from '../mig-import-roles.js';
import { DeviationList } from './deviation-list.js';
import { statusTone } from './import-list.js';

/** How often a running import's progress is fetched. */
export const POLL_INTERVAL_MS = 1000;

export interface ImportDetailProps {
  id: string;
  roles: readonly string[];
  navigate: (url: string) => void;
  /** Poll interval while the import is queued or running (tests shorten it). */
  pollMs?: number;
}

const SOURCE_LABELS: Record<string, string> = { FILE: 'Fil från MiG', OCR: 'Skannad lista' };

/**
 * One import (`/importer/:id`): its status, with progress fetched every second while it is queued or
 * running (the rest of the page stays usable), the failure and "Försök igen" when it failed, and its
 * deviations.
 */
export function ImportDetail({ id, roles, navigate, pollMs = POLL_INTERVAL_MS }: ImportDetailProps) {
  const [{ data, error }, reexecute] = useQuery({ query: IMPORT_FILE_QUERY, variables: { id }, requestPolicy: 'network-only' });
  const file = data?.importFile ?? null;
  const active = file !== null && ACTIVE_STATUSES.includes(file.status);

  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), pollMs);
    return () => clearInterval(timer);
  }, [active, pollMs, reexecute]);

  const back = (
    <p className="mig-import__back">
      <AppLink href={MIG_IMPORT_PATH} onNavigate={navigate}>
        ← Alla importer
      </AppLink>
    </p>
  );
  if (error && !data) {
    return (
      <section className="mig-import">
        {back}
        <ErrorMessage title="Importen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      </section>
    );
  }
  if (!data) return <Spinner label="Laddar importen…" />;
  if (!file) {
    return (
      <section className="mig-import">
        {back}
        <Alert tone="warning" title="Importen finns inte">
          <p>Den kan ha tagits bort, eller så är länken fel.</p>
        </Alert>
      </section>
    );
  }
  const mayRun = hasAnyRole(roles, MIG_IMPORT_RUN_ROLES);
  return (
    <section className="mig-import" aria-labelledby="mig-import-detail-heading">
      {back}
      <h1 id="mig-import-detail-heading">{file.fileName}</h1>
      <dl className="sb-facts mig-import__facts" data-testid="import-facts">
        <dt>Typ</dt>
        <dd>{file.kindLabel}</dd>
        <dt>Profil</dt>
        <dd>{file.profileName}</dd>
        {file.paymentMonth && (
          <>
            <dt>Utbetalningsmånad</dt>
            <dd>{file.paymentMonth}</dd>
          </>
        )}
        {file.account && (
          <>
            <dt>Konto</dt>
            <dd>{file.account}</dd>
          </>
        )}
        <dt>Källa</dt>
        <dd>{SOURCE_LABELS[file.source] ?? file.source}</dd>
        <dt>Mottagen</dt>
        <dd>
          {formatDateTime(file.receivedAt)} av {file.receivedBy}
        </dd>
        <dt>Status</dt>
        <dd>
          <Badge tone={statusTone(file.status)} data-testid="import-status">
            {file.statusLabel}
          </Badge>
        </dd>
      </dl>
      <ImportProgress file={file} active={active} />
      {file.status === 'FAILED' && <FailedImport file={file} mayRetry={mayRun} onRetried={() => reexecute({ requestPolicy: 'network-only' })} />}
      <DeviationList importId={file.id} fileName={file.fileName} mayAct={mayRun} progressKey={`${file.status}-${file.deviationCount}`} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
    </section>
  );
}

function ImportProgress({ file, active }: { file: ImportFileSummary; active: boolean }) {
  const counts = (
    <dl className="sb-facts" data-testid="import-counts">
      <dt>Lästa rader</dt>
      <dd>{formatCount(file.rowsRead)}</dd>
      <dt>Genomförda rader</dt>
      <dd>{formatCount(file.rowsApplied)}</dd>
      <dt>Avvikelser</dt>
      <dd>
        {formatCount(file.deviationCount)} ({formatCount(file.openDeviationCount)} öppna)
      </dd>
    </dl>
  );
  if (active) {
    return (
      <div className="mig-import__progress" data-testid="import-progress">
        <Spinner label={file.status === 'RUNNING' ? `Läst ${formatCount(file.rowsRead)} rader …` : 'Importen väntar på sin tur …'} />
        {counts}
        <p className="sb-muted">Du kan lämna sidan; importen fortsätter ändå.</p>
      </div>
    );
  }
  if (file.status === 'APPLIED') {
    return (
      <Alert tone={file.openDeviationCount > 0 ? 'warning' : 'success'} title={`Importen är genomförd ${formatDateTime(file.finishedAt)}`} data-testid="import-result">
        {counts}
      </Alert>
    );
  }
  return counts;
}

function FailedImport({ file, mayRetry, onRetried }: { file: ImportFileSummary; mayRetry: boolean; onRetried: () => void }) {
  const [{ fetching }, retryImport] = useMutation(RETRY_IMPORT_MUTATION);
  const [retryError, setRetryError] = useState<string | null>(null);
  const retry = async () => {
    setRetryError(null);
    const result = await retryImport({ id: file.id }, { additionalTypenames: ['ImportFile'] });
    if (result.error) setRetryError(graphqlErrorText(result.error, SERVICE_DOWN));
    else onRetried();
  };
  return (
    <ErrorMessage title="Importen misslyckades" onRetry={mayRetry && !fetching ? () => void retry() : undefined} data-testid="import-failure">
      <p>{file.failure ?? 'Importen avbröts. Inget från filen har sparats.'}</p>
      {retryError && <p>{retryError}</p>}
    </ErrorMessage>
  );
}
