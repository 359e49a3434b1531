import { jest } from '@jest/globals';
import type { AllocationSheet, AllocationSheetSummary, AllocationSheetVersion, SheetStatus } from './graphql/allocation-sheet.graphql.js';

const STATUS_LABELS: Record<SheetStatus, string> = { PROPOSAL: 'Förslag', DRAFT: 'Utkast', REVIEWED: 'Granskad', APPROVED: 'Godkänd (låst)' };
const jarva = { code: 'JARVA', name: 'Järva' };
const sodermalm = { code: 'SODERMALM', name: 'Södermalm' };

/**
 * A sheet for 2025-03 as the server would answer it (test data): generalschablon GSCH 30 000 kr to Järva
 * (with its age bands) and 10 000 kr to Södermalm, 1 500 kr of AmF revenue; NyErsF 8 000 kr to Järva.
 * It reconciles unless `unreconciled` (then GSCH is 100 kr short).
 */
export function sheet(status: SheetStatus, extra: Partial<AllocationSheet> & { unreconciled?: boolean } = {}): AllocationSheet {
  const { unreconciled = false, ...rest } = extra;
  const saved = status !== 'PROPOSAL';
  const version = saved ? 1 : null;
  return {
    id: saved ? `s${version}` : null,
    month: '2025-03',
    version,
    status,
    statusLabel: STATUS_LABELS[status],
    locked: status === 'APPROVED',
    total: 4_950_000,
    createdBy: saved ? 'sara.samordnare' : null,
    createdAt: saved ? '2025-04-02T08:00:00Z' : null,
    reviewedBy: status === 'REVIEWED' || status === 'APPROVED' ? 'anna.admin' : null,
    reviewedAt: status === 'REVIEWED' || status === 'APPROVED' ? '2025-04-03T08:00:00Z' : null,
    approvedBy: status === 'APPROVED' ? 'sara.samordnare' : null,
    approvedAt: status === 'APPROVED' ? '2025-04-04T08:00:00Z' : null,
    note: null,
    lines: [
      {
        compensationCode: 'GSCH',
        kind: 'DISTRICT',
        kindLabel: 'Stadsdel',
        district: jarva,
        paid: 3_000_000,
        recovered: 0,
        amount: 3_000_000,
        ageBands: [
          { band: '0–19', persons: 2, amount: 1_200_000 },
          { band: '20–64', persons: 3, amount: 1_800_000 },
        ],
      },
      { compensationCode: 'GSCH', kind: 'DISTRICT', kindLabel: 'Stadsdel', district: sodermalm, paid: 1_050_000, recovered: 50_000, amount: 1_000_000, ageBands: [{ band: '65+', persons: 1, amount: 1_000_000 }] },
      { compensationCode: 'GSCH', kind: 'AMF_REVENUE', kindLabel: 'AmF:s intäkt', district: null, paid: 150_000, recovered: 0, amount: 150_000, ageBands: [] },
      { compensationCode: 'NyErsF', kind: 'DISTRICT', kindLabel: 'Stadsdel', district: jarva, paid: 800_000, recovered: 0, amount: 800_000, ageBands: [] },
    ],
    totals: [
      { compensationCode: 'GSCH', allocated: 4_000_000, unallocated: 0, amfRevenue: 150_000, recoveries: 50_000, net: 4_150_000 },
      { compensationCode: 'NyErsF', allocated: 800_000, unallocated: 0, amfRevenue: 0, recoveries: 0, net: 800_000 },
    ],
    reconciliation: unreconciled
      ? {
          ok: false,
          rows: [
            { compensationCode: 'GSCH', migPaid: 4_210_000, allocated: 4_050_000, unallocated: 0, amfRevenue: 150_000, recoveries: 50_000, difference: 10_000 },
            { compensationCode: 'NyErsF', migPaid: 800_000, allocated: 800_000, unallocated: 0, amfRevenue: 0, recoveries: 0, difference: 0 },
          ],
          deviations: [{ compensationCode: 'GSCH', difference: 10_000, message: 'GSCH: MiG har betalat ut 100,00 kr mer än vad som är fördelat.' }],
        }
      : {
          ok: true,
          rows: [
            { compensationCode: 'GSCH', migPaid: 4_150_000, allocated: 4_050_000, unallocated: 0, amfRevenue: 150_000, recoveries: 50_000, difference: 0 },
            { compensationCode: 'NyErsF', migPaid: 800_000, allocated: 800_000, unallocated: 0, amfRevenue: 0, recoveries: 0, difference: 0 },
          ],
          deviations: [],
        },
    initialCostSplit: [
      { district: jarva, band: '0–19', persons: 2, amount: 320_000 },
      { district: jarva, band: '20–64', persons: 3, amount: 480_000 },
    ],
    changes: [],
    ...rest,
  };
}

/** The head of a sheet as the month and version lists show it. */
export function summary(s: AllocationSheet): AllocationSheetVersion & AllocationSheetSummary {
  return {
    id: s.id,
    month: s.month,
    version: s.version,
    status: s.status,
    statusLabel: s.statusLabel,
    locked: s.locked,
    total: s.total,
    reconciliation: { ok: s.reconciliation.ok },
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    reviewedBy: s.reviewedBy,
    reviewedAt: s.reviewedAt,
    approvedBy: s.approvedBy,
    approvedAt: s.approvedAt,
    note: s.note,
    changes: s.changes,
  };
}

/** Catches a file the page lets the browser download: its name and bytes. */
export function catchFileDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    click,
    fileName: (i = 0) => (click.mock.contexts[i] as HTMLAnchorElement).download,
    async text(i = 0): Promise<string> {
      return new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsText(blobs[i]!);
      });
    },
    restore: () => click.mockRestore(),
  };
}

/** What a reader hears of an element: its text without decorative (aria-hidden) parts, spaces made plain. */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s/g, ' ');
}
