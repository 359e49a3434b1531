import { GraphQLScalarType, Kind } from 'graphql';

function parseMoney(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError('Belopp anges som ett heltal i öre (t.ex. 123450 för 1 234,50 kr).');
  }
  return value;
}

/** Money in integer öre. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'Belopp i hela öre (heltal). 123450 betyder 1 234,50 kr.',
  serialize: (v) => parseMoney(v),
  parseValue: (v) => parseMoney(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Belopp anges som ett heltal i öre.');
    return parseMoney(Number(ast.value));
  },
});

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE_RE.test(value)) throw new TypeError('Datum anges som ÅÅÅÅ-MM-DD.');
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new TypeError(`${value} är inget giltigt datum.`);
  }
  return value;
}

/** A calendar date without time, as ÅÅÅÅ-MM-DD. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Datum utan klockslag, ÅÅÅÅ-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseIsoDate(v)),
  parseValue: (v) => parseIsoDate(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Datum anges som ÅÅÅÅ-MM-DD.');
    return parseIsoDate(ast.value);
  },
});
/** Point in time as ISO 8601 with time zone (used for every timestamp field). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'Tidpunkt enligt ISO 8601 med tidszon, t.ex. 2025-01-31T08:15:00.000Z.',
  serialize: (v) => {
    const d = v instanceof Date ? v : new Date(String(v));
    if (Number.isNaN(d.getTime())) throw new TypeError('Ogiltig tidpunkt.');
    return d.toISOString();
  },
  parseValue: (v) => {
    const d = new Date(String(v));
    if (typeof v !== 'string' || Number.isNaN(d.getTime())) throw new TypeError('Tidpunkt anges enligt ISO 8601.');
    return d;
  },
  parseLiteral: (ast) => {
    const d = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(d.getTime())) throw new TypeError('Tidpunkt anges enligt ISO 8601.');
    return d;
  },
});
