import { Alert, Badge, DataTable, formatCount, formatKronor, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo } from 'react';
import type { AllocationCodeTotal, AllocationLine, InitialCostShare, Reconciliation, ReconciliationRow } from '../graphql/allocation-sheet.graphql.js';
import { AGE_BANDS, ageBandText, differenceText, districtText, linesByCode } from '../sheet-format.js';

export const NOT_RECONCILED = 'Avstämningen går inte ihop – arket kan inte godkännas';

const money = <T,>(id: string, label: string, value: (row: T) => number, cellTestId?: string): DataTableColumn<T> => ({
  id,
  label,
  text: (row) => formatKronor(value(row)),
  sortValue: value,
  allowsSorting: true,
  align: 'end',
  cellTestId,
});

const lineKey = (l: AllocationLine) => `${l.kind}-${l.district?.code ?? ''}`;

/** The sheet's lines, one table per compensation code (district, kind, paid, recovered, amount; age bands for generalschablon). */
export function SheetLines({ lines }: { lines: readonly AllocationLine[] }) {
  const groups = useMemo(() => linesByCode(lines), [lines]);
  if (groups.length === 0) return <p className="sb-muted">Inga utbetalningar eller beviljade medel att fördela för månaden.</p>;
  return (
    <>
      {groups.map((group) => (
        <CodeLines key={group.code} code={group.code} lines={group.lines} />
      ))}
    </>
  );
}

function CodeLines({ code, lines }: { code: string; lines: AllocationLine[] }) {
  const withBands = lines.some((l) => (l.ageBands?.length ?? 0) > 0);
  const columns = useMemo<DataTableColumn<AllocationLine>[]>(
    () => [
      { id: 'district', label: 'Stadsdel', text: (l) => districtText(l.district, l.kindLabel), isRowHeader: true, allowsSorting: true, cellTestId: 'line-district' },
      { id: 'kind', label: 'Typ', text: (l) => l.kindLabel, allowsSorting: true },
      money<AllocationLine>('paid', 'Utbetalt', (l) => l.paid),
      money<AllocationLine>('recovered', 'Återkrav', (l) => l.recovered),
      money<AllocationLine>('amount', 'Belopp', (l) => l.amount, 'line-amount'),
      ...(withBands ? AGE_BANDS.map<DataTableColumn<AllocationLine>>((band) => ({ id: `band-${band}`, label: `${band} år`, text: (l) => ageBandText(l, band), align: 'end' })) : []),
    ],
    [withBands],
  );
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  return (
    <div className="allocation__code" data-testid={`code-${code}`}>
      <h3>Ersättningskod {code}</h3>
      <DataTable label={`Fördelning ${code}`} columns={columns} rows={lines} getRowId={lineKey} rowTestId="line-row" />
      <p className="allocation__sum" data-testid="code-sum">
        Summa {code}: <strong>{formatKronor(sum)}</strong>
      </p>
    </div>
  );
}

/** Totals per compensation code. */
export function CodeTotals({ totals }: { totals: readonly AllocationCodeTotal[] }) {
  const columns = useMemo<DataTableColumn<AllocationCodeTotal>[]>(
    () => [
      { id: 'code', label: 'Ersättningskod', text: (t) => t.compensationCode, isRowHeader: true, allowsSorting: true },
      money<AllocationCodeTotal>('allocated', 'Fördelat', (t) => t.allocated),
      money<AllocationCodeTotal>('unallocated', 'Ej fördelat', (t) => t.unallocated),
      money<AllocationCodeTotal>('amfRevenue', 'AmF:s intäkt', (t) => t.amfRevenue),
      money<AllocationCodeTotal>('recoveries', 'Återkrav', (t) => t.recoveries),
      money<AllocationCodeTotal>('net', 'Netto', (t) => t.net, 'total-net'),
    ],
    [],
  );
  return <DataTable label="Summor per ersättningskod" columns={columns} rows={totals} getRowId={(t) => t.compensationCode} rowTestId="total-row" />;
}

/** MiG paid = allocated + unallocated + AmF revenue − recoveries, per code; rows that differ are marked, and a banner says the sheet cannot be approved. */
export function ReconciliationTable({ reconciliation }: { reconciliation: Reconciliation }) {
  const columns = useMemo<DataTableColumn<ReconciliationRow>[]>(
    () => [
      { id: 'code', label: 'Ersättningskod', text: (r) => r.compensationCode, isRowHeader: true, allowsSorting: true },
      money<ReconciliationRow>('migPaid', 'MiG utbetalt', (r) => r.migPaid),
      money<ReconciliationRow>('allocated', 'Fördelat', (r) => r.allocated),
      money<ReconciliationRow>('unallocated', 'Ej fördelat', (r) => r.unallocated),
      money<ReconciliationRow>('amfRevenue', 'AmF:s intäkt', (r) => r.amfRevenue),
      money<ReconciliationRow>('recoveries', 'Återkrav', (r) => r.recoveries),
      {
        id: 'difference',
        label: 'Differens',
        text: (r) => (r.difference === 0 ? formatKronor(0) : `Avvikelse ${differenceText(r.difference)}`),
        render: (r) => (r.difference === 0 ? formatKronor(0) : <Badge tone="error">Avvikelse {differenceText(r.difference)}</Badge>),
        sortValue: (r) => Math.abs(r.difference),
        allowsSorting: true,
        align: 'end',
        cellTestId: 'reconciliation-difference',
      },
    ],
    [],
  );
  return (
    <>
      {reconciliation.ok ? (
        <Alert tone="success" title="Avstämningen går ihop" data-testid="reconciliation-banner">
          <p>Det MiG har betalat ut är fördelat, ej fördelat eller AmF:s intäkt, med återkraven avräknade.</p>
        </Alert>
      ) : (
        <Alert tone="error" title={NOT_RECONCILED} data-testid="reconciliation-banner">
          <ul>
            {reconciliation.deviations.map((d) => (
              <li key={d.compensationCode}>{d.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <DataTable label="Avstämning mot MiG" columns={columns} rows={reconciliation.rows} getRowId={(r) => r.compensationCode} rowTestId="reconciliation-row" />
    </>
  );
}

/** The percentage split of initial costs ("glappet") per district and age band. */
export function InitialCostSplit({ shares }: { shares: readonly InitialCostShare[] }) {
  const columns = useMemo<DataTableColumn<InitialCostShare>[]>(
    () => [
      { id: 'district', label: 'Stadsdel', text: (s) => districtText(s.district, 'AmF:s intäkt'), isRowHeader: true, allowsSorting: true },
      { id: 'band', label: 'Åldersgrupp', text: (s) => `${s.band} år`, allowsSorting: true },
      { id: 'persons', label: 'Personer', text: (s) => formatCount(s.persons), sortValue: (s) => s.persons, allowsSorting: true, align: 'end' },
      money<InitialCostShare>('amount', 'Belopp', (s) => s.amount, 'split-amount'),
    ],
    [],
  );
  if (shares.length === 0) return <p className="sb-muted">Inga initiala kostnader att fördela för månaden.</p>;
  return <DataTable label="Fördelning av initiala kostnader (glappet)" columns={columns} rows={shares} getRowId={(s) => `${s.district?.code ?? 'amf'}-${s.band}`} rowTestId="split-row" />;
}
