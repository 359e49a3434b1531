import { Alert, AppLink, Badge, ErrorMessage, Spinner, formatDateTime, graphqlErrorText } from '@statsbidrag/ui';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ACTIVE_STATUSES, IMPORT_FILE_QUERY, RETRY_IMPORT_MUTATION } from '../graphql/import-files.graphql.js';
import { SERVICE_DOWN } from '../import-file-checks.js';
import { MIG_IMPORT_PATH, MIG_IMPORT_RUN_ROLES, hasAnyRole } from '../mig-import-roles.js';
import { DeviationList } from './deviation-list.js';
import { statusTone } from './import-list.js';
import { FailedImport, ImportProgress } from '../../import-shared/components/import-progress.js';

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
      <ImportProgress file={file} active={active} testIdPrefix="import" />
      {file.status === 'FAILED' && <FailedImport file={file} retryMutation={RETRY_IMPORT_MUTATION} typename="ImportFile" testIdPrefix="import" mayRetry={mayRun} onRetried={() => reexecute({ requestPolicy: 'network-only' })} />}
      <DeviationList importId={file.id} fileName={file.fileName} mayAct={mayRun} progressKey={`${file.status}-${file.deviationCount}`} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
    </section>
  );
}
