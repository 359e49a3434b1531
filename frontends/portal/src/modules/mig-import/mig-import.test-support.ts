import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { ImportFileSummary } from './graphql/import-files.graphql.js';

/** An import as the server would answer it (test data; no real person's data). */
export function importFile(id: string, extra: Partial<ImportFileSummary> = {}): ImportFileSummary {
  return {
    id,
    kind: 'MIG_BESLUT',
    kindLabel: 'MiG-beslut',
    fileName: `beslut-${id}.xlsx`,
    sizeBytes: 20480,
    profileKey: 'mig-beslut',
    profileName: 'MiG e-tjänst – beslut',
    paymentMonth: null,
    account: null,
    source: 'FILE',
    status: 'APPLIED',
    statusLabel: 'Genomförd',
    rowsRead: 120,
    rowsApplied: 117,
    deviationCount: 3,
    openDeviationCount: 2,
    failure: null,
    receivedBy: 'sara.samordnare',
    receivedAt: '2025-03-04T08:15:00Z',
    startedAt: '2025-03-04T08:15:01Z',
    finishedAt: '2025-03-04T08:15:09Z',
    ...extra,
  };
}

/** Catches the workbook the page lets the browser download: its name and a function that reads it back. */
export function catchDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    click,
    fileName: (i = 0) => (click.mock.contexts[i] as HTMLAnchorElement).download,
    async workbook(i = 0): Promise<ExcelJS.Workbook> {
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blobs[i]!);
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return wb;
    },
    restore: () => click.mockRestore(),
  };
}

/** The values of a sheet row without exceljs's leading empty slot. */
export const rowValues = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1);
