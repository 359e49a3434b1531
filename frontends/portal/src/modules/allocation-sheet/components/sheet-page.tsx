import { Alert, AppLink, Badge, Button, ErrorMessage, Spinner, formatDateTime, formatKronor, graphqlErrorText } from '@statsbidrag/ui';
import { useCallback, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ALLOCATION_PATH, MONTH_PATTERN, SERVICE_DOWN, unallocatedPath } from '../allocation-sheet-roles.js';
import { ALLOCATION_PROPOSAL_QUERY, ALLOCATION_SHEET_MONTH_QUERY, ALLOCATION_SHEET_VERSION_QUERY, type AllocationSheet } from '../graphql/allocation-sheet.graphql.js';
import { statusTone } from '../sheet-format.js';
import { SheetActions } from './sheet-actions.js';
import { CodeTotals, InitialCostSplit, ReconciliationTable, SheetLines } from './sheet-tables.js';
import { SheetVersions, VersionChanges } from './sheet-versions.js';

export interface SheetPageProps {
  month: string;
  navigate: (url: string) => void;
}

const PROPOSAL = 'PROPOSAL';
const monthContext = { additionalTypenames: ['AllocationSheet'] };

/**
 * One month's allocation sheet (`/fordelning/:month`): the latest saved version (or the live proposal
 * when none is saved, or on request), its lines, totals, reconciliation and initial-cost split, the
 * actions its status allows, and the month's versions with their changes.
 */
export function SheetPage({ month, navigate }: SheetPageProps) {
  const back = (
    <p className="allocation__back">
      <AppLink href={ALLOCATION_PATH} onNavigate={navigate}>
        ← Alla månader
      </AppLink>
    </p>
  );
  if (!MONTH_PATTERN.test(month)) {
    return (
      <section className="allocation">
        {back}
        <Alert tone="warning" title="Månaden finns inte">
          <p>Skriv månaden som ÅÅÅÅ-MM, till exempel 2025-03.</p>
        </Alert>
      </section>
    );
  }
  return <SheetMonth month={month} navigate={navigate} back={back} />;
}

function SheetMonth({ month, navigate, back }: SheetPageProps & { back: ReactNode }) {
  const [{ data, error }, reexecute] = useQuery({ query: ALLOCATION_SHEET_MONTH_QUERY, variables: { month }, context: monthContext, requestPolicy: 'cache-and-network' });
  /** The version chosen (id), the live proposal, or null: the latest version. */
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** Counts the changes made here: the sheet shown is fetched anew after each. */
  const [revision, setRevision] = useState(0);
  const show = useCallback((id: string) => (setChosen(id), setMessage(null)), []);

  if (error && !data) {
    return (
      <section className="allocation">
        {back}
        <ErrorMessage title="Fördelningsarket kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      </section>
    );
  }
  if (!data) return <Spinner label="Laddar fördelningsarket…" />;
  const { latest, versions } = data.allocationSheetMonth;
  const shown = chosen ?? latest?.id ?? PROPOSAL;
  const changed = (sheet: AllocationSheet, text: string) => {
    setChosen(sheet.id ?? null);
    setMessage(text);
    setRevision((r) => r + 1);
    reexecute({ requestPolicy: 'network-only' });
  };
  return (
    <section className="allocation" aria-labelledby="allocation-sheet-heading">
      {back}
      <h1 id="allocation-sheet-heading">Fördelningsark {month}</h1>
      <div className="sb-toolbar">
        {shown === PROPOSAL ? (
          latest && (
            <Button variant="secondary" onPress={() => show(latest.id!)}>
              Visa senaste versionen
            </Button>
          )
        ) : (
          <Button variant="secondary" onPress={() => show(PROPOSAL)}>
            Visa aktuellt förslag
          </Button>
        )}
        <AppLink href={unallocatedPath(month)} onNavigate={navigate}>
          Ej fördelade medel
        </AppLink>
      </div>
      {message && (
        <Alert tone="success" title={message} data-testid="sheet-message" />
      )}
      {shown === PROPOSAL ? (
        <ProposalView key={revision} month={month} latestApproved={latest?.status === 'APPROVED'} onChanged={changed} />
      ) : (
        <VersionView key={`${shown}-${revision}`} id={shown} current={shown === latest?.id} onChanged={changed} />
      )}
      <section className="allocation__section" aria-labelledby="allocation-versions-heading">
        <h2 id="allocation-versions-heading">Versioner</h2>
        <SheetVersions versions={versions} shownId={shown === PROPOSAL ? null : shown} onShow={show} />
      </section>
    </section>
  );
}

type Changed = (sheet: AllocationSheet, message: string) => void;

function ProposalView({ month, latestApproved, onChanged }: { month: string; latestApproved: boolean; onChanged: Changed }) {
  const [{ data, error }, reexecute] = useQuery({ query: ALLOCATION_PROPOSAL_QUERY, variables: { month }, requestPolicy: 'network-only' });
  if (error && !data) {
    return (
      <ErrorMessage title="Förslaget kunde inte räknas fram" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Räknar fram förslaget…" />;
  return <SheetView sheet={data.allocationSheet} current latestApproved={latestApproved} onChanged={onChanged} />;
}

function VersionView({ id, current, onChanged }: { id: string; current: boolean; onChanged: Changed }) {
  const [{ data, error }, reexecute] = useQuery({ query: ALLOCATION_SHEET_VERSION_QUERY, variables: { id }, context: monthContext });
  if (error && !data) {
    return (
      <ErrorMessage title="Versionen kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
      </ErrorMessage>
    );
  }
  if (!data) return <Spinner label="Laddar versionen…" />;
  if (!data.allocationSheetVersion) return <Alert tone="warning" title="Versionen finns inte" />;
  return <SheetView sheet={data.allocationSheetVersion} current={current} latestApproved={false} onChanged={onChanged} />;
}

function SheetView({ sheet, current, latestApproved, onChanged }: { sheet: AllocationSheet; current: boolean; latestApproved: boolean; onChanged: Changed }) {
  return (
    <div data-testid="sheet-view">
      <dl className="sb-facts" data-testid="sheet-facts">
        <dt>Visar</dt>
        <dd data-testid="sheet-shown">{sheet.version == null ? 'Aktuellt förslag (inte sparat)' : `Version ${sheet.version}${current ? '' : ' (äldre version)'}`}</dd>
        <dt>Status</dt>
        <dd>
          <Badge tone={statusTone(sheet.status)} data-testid="sheet-status">
            {sheet.statusLabel}
          </Badge>
        </dd>
        <dt>Totalt</dt>
        <dd data-testid="sheet-total">{formatKronor(sheet.total)}</dd>
        {sheet.createdBy && (
          <>
            <dt>Sparad</dt>
            <dd>
              {formatDateTime(sheet.createdAt)} av {sheet.createdBy}
            </dd>
          </>
        )}
        {sheet.reviewedBy && (
          <>
            <dt>Granskad</dt>
            <dd>
              {formatDateTime(sheet.reviewedAt)} av {sheet.reviewedBy}
            </dd>
          </>
        )}
        {sheet.note && (
          <>
            <dt>Anteckning</dt>
            <dd>{sheet.note}</dd>
          </>
        )}
      </dl>
      <SheetActions sheet={sheet} current={current} latestApproved={latestApproved} onChanged={onChanged} />
      {sheet.version == null && sheet.changes.length > 0 && <VersionChanges version={0} changes={sheet.changes} title="Skillnader mot senaste sparade versionen" />}
      <section className="allocation__section" aria-labelledby="allocation-reconciliation-heading">
        <h2 id="allocation-reconciliation-heading">Avstämning</h2>
        <ReconciliationTable reconciliation={sheet.reconciliation} />
      </section>
      <section className="allocation__section" aria-labelledby="allocation-lines-heading">
        <h2 id="allocation-lines-heading">Fördelning per ersättningskod</h2>
        <SheetLines lines={sheet.lines} />
        <h3>Summor per ersättningskod</h3>
        <CodeTotals totals={sheet.totals} />
      </section>
      <section className="allocation__section" aria-labelledby="allocation-split-heading">
        <h2 id="allocation-split-heading">Initiala kostnader (glappet)</h2>
        <p className="sb-muted">Initiala kostnader fördelade efter varje åldersgrupps andel per stadsdel; delarna summerar exakt till helheten.</p>
        <InitialCostSplit shares={sheet.initialCostSplit} />
      </section>
    </div>
  );
}
