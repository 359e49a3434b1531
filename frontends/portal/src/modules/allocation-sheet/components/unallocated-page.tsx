import { Alert, AppLink, Button, ErrorMessage, Spinner, formatKronor, graphqlErrorText } from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PERSONS_PATH } from '../../persons/person-format.js';
import { SERVICE_DOWN, sheetPath } from '../allocation-sheet-roles.js';
import { SAVE_UNALLOCATED_FUNDS_MUTATION, UNALLOCATED_FUNDS_QUERY, type UnallocatedFundsItem } from '../graphql/allocation-sheet.graphql.js';

export interface UnallocatedPageProps {
  month: string;
  navigate: (url: string) => void;
}

/**
 * "Ej fördelade medel" (`/fordelning/:month/ej-fordelade`): the payments that no district carries
 * (EKBP/EKUP without cost bearer), proposed by the server and as saved, each with its reason. The
 * coordinator chooses the rows and saves the list; an approved month is locked.
 */
export function UnallocatedPage({ month, navigate }: UnallocatedPageProps) {
  const [{ data, error }, reexecute] = useQuery({ query: UNALLOCATED_FUNDS_QUERY, variables: { month }, requestPolicy: 'network-only' });
  const [saved, setSaved] = useState<string | null>(null);
  const back = (
    <p className="allocation__back">
      <AppLink href={sheetPath(month)} onNavigate={navigate}>
        ← Fördelningsark {month}
      </AppLink>
    </p>
  );
  return (
    <section className="allocation" aria-labelledby="unallocated-heading">
      {back}
      <h1 id="unallocated-heading">Ej fördelade medel {month}</h1>
      {error && !data ? (
        <ErrorMessage title="Ej fördelade medel kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>{graphqlErrorText(error, SERVICE_DOWN)}</p>
        </ErrorMessage>
      ) : !data ? (
        <Spinner label="Laddar ej fördelade medel…" />
      ) : (
        <UnallocatedList
          key={data.unallocatedFunds.map((i) => `${i.flatRatePaymentId}:${i.saved}:${i.reason}`).join('|')}
          month={month}
          items={data.unallocatedFunds}
          locked={data.allocationSheetMonth.latest?.locked ?? false}
          navigate={navigate}
          onChange={() => setSaved(null)}
          onSaved={(text) => {
            setSaved(text);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {saved && <Alert tone="success" title={saved} data-testid="unallocated-saved" />}
    </section>
  );
}

interface Row {
  item: UnallocatedFundsItem;
  chosen: boolean;
  reason: string;
}

function UnallocatedList({ month, items, locked, navigate, onChange, onSaved }: { month: string; items: UnallocatedFundsItem[]; locked: boolean; navigate: (url: string) => void; onChange: () => void; onSaved: (message: string) => void }) {
  // Saved rows start chosen; the server's proposals are there to be chosen.
  const [rows, setRows] = useState<Row[]>(() => items.map((item) => ({ item, chosen: item.saved, reason: item.reason })));
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useMutation(SAVE_UNALLOCATED_FUNDS_MUTATION);
  const chosenSum = useMemo(() => rows.filter((r) => r.chosen).reduce((s, r) => s + r.item.amount, 0), [rows]);
  const update = (id: string, change: Partial<Row>) => {
    onChange();
    setRows((all) => all.map((r) => (r.item.flatRatePaymentId === id ? { ...r, ...change } : r)));
  };

  const submit = async () => {
    setProblem(null);
    onChange();
    const chosen = rows.filter((r) => r.chosen);
    const missing = chosen.find((r) => !r.reason.trim());
    if (missing) {
      setProblem('Skriv en orsak för varje vald rad.');
      return;
    }
    const result = await save({ month, items: chosen.map((r) => ({ flatRatePaymentId: r.item.flatRatePaymentId, reason: r.reason.trim() })) }, { additionalTypenames: ['AllocationSheet', 'UnallocatedFundsItem'] });
    if (result.error) setProblem(graphqlErrorText(result.error, SERVICE_DOWN));
    else onSaved(`Listan är sparad: ${chosen.length} rader, ${formatKronor(chosenSum)}.`);
  };

  if (rows.length === 0) return <p className="sb-muted">Inga ej fördelade medel för månaden.</p>;
  return (
    <>
      {locked && (
        <Alert tone="info" title="Månaden är godkänd och låst" data-testid="unallocated-locked">
          <p>Listan kan inte ändras. En rättelse görs som en ny version av fördelningsarket.</p>
        </Alert>
      )}
      <p className="sb-muted" aria-live="polite" data-testid="unallocated-sum">
        {rows.filter((r) => r.chosen).length} av {rows.length} rader valda, {formatKronor(chosenSum)}.
      </p>
      <div className="sb-table">
        <div className="sb-table__scroll">
          <table className="sb-table__table" aria-label="Ej fördelade medel">
            <thead>
              <tr>
                <th scope="col" className="sb-table__header">
                  Vald
                </th>
                <th scope="col" className="sb-table__header">
                  Person
                </th>
                <th scope="col" className="sb-table__header">
                  Ersättningskod
                </th>
                <th scope="col" className="sb-table__header sb-table__header--end">
                  Belopp
                </th>
                <th scope="col" className="sb-table__header">
                  Status
                </th>
                <th scope="col" className="sb-table__header">
                  Orsak
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const id = r.item.flatRatePaymentId;
                const who = r.item.person ? (r.item.person.protectedIdentity ? 'Skyddad identitet' : r.item.person.fullName) : 'Okänd person';
                return (
                  <tr key={id} className="sb-table__row" data-testid="unallocated-row">
                    <td className="sb-table__cell">
                      <input type="checkbox" checked={r.chosen} disabled={locked} aria-label={`Välj ${who}, ${r.item.compensationCode}, ${formatKronor(r.item.amount)}`} onChange={(e) => update(id, { chosen: e.target.checked })} />
                    </td>
                    <th scope="row" className="sb-table__cell">
                      {r.item.person ? (
                        <AppLink href={`${PERSONS_PATH}/${encodeURIComponent(r.item.person.id)}`} onNavigate={navigate}>
                          {who}
                        </AppLink>
                      ) : (
                        who
                      )}
                    </th>
                    <td className="sb-table__cell">{r.item.compensationCode}</td>
                    <td className="sb-table__cell sb-table__cell--end">{formatKronor(r.item.amount)}</td>
                    <td className="sb-table__cell">{r.item.saved ? 'Sparad' : 'Förslag'}</td>
                    <td className="sb-table__cell">
                      <input className="sb-field__input" value={r.reason} disabled={locked} aria-label={`Orsak för ${who}, ${r.item.compensationCode}`} onChange={(e) => update(id, { reason: e.target.value })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {!locked && (
        <div className="sb-toolbar">
          <Button isDisabled={fetching} onPress={() => void submit()}>
            Spara listan
          </Button>
        </div>
      )}
      {problem && <ErrorMessage title="Listan kunde inte sparas" data-testid="unallocated-error">{problem}</ErrorMessage>}
    </>
  );
}
