import { GraphQLError } from 'graphql';
import { formatError, ValidationError, INTERNAL_MESSAGE } from './errors.js';

describe('formatError', () => {
  it('keeps domain errors with their Swedish message, code and field', () => {
    const err = new ValidationError('amount', 'Beloppet måste vara större än noll.');
    expect(formatError({ message: err.message, extensions: { ...err.extensions, stacktrace: ['x'] } }, err)).toEqual({
      message: 'Beloppet måste vara större än noll.',
      extensions: { code: 'BAD_USER_INPUT', field: 'amount' },
    });
  });
  it('replaces anything unexpected (SQL errors, bugs) with a generic message', () => {
    const logged: unknown[] = [];
    const original_ = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    const original = new Error('duplicate key value violates unique constraint "person_pkey" at /app/src/x.ts:12');
    const wrapped = new GraphQLError(original.message, { originalError: original });
    expect(formatError({ message: wrapped.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrapped)).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    console.error = original_;
    expect(logged).toHaveLength(1); // the real error is logged on the server, not sent
  });
});
