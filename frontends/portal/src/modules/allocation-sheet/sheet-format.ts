import { base64ToBytes, formatKronor, saveBytes, type BadgeTone } from '@statsbidrag/ui';
import { createRequest, type AnyVariables, type Client, type TypedDocumentNode } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';
import type { AllocationLine, DistrictRef, ExportedFile, SheetStatus } from './graphql/allocation-sheet.graphql.js';

/** The age bands of generalschablon, in the order the sheet shows them. */
export const AGE_BANDS = ['0–19', '20–64', '65+'] as const;

export function statusTone(status: SheetStatus): BadgeTone {
  if (status === 'APPROVED') return 'success';
  if (status === 'REVIEWED') return 'warning';
  return 'neutral';
}

/** The district's name, or what the line is when it has no district ("AmF:s intäkt", "Ej fördelade medel"). */
export const districtText = (district: DistrictRef | null, kindLabel = '–'): string => district?.name ?? kindLabel;

/** The lines per compensation code, codes in alphabetical order and each code's lines in the server's order. */
export function linesByCode(lines: readonly AllocationLine[]): { code: string; lines: AllocationLine[] }[] {
  const groups = new Map<string, AllocationLine[]>();
  for (const line of lines) {
    const group = groups.get(line.compensationCode) ?? [];
    group.push(line);
    groups.set(line.compensationCode, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'sv')).map(([code, group]) => ({ code, lines: group }));
}

/** A band's amount and persons: "1 234,00 kr (3 pers.)"; "–" when the line has no such band. */
export function ageBandText(line: AllocationLine, band: string): string {
  const found = line.ageBands?.find((b) => b.band === band);
  return found ? `${formatKronor(found.amount)} (${found.persons} pers.)` : '–';
}

/** A difference with its sign: "+12,00 kr", "−5,00 kr", "0,00 kr". */
export function differenceText(ore: number): string {
  if (ore > 0) return `+${formatKronor(ore)}`;
  return formatKronor(ore);
}

/** Lets the browser save a file the server sent base64-encoded. */
export function saveExportedFile(file: ExportedFile): void {
  saveBytes(base64ToBytes(file.contentBase64), file.fileName, file.contentType);
}

/** One answer of a query straight from the server (a file to download is never cached). Throws its error. */
export async function fetchOnce<Data, Variables extends AnyVariables>(client: Client, query: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const result = await pipe(
    client.executeQuery(createRequest(query, variables), { requestPolicy: 'network-only' }),
    filter((r) => !r.stale),
    take(1),
    toPromise,
  );
  if (result.error) throw result.error;
  if (!result.data) throw new Error('Inget svar');
  return result.data;
}
