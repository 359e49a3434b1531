import { act, fireEvent, screen, within } from '@testing-library/react';
import type { FlatRateDeviation } from './graphql/flat-rate-deviations.graphql.js';
import type { FlatRateImport } from './graphql/flat-rate-imports.graphql.js';
import type { FlatRateSchedule } from './graphql/flat-rate-schedules.graphql.js';

export { catchDownloads, rowValues } from '../mig-import/mig-import.test-support.js';

/** A flat-rate import as the server would answer it (test data). */
export function flatRateImport(id: string, extra: Partial<FlatRateImport> = {}): FlatRateImport {
  return {
    id,
    kind: 'GENERALSCHABLON',
    kindLabel: 'Generalschablon (textfil från MiG)',
    fileName: `gs-${id}.txt`,
    sizeBytes: 40960,
    profileKey: 'mig-generalschablon',
    profileName: 'MiG generalschablon (fast bredd)',
    encrypted: false,
    status: 'APPLIED',
    statusLabel: 'Genomförd',
    rowsRead: 250,
    rowsApplied: 246,
    deviationCount: 4,
    openDeviationCount: 3,
    totalAmount: 123456789,
    months: ['2025-03'],
    failure: null,
    receivedBy: 'sara.samordnare',
    receivedAt: '2025-03-04T08:15:00Z',
    startedAt: '2025-03-04T08:15:01Z',
    finishedAt: '2025-03-04T08:15:09Z',
    ...extra,
  };
}

/** A deviation (test personnummer from the coordination-number range). */
export function flatRateDeviation(id: string, extra: Partial<FlatRateDeviation> = {}): FlatRateDeviation {
  return {
    id,
    importId: 'i1',
    fileName: 'gs-mars.txt',
    rowNumber: 7,
    field: 'personalIdentityNumber',
    fieldLabel: 'Personnummer',
    reason: 'INVALID_IDENTITY_NUMBER',
    reasonLabel: 'Ogiltigt personnummer',
    message: 'Personnumret 19900161-238X har fel kontrollsiffra.',
    original: ['19900161-238X', '2024-11-02', '4 750,00'],
    values: [
      { field: 'personalIdentityNumber', label: 'Personnummer', value: '19900161-238X' },
      { field: 'receptionDate', label: 'Mottagningsdatum', value: '2024-11-02' },
      { field: 'amount', label: 'Belopp', value: '4750,00' },
    ],
    amount: 475000,
    compensationCode: 'GS',
    suggestedPersonId: null,
    status: 'OPEN',
    resolution: null,
    resolvedBy: null,
    resolvedAt: null,
    ...extra,
  };
}

export function connection<T>(nodes: T[], pageInfo = { hasNextPage: false, endCursor: null as string | null }, totalCount = nodes.length) {
  return { totalCount, edges: nodes.map((node, i) => ({ cursor: String(i), node })), pageInfo };
}

/** A generalschablon plan with 9 instalments, the first two paid. */
export function flatRateSchedule(personId: string, extra: Partial<FlatRateSchedule> = {}): FlatRateSchedule {
  const share = [10, 10, 10, 10, 10, 10, 20, 10, 10];
  const instalments = share.map((sharePercent, i) => ({
    number: i + 1,
    sharePercent,
    periodFrom: `2025-${String(i + 1).padStart(2, '0')}-01`,
    periodTo: `2025-${String(i + 1).padStart(2, '0')}-28`,
    dueMonth: `2025-${String(i + 2).padStart(2, '0')}`,
    ageBand: '20–64',
    expectedAmount: sharePercent * 25000,
    paidAmount: i < 2 ? sharePercent * 25000 : 0,
    paidOn: i < 2 ? `2025-${String(i + 2).padStart(2, '0')}-25` : null,
    status: i < 2 ? 'PAID' : 'UNPAID',
    statusLabel: i < 2 ? 'Betald' : 'Ej betald',
  }));
  return {
    personId,
    receptionDate: '2025-01-01',
    district: { code: 'RK', name: 'Rinkeby-Kista' },
    registeredOn: '2025-02-25',
    status: 'OPEN',
    closedOn: null,
    closureReason: null,
    closureReasonLabel: null,
    closureNote: null,
    purgeOn: '2035-12-31',
    purgeOnSetManually: false,
    instalments,
    extras: [],
    expectedTotal: 2750000,
    paidTotal: 500000,
    remaining: 2250000,
    ...extra,
  };
}

export const press = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
  });

/** Chooses an option of a Select found by its data-testid. */
export async function choose(testId: string, option: string) {
  await press(within(screen.getByTestId(testId)).getByRole('button'));
  await press(screen.getByRole('option', { name: option }));
}

/** An element's text with non-breaking spaces (Swedish number grouping) as plain spaces. */
export const textOf = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
