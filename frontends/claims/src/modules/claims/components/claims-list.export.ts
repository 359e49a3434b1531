import { downloadWorkbook, formatDate, todayForFilename, type ExcelColumn } from '@statsbidrag/ui';
import type { Client } from 'urql';
import { CLAIMS_LIST_QUERY, type ClaimListNode, type ClaimsListVariables } from '../graphql/claims-list.query.js';

/** Rows per request when exporting (the API's maximum). */
export const EXPORT_PAGE_SIZE = 500;

export const CLAIMS_EXCEL_COLUMNS: ExcelColumn<ClaimListNode>[] = [
  { header: 'Person', value: (c) => c.person?.fullName ?? '' },
  { header: 'Ersättningstyp', value: (c) => c.claimType.name },
  { header: 'Ersättningskod', value: (c) => c.claimType.code },
  { header: 'Stadsdel', value: (c) => c.district.name },
  { header: 'Enhet', value: (c) => c.unitCode },
  { header: 'Status', value: (c) => c.statusLabel },
  { header: 'Belopp (kr)', value: (c) => c.amount, format: 'kronorFromOre' },
  { header: 'Period från', value: (c) => c.periodFrom, format: 'date' },
  { header: 'Period till', value: (c) => c.periodTo, format: 'date' },
  { header: 'Diarienummer', value: (c) => c.migCaseNumber },
  { header: 'Ansvarig AmF', value: (c) => c.responsibleLabel },
  { header: 'Skapad', value: (c) => formatDate(c.createdAt), format: 'date' },
  { header: 'Försenad komplettering', value: (c) => (c.hasOverdueSupplement ? 'Ja' : 'Nej') },
];

export const exportFileName = (now: Date = new Date()): string => `atersokningar-${todayForFilename(now)}.xlsx`;

/**
 * Every claim matching the list's filter and order, fetched 500 at a time; `onProgress(fetched, total)`
 * after each page. Throws the GraphQL error of a failed page.
 */
export async function fetchAllClaims(
  client: Client,
  variables: Pick<ClaimsListVariables, 'filter' | 'orderBy'>,
  onProgress: (fetched: number, total: number) => void,
): Promise<ClaimListNode[]> {
  const rows: ClaimListNode[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const result = await client
      .query(CLAIMS_LIST_QUERY, { ...variables, first: EXPORT_PAGE_SIZE, offset: rows.length }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw result.error;
    const page = result.data?.claims;
    if (!page) throw new Error('Inget svar');
    total = page.totalCount;
    rows.push(...page.edges.map((e) => e.node));
    onProgress(rows.length, total);
    if (!page.edges.length) break;
  }
  return rows;
}

/** Downloads the claims as "atersokningar-ÅÅÅÅ-MM-DD.xlsx": sheet "Återsökningar" and sheet "Filter". */
export function downloadClaimsWorkbook(rows: readonly ClaimListNode[], filters: [string, string][]): Promise<Uint8Array> {
  const filterRows: [string, string][] = [...(filters.length ? filters : [['Filter', 'Inga (alla återsökningar du får se)'] as [string, string]]), ['Antal rader', String(rows.length)], ['Exporterad', todayForFilename()]];
  return downloadWorkbook(exportFileName(), [
    { name: 'Återsökningar', columns: CLAIMS_EXCEL_COLUMNS, rows },
    { name: 'Filter', columns: [{ header: 'Filter', value: (r: [string, string]) => r[0] }, { header: 'Värde', value: (r: [string, string]) => r[1] }], rows: filterRows },
  ]);
}
