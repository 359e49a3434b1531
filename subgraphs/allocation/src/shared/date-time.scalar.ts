import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Point in time as ISO 8601 with time zone (CONTRACT.md: `scalar DateTime`). graphql-kit has only
 * Date and Money; type-graphql's default for `Date` would be named `DateTimeISO`.
 */
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
