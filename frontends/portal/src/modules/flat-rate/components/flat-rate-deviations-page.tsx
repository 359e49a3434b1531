import { Select } from '@statsbidrag/ui';
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { FLAT_RATE_DEVIATIONS_PATH, FLAT_RATE_RUN_ROLES, hasAnyRole } from '../flat-rate-roles.js';
import { FLAT_RATE_IMPORTS_QUERY } from '../graphql/flat-rate-imports.graphql.js';
import { DEVIATION_STATUSES, FlatRateDeviationTable } from './flat-rate-deviation-table.js';
import { FlatRateNav } from './flat-rate-nav.js';
import type { FlatRatePageProps } from './flat-rate-import-page.js';

const ALL = 'ALLA';

/** The reasons of the contract with Swedish names until the server's labels are seen. */
export const DEVIATION_REASONS: readonly { id: string; label: string }[] = [
  { id: 'INVALID_IDENTITY_NUMBER', label: 'Ogiltigt personnummer' },
  { id: 'INCOMPLETE_IDENTITY_NUMBER', label: 'Ofullständigt personnummer' },
  { id: 'RECEPTION_DATE_MISSING', label: 'Mottagningsdatum saknas' },
  { id: 'RECEPTION_DATE_MISMATCH', label: 'Mottagningsdatum stämmer inte' },
  { id: 'AMOUNT_MISMATCH', label: 'Beloppet stämmer inte' },
  { id: 'UNKNOWN_PERSON', label: 'Person saknas' },
  { id: 'NO_DISTRICT', label: 'Ingen adress i Stockholm' },
  { id: 'MOVED_OUT', label: 'Utflyttad' },
  { id: 'CASE_CLOSED', label: 'Ärendet är avslutat' },
  { id: 'REQUIRED', label: 'Uppgift saknas' },
  { id: 'FORMAT', label: 'Felaktigt format' },
  { id: 'UNKNOWN_CODE', label: 'Okänd ersättningskod' },
];

/** "Avvikelser" (`/schabloner/avvikelser`): deviations of every flat-rate import, filtered by status, reason and import. */
export function FlatRateDeviationsPage({ roles, navigate }: FlatRatePageProps) {
  const [status, setStatus] = useState('OPEN');
  const [reason, setReason] = useState(ALL);
  const [importId, setImportId] = useState(ALL);
  const [seen, setSeen] = useState<Record<string, string>>({});
  const [{ data: imports }] = useQuery({ query: FLAT_RATE_IMPORTS_QUERY, variables: { first: 100 } });
  const reasons = useMemo(() => DEVIATION_REASONS.map((r) => ({ id: r.id, label: seen[r.id] ?? r.label })), [seen]);
  const importOptions = useMemo(() => (imports?.flatRateImports.edges ?? []).map((e) => ({ id: e.node.id, label: e.node.fileName })), [imports]);
  const onReasonsSeen = useCallback((found: { id: string; label: string }[]) => {
    setSeen((old) => {
      const next = { ...old };
      for (const r of found) next[r.id] = r.label;
      return found.every((r) => old[r.id] === r.label) ? old : next;
    });
  }, []);

  return (
    <section className="mig-import" aria-labelledby="flat-rate-deviations-page-heading">
      <h1 id="flat-rate-deviations-page-heading">Avvikelser i schabloner</h1>
      <FlatRateNav current={FLAT_RATE_DEVIATIONS_PATH} roles={roles} navigate={navigate} />
      <p>Rader ur importerna av schabloner som inte kunde bokföras. Rätta raden, koppla den till en person, registrera en ny person eller stäng avvikelsen med en motivering.</p>
      <div className="sb-toolbar">
        <Select label="Visa avvikelser" options={DEVIATION_STATUSES} selectedKey={status} onSelectionChange={(s) => setStatus(s ?? 'OPEN')} data-testid="flat-rate-deviation-status-filter" />
        <Select label="Orsak" options={[{ id: ALL, label: 'Alla orsaker' }, ...reasons]} selectedKey={reason} onSelectionChange={(r) => setReason(r ?? ALL)} data-testid="flat-rate-deviation-reason-filter" />
        <Select label="Import" options={[{ id: ALL, label: 'Alla importer' }, ...importOptions]} selectedKey={importId} onSelectionChange={(i) => setImportId(i ?? ALL)} data-testid="flat-rate-deviation-import-filter" />
      </div>
      <FlatRateDeviationTable
        key={`${status}-${reason}-${importId}`}
        status={status}
        reason={reason === ALL ? null : reason}
        importId={importId === ALL ? null : importId}
        mayAct={hasAnyRole(roles, FLAT_RATE_RUN_ROLES)}
        showFile
        exportName="avvikelser-schabloner"
        onReasonsSeen={onReasonsSeen}
      />
    </section>
  );
}
