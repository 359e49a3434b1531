import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { CombinedError, Provider, type Client } from 'urql';
import { catchFileDownloads, sheet, spokenText, summary } from '../allocation-sheet.test-support.js';
import type { AllocationSheet } from '../graphql/allocation-sheet.graphql.js';
import { SheetPage } from './sheet-page.js';

/** A server holding the month's saved versions (newest first); the proposal is computed from today's data. */
function setup(saved: AllocationSheet[], handlers: Handlers = {}) {
  const state = { versions: saved };
  const mock = mockClient({
    AllocationSheetMonth: () => ({ data: { allocationSheetMonth: { month: '2025-03', latest: state.versions[0] ? summary(state.versions[0]) : null, versions: state.versions.map(summary) } } }),
    AllocationSheetVersion: (v) => ({ data: { allocationSheetVersion: state.versions.find((s) => s.id === v.id) ?? null } }),
    AllocationSheetProposal: () => ({ data: { allocationSheet: sheet('PROPOSAL') } }),
    ...handlers,
  });
  render(
    <Provider value={mock.client as Client}>
      <SheetPage month="2025-03" navigate={jest.fn()} />
    </Provider>,
  );
  return { ...mock, state };
}

const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });
const conflict = (message: string, reason: string) => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'CONFLICT', reason } }] }) });
const texts = (elements: HTMLElement[]) => elements.map(spokenText);

jest.setTimeout(30_000);

describe('Fördelningsarket för en månad', () => {
  it('shows the lines per compensation code with age bands, totals, the reconciliation and the initial-cost split', async () => {
    setup([sheet('DRAFT')]);
    expect(await screen.findByRole('heading', { name: 'Fördelningsark 2025-03' })).toBeTruthy();
    const gsch = await screen.findByTestId('code-GSCH');
    const grid = within(gsch).getByRole('grid', { name: 'Fördelning GSCH' });
    expect(texts(within(grid).getAllByRole('columnheader'))).toEqual(['Stadsdel', 'Typ', 'Utbetalt', 'Återkrav', 'Belopp', '0–19 år', '20–64 år', '65+ år']);
    expect(texts(within(grid).getAllByTestId('line-district'))).toEqual(['Järva', 'Södermalm', 'AmF:s intäkt']);
    expect(texts(within(grid).getAllByTestId('line-amount'))).toEqual(['30 000,00 kr', '10 000,00 kr', '1 500,00 kr']);
    expect(spokenText(within(grid).getAllByRole('row')[1]!)).toContain('12 000,00 kr (2 pers.)');
    expect(spokenText(within(gsch).getByTestId('code-sum'))).toBe('Summa GSCH: 41 500,00 kr');
    // No age bands for other codes.
    expect(texts(within(screen.getByRole('grid', { name: 'Fördelning NyErsF' })).getAllByRole('columnheader'))).not.toContain('0–19 år');
    expect(texts(within(screen.getByRole('grid', { name: 'Summor per ersättningskod' })).getAllByTestId('total-net'))).toEqual(['41 500,00 kr', '8 000,00 kr']);
    expect(spokenText(screen.getByTestId('reconciliation-banner'))).toContain('Avstämningen går ihop');
    expect(texts(within(screen.getByRole('grid', { name: 'Fördelning av initiala kostnader (glappet)' })).getAllByTestId('split-amount'))).toEqual(['3 200,00 kr', '4 800,00 kr']);
    expect(spokenText(screen.getByTestId('sheet-shown'))).toBe('Version 1');
    expect(spokenText(screen.getByTestId('sheet-status'))).toContain('Utkast');
  });

  it('says the reconciliation does not add up and will not approve, with the reason at the disabled button', async () => {
    const { calls } = setup([sheet('REVIEWED', { unreconciled: true })]);
    const banner = await screen.findByTestId('reconciliation-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(spokenText(banner)).toContain('Avstämningen går inte ihop – arket kan inte godkännas');
    expect(spokenText(banner)).toContain('GSCH: MiG har betalat ut 100,00 kr mer än vad som är fördelat.');
    expect(texts(screen.getAllByTestId('reconciliation-difference'))).toEqual(['Avvikelse +100,00 kr', '0,00 kr']);

    const approve = screen.getByRole('button', { name: 'Godkänn och lås' });
    expect(approve.hasAttribute('disabled') || approve.getAttribute('aria-disabled') === 'true').toBe(true);
    expect(approve.getAttribute('aria-describedby')).toBe('approve-blocked');
    expect(spokenText(screen.getByTestId('approve-blocked'))).toBe('Avstämningen går inte ihop – arket kan inte godkännas.');
    await press(approve);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls('ApproveAllocationSheet')).toEqual([]);
  });

  it('asks before approving, says it cannot be changed afterwards, then shows the locked sheet without edit actions', async () => {
    const { calls, state } = setup([sheet('REVIEWED')], {
      ApproveAllocationSheet: () => {
        state.versions = [sheet('APPROVED')];
        return { data: { approveAllocationSheet: state.versions[0] } };
      },
    });
    await press(await screen.findByRole('button', { name: 'Godkänn och lås' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Godkänna och låsa fördelningsarket för 2025-03?' });
    expect(spokenText(dialog)).toContain('Ett godkänt ark kan inte ändras efteråt');
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(calls('ApproveAllocationSheet')).toEqual([]);

    await press(screen.getByRole('button', { name: 'Godkänn och lås' }));
    dialog = screen.getByRole('alertdialog', { name: 'Godkänna och låsa fördelningsarket för 2025-03?' });
    await press(within(dialog).getByRole('button', { name: 'Godkänn och lås' }));
    expect(calls('ApproveAllocationSheet')).toEqual([{ id: 's1' }]);
    expect(spokenText((await screen.findByTestId('sheet-message')))).toBe('Version 1 är godkänd och låst.');
    await waitFor(() => expect(spokenText(screen.getByTestId('sheet-status'))).toContain('Godkänd (låst)'));
    expect(spokenText(screen.getByTestId('sheet-locked'))).toContain('Det kan inte ändras');
    for (const name of ['Spara utkast', 'Markera som granskad', 'Godkänn och lås', 'Skicka tillbaka']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ny version (rättelse)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Betalfil till Agresso' })).toBeTruthy();
  });

  it('shows the server’s message when it refuses the approval', async () => {
    setup([sheet('REVIEWED')], { ApproveAllocationSheet: () => conflict('Avstämningen går inte ihop för GSCH (differens 100,00 kr). Arket kan inte godkännas.', 'RECONCILIATION_DIFFERENCE') });
    await press(await screen.findByRole('button', { name: 'Godkänn och lås' }));
    await press(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Godkänn och lås' }));
    expect(spokenText((await screen.findByTestId('sheet-action-error')))).toContain('Avstämningen går inte ihop för GSCH (differens 100,00 kr). Arket kan inte godkännas.');
    expect(spokenText(screen.getByTestId('sheet-status'))).toContain('Granskad');
  });

  it('saves the live proposal as a draft with a note, then marks it reviewed', async () => {
    const { calls, state } = setup([], {
      SaveAllocationSheet: (v) => {
        state.versions = [sheet('DRAFT', { note: v.note as string })];
        return { data: { saveAllocationSheet: state.versions[0] } };
      },
      ReviewAllocationSheet: () => {
        state.versions = [sheet('REVIEWED')];
        return { data: { reviewAllocationSheet: state.versions[0] } };
      },
    });
    expect(spokenText((await screen.findByTestId('sheet-shown')))).toBe('Aktuellt förslag (inte sparat)');
    expect(screen.getByText('Inga versioner är sparade för månaden. Spara förslaget som utkast för att börja.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Markera som granskad' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Anteckning (valfri)', { exact: false }), { target: { value: 'Första körningen' } });
    await press(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(calls('SaveAllocationSheet')).toEqual([{ month: '2025-03', note: 'Första körningen' }]);
    expect(spokenText((await screen.findByTestId('sheet-message')))).toBe('Utkastet är sparat som version 1.');
    await waitFor(() => expect(spokenText(screen.getByTestId('sheet-shown'))).toBe('Version 1'));
    expect(texts(screen.getAllByTestId('version-status'))).toEqual(['Utkast']);

    await press(screen.getByRole('button', { name: 'Markera som granskad' }));
    expect(calls('ReviewAllocationSheet')).toEqual([{ id: 's1' }]);
    await waitFor(() => expect(spokenText(screen.getByTestId('sheet-status'))).toContain('Granskad'));
    expect(screen.getByRole('button', { name: 'Godkänn och lås' })).toBeTruthy();
  });

  it('sends a reviewed sheet back only with a reason', async () => {
    const { calls } = setup([sheet('REVIEWED')], { ReturnAllocationSheet: () => ({ data: { returnAllocationSheet: sheet('DRAFT') } }) });
    await press(await screen.findByRole('button', { name: 'Skicka tillbaka' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Skicka tillbaka arket?' });
    await press(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(within(dialog).getByText('Skriv varför arket skickas tillbaka.')).toBeTruthy();
    expect(calls('ReturnAllocationSheet')).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('Motivering', { exact: false }), { target: { value: 'Järvas rad saknar återkravet' } });
    await press(within(dialog).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(calls('ReturnAllocationSheet')).toEqual([{ id: 's1', reason: 'Järvas rad saknar återkravet' }]);
    expect(spokenText((await screen.findByTestId('sheet-message')))).toBe('Version 1 är tillbakaskickad och är ett utkast igen.');
  });

  it('makes a correcting version of an approved sheet after asking, and lists what changed per line', async () => {
    const v1 = sheet('APPROVED');
    const v2 = sheet('DRAFT', {
      id: 's2',
      version: 2,
      changes: [{ compensationCode: 'GSCH', kind: 'DISTRICT', district: { code: 'JARVA', name: 'Järva' }, before: 3_000_000, after: 3_100_000, difference: 100_000 }],
    });
    const { calls, state } = setup([v1], {
      SaveAllocationSheet: () => {
        state.versions = [v2, v1];
        return { data: { saveAllocationSheet: v2 } };
      },
    });
    await press(await screen.findByRole('button', { name: 'Ny version (rättelse)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Göra en ny version (rättelse)?' });
    fireEvent.change(within(dialog).getByLabelText('Anteckning (valfri)'), { target: { value: 'Rättelse efter återkrav' } });
    await press(within(dialog).getByRole('button', { name: 'Ny version (rättelse)' }));
    expect(calls('SaveAllocationSheet')).toEqual([{ month: '2025-03', note: 'Rättelse efter återkrav' }]);
    expect(spokenText((await screen.findByTestId('sheet-message')))).toBe('Version 2 (rättelse) är sparad som utkast.');
    await waitFor(() => expect(texts(screen.getAllByTestId('version-number'))).toEqual(['2', '1']));

    await press(screen.getByRole('button', { name: 'Ändringar i version 2' }));
    const changes = screen.getByTestId('version-changes');
    expect(spokenText(within(changes).getByRole('row', { name: /GSCH/ }))).toContain('GSCHJärva30 000,00 kr31 000,00 kr+1 000,00 kr');

    // The old approved version can be read, but nothing done with it.
    await press(screen.getByRole('button', { name: 'Visa version 1' }));
    await waitFor(() => expect(spokenText(screen.getByTestId('sheet-shown'))).toBe('Version 1 (äldre version)'));
    expect(screen.queryByRole('button', { name: 'Ny version (rättelse)' })).toBeNull();
  });

  it('downloads the server’s Excel file and the Agresso payment file of an approved version', async () => {
    const downloads = catchFileDownloads();
    const { calls } = setup([sheet('APPROVED')], {
      ExportAllocationSheet: () => ({ data: { exportAllocationSheet: { fileName: 'fordelningsark-2025-03-v1.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: btoa('xlsx') } } }),
      AgressoPaymentFile: () => ({ data: { agressoPaymentFile: { fileName: 'agresso-2025-03-v1.csv', contentType: 'text/csv', contentBase64: btoa('JARVA;30000,00') } } }),
    });
    await press(await screen.findByRole('button', { name: 'Exportera till Excel' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalledTimes(1));
    expect(calls('ExportAllocationSheet')).toEqual([{ id: 's1' }]);
    expect(downloads.fileName(0)).toBe('fordelningsark-2025-03-v1.xlsx');
    expect(await downloads.text(0)).toBe('xlsx');

    await press(screen.getByRole('button', { name: 'Betalfil till Agresso' }));
    await waitFor(() => expect(downloads.click).toHaveBeenCalledTimes(2));
    expect(downloads.fileName(1)).toBe('agresso-2025-03-v1.csv');
    expect(await downloads.text(1)).toBe('JARVA;30000,00');
    downloads.restore();
  });

  it('shows the live proposal of an approved month with its differences against the approved version', async () => {
    const change = { compensationCode: 'NyErsF', kind: 'DISTRICT', district: { code: 'JARVA', name: 'Järva' }, before: 800_000, after: 750_000, difference: -50_000 };
    setup([sheet('APPROVED')], { AllocationSheetProposal: () => ({ data: { allocationSheet: sheet('PROPOSAL', { changes: [change] }) } }) });
    await press(await screen.findByRole('button', { name: 'Visa aktuellt förslag' }));
    expect(spokenText(await screen.findByTestId('sheet-shown'))).toBe('Aktuellt förslag (inte sparat)');
    const changes = screen.getByRole('grid', { name: 'Skillnader mot senaste sparade versionen' });
    expect(within(changes).getAllByTestId('change-difference').map(spokenText)).toEqual(['−500,00 kr']);
    // Saving it makes a correcting version; there is no plain draft of an approved month.
    expect(screen.getByRole('button', { name: 'Ny version (rättelse)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara utkast' })).toBeNull();
    await press(screen.getByRole('button', { name: 'Visa senaste versionen' }));
    expect(spokenText(await screen.findByTestId('sheet-shown'))).toBe('Version 1');
  });

  it('offers no Agresso file before the sheet is approved', async () => {
    setup([sheet('REVIEWED')]);
    await screen.findByRole('button', { name: 'Exportera till Excel' });
    expect(screen.queryByRole('button', { name: 'Betalfil till Agresso' })).toBeNull();
  });
});
