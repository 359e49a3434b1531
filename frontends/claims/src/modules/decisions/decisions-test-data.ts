import { jest } from '@jest/globals';
import { mockClient, operationName, type Handlers, type MockClient } from '@statsbidrag/ui/testing';
import ExcelJS from 'exceljs';
import type { DocumentNode } from 'graphql';
import type { DecisionListNode, DecisionNode } from './graphql/decisions.graphql.js';

/** Test data for the decision and payment specs (no real people: names are invented, numbers fictitious). */
export function decision(id: string, overrides: Partial<DecisionListNode> = {}): DecisionListNode {
  return {
    id,
    migCaseNumber: `4.2.1-2026-${id.padStart(5, '0')}`,
    claimTypeCode: 'EKB',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    outcome: 'BEVILJAD',
    outcomeLabel: 'Beviljad',
    decidedAt: '2026-04-10',
    grantedAmount: 1_234_550,
    paidAmount: 1_234_550,
    finalAt: '2026-05-01',
    isFinal: true,
    appealed: false,
    source: 'IMPORT',
    sourceLabel: 'Import från MiG',
    district: { code: 'JARVA', name: 'Järva' },
    ...overrides,
  };
}

export function decisionCard(overrides: Partial<DecisionNode> = {}): DecisionNode {
  return {
    ...decision('1'),
    migIndividualNumber: '9876543',
    birthData: '2012-03-04',
    personName: 'Testa Testsson',
    reference: 'REF-77',
    paidOn: '2026-05-25',
    purgeAt: '2026-05-22',
    purgeAtManual: false,
    importId: 'imp-1',
    recordedBy: 'sara.samordnare',
    createdAt: '2026-04-12T08:00:00Z',
    updatedAt: null,
    claim: { id: 'claim-9' },
    person: { id: 'person-3' },
    paymentLines: [
      { id: 'pl-1', month: '2026-05', account: '1234', compensationCode: 'EKB', amount: 1_234_550, isRecovery: false, periodFrom: '2026-01-01', periodTo: '2026-03-31', reference: 'REF-77' },
      { id: 'pl-2', month: '2026-06', account: '1234', compensationCode: 'ÅEKB', amount: -20_000, isRecovery: true, periodFrom: '2026-03-01', periodTo: '2026-03-31', reference: null },
    ],
    ...overrides,
  };
}

export const OPTIONS = {
  claimTypes: [
    { code: 'EKB', name: 'Ensamkommande barn' },
    { code: 'GSKA', name: 'Grundskola – asyl' },
  ],
  districts: [
    { code: 'JARVA', name: 'Järva' },
    { code: 'FARSTA', name: 'Farsta' },
  ],
};

/**
 * The UI kit's mock client, plus `client.query(…).toPromise()` (the Excel exports fetch every page
 * that way) answered by the same handlers.
 */
export function mockClientWithQuery(handlers: Handlers): MockClient & { queried: (name: string) => Record<string, unknown>[] } {
  const mock = mockClient(handlers);
  const queried: { name: string; variables: Record<string, unknown> }[] = [];
  Object.assign(mock.client, {
    query: (query: DocumentNode, variables: Record<string, unknown>) => {
      const name = operationName(query);
      queried.push({ name, variables });
      const handler = handlers[name];
      if (!handler) throw new Error(`No answer for operation ${name}`);
      return { toPromise: () => Promise.resolve(handler(variables)) };
    },
  });
  return { ...mock, queried: (name) => queried.filter((q) => q.name === name).map((q) => q.variables) };
}

/** Catches the workbook a page downloads (the Blob behind the clicked link) and opens it. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    }), revokeObjectURL: jest.fn() });
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    names,
    count: () => blobs.length,
    restore: () => {
      HTMLAnchorElement.prototype.click = original;
    },
    async workbook(index = 0): Promise<ExcelJS.Workbook> {
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blobs[index]!);
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return wb;
    },
  };
}
