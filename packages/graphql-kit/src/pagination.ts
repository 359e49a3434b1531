import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ValidationError } from './errors.js';

@ObjectType({ description: 'Sidinformation för en lista (Relay-connection).' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Finns fler poster efter denna sida?' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Markör att skicka som `after` för nästa sida.' })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 500;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** Offset after the given cursor (0 when none). */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new ValidationError('after', 'Ogiltig markör (after). Använd endCursor från föregående sida.');
  return Number(m[1]) + 1;
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `Antal poster (first) måste vara mellan 1 och ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function toPage<T>(nodes: T[], offset: number, totalCount: number): Page<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: offset + nodes.length < totalCount, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
  };
}

export { Int };
