import { Alert, AppLink, Badge, Button, ConfirmDialog, ErrorMessage, Select, Spinner, formatCount, formatDateTime, formatFileSize, formatKronor, graphqlErrorText } from '@statsbidrag/ui';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SERVICE_DOWN } from '../../mig-import/import-file-checks.js';
import { FLAT_RATE_IMPORTS_PATH, FLAT_RATE_RUN_ROLES, hasAnyRole } from '../flat-rate-roles.js';
import { ACCEPT_NO_DISTRICT_MUTATION, ACTIVE_STATUSES, FLAT_RATE_IMPORT_QUERY, RETRY_FLAT_RATE_IMPORT_MUTATION } from '../graphql/flat-rate-imports.graphql.js';
import { FLAT_RATE_DEVIATIONS_QUERY } from '../graphql/flat-rate-deviations.graphql.js';
import { DEVIATION_STATUSES, FlatRateDeviationTable } from './flat-rate-deviation-table.js';
import { statusTone } from './flat-rate-import-list.js';
import { FailedImport, ImportProgress } from '../../import-shared/components/import-progress.js';

/** How often a running import's progress is fetched. */
export const POLL_INTERVAL_MS = 1000;

export interface FlatRateImportDetailProps {
  id: string;
  roles: readonly string[];
  navigate: (url: string) => void;
  pollMs?: number;
}

/** One flat-rate import (`/schabloner/importer/:id`): counts, total, months, progress while it runs, its deviations and bulk booking of rows without address. */
export function FlatRateImportDetail({ id, roles, navigate, pollMs = POLL_INTERVAL_MS }: FlatRateImportDetailProps) {
  const [{ data, error }, reexecute] = useQuery({ query: FLAT_RATE_IMPORT_QUERY, variables: { id }, requestPolicy: 'network-only' });
  const file = data?.flatRateImport ?? null;
  const active = file !== null && ACTIVE_STATUSES.includes(file.status);
  const [status, setStatus] = useState('OPEN');
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), pollMs);
    return () => clearInterval(timer);
  }, [active, pollMs, reexecute]);

  const back = (
    <p className="mig-import__back">
      <AppLink href={FLAT_RATE_IMPORTS_PATH} onNavigate={navigate}>
        ← Alla importer av schabloner
      </AppLink>
    </p>
  );
  if (error && !data) {
    return (
      <section className="mig-import">
        {back}
        <ErrorMessage title="Importen kunde inte hämtas" onRetry={refresh}>
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
  const mayRun = hasAnyRole(roles, FLAT_RATE_RUN_ROLES);
  return (
    <section className="mig-import" aria-labelledby="flat-rate-detail-heading">
      {back}
      <h1 id="flat-rate-detail-heading">{file.fileName}</h1>
      <dl className="sb-facts mig-import__facts" data-testid="flat-rate-import-facts">
        <dt>Typ</dt>
        <dd>{file.kindLabel}</dd>
        <dt>Profil</dt>
        <dd>{file.profileName}</dd>
        <dt>Fil</dt>
        <dd>
          {formatFileSize(file.sizeBytes)}
          {file.encrypted && (
            <>
              {' '}
              <Badge data-testid="flat-rate-encrypted">Krypterad</Badge>
            </>
          )}
        </dd>
        <dt>Mottagen</dt>
        <dd>
          {formatDateTime(file.receivedAt)} av {file.receivedBy}
        </dd>
        <dt>Status</dt>
        <dd>
          <Badge tone={statusTone(file.status)} data-testid="flat-rate-import-status">
            {file.statusLabel}
          </Badge>
        </dd>
        <dt>Månader</dt>
        <dd data-testid="flat-rate-import-months">{file.months.length ? file.months.join(', ') : '–'}</dd>
        <dt>Belopp</dt>
        <dd data-testid="flat-rate-import-total">{formatKronor(file.totalAmount)}</dd>
      </dl>
      <ImportProgress file={file} active={active} testIdPrefix="flat-rate-import" />
      {file.status === 'FAILED' && (
        <FailedImport file={file} retryMutation={RETRY_FLAT_RATE_IMPORT_MUTATION} typename="FlatRateImport" testIdPrefix="flat-rate-import" mayRetry={mayRun} onRetried={refresh} />
      )}
      <section className="mig-import__deviations" aria-labelledby="flat-rate-deviations-heading">
        <h2 id="flat-rate-deviations-heading">Avvikelser</h2>
        <div className="sb-toolbar">
          <Select label="Visa avvikelser" options={DEVIATION_STATUSES} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? 'OPEN')} data-testid="flat-rate-deviation-status-filter" />
          <span className="sb-toolbar__spacer" />
          {mayRun && file.openDeviationCount > 0 && <NoDistrictBooking importId={file.id} onDone={refresh} />}
        </div>
        <FlatRateDeviationTable
          key={status}
          importId={file.id}
          status={status}
          mayAct={mayRun}
          exportName={`avvikelser-${file.fileName.replace(/\.[^.]+$/, '')}`}
          progressKey={`${file.status}-${file.deviationCount}-${file.openDeviationCount}`}
          onChanged={refresh}
        />
      </section>
    </section>
  );
}

/** "Bokför alla utan adress som AmF:s intäkt": counts the open NO_DISTRICT rows, asks with the number, then books them. */
function NoDistrictBooking({ importId, onDone }: { importId: string; onDone: () => void }) {
  const variables = useMemo(() => ({ importId, status: 'OPEN', reason: 'NO_DISTRICT', first: 1, after: null }), [importId]);
  const context = useMemo(() => ({ additionalTypenames: ['FlatRateDeviation'] }), []);
  const [{ data }, recount] = useQuery({ query: FLAT_RATE_DEVIATIONS_QUERY, variables, context, requestPolicy: 'network-only' });
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [{ fetching }, accept] = useMutation(ACCEPT_NO_DISTRICT_MUTATION);
  const count = data?.flatRateDeviations.totalCount ?? 0;
  return (
    <>
      {message && (
        <Alert tone={message.tone} data-testid="flat-rate-amf-bulk-result">
          {message.text}
        </Alert>
      )}
      {count > 0 && (
        <Button variant="secondary" isDisabled={fetching} onPress={() => (setMessage(null), setAsking(true))}>
          Bokför alla utan adress som AmF:s intäkt
        </Button>
      )}
      <ConfirmDialog
        isOpen={asking}
        title={`Bokför ${formatCount(count)} rader utan adress som AmF:s intäkt?`}
        confirmLabel="Bokför som AmF:s intäkt"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void accept({ importId }, { additionalTypenames: ['FlatRateImport', 'FlatRateDeviation'] }).then((result) => {
            if (result.error) {
              setMessage({ tone: 'error', text: graphqlErrorText(result.error, SERVICE_DOWN) });
              return;
            }
            const booked = result.data?.acceptNoDistrictAsAmfRevenue ?? 0;
            setMessage({ tone: 'success', text: `${formatCount(booked)} rader är bokförda som AmF:s intäkt.` });
            recount({ requestPolicy: 'network-only' });
            onDone();
          });
        }}
        data-testid="flat-rate-amf-bulk-dialog"
      >
        <p>Alla öppna avvikelser i importen där personen saknar adress i en stadsdel bokförs på AmF:s egen intäkt.</p>
      </ConfirmDialog>
    </>
  );
}
