import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Stable error codes (extensions.code) that clients may rely on. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

export const INTERNAL_MESSAGE = 'Ett internt fel inträffade. Försök igen, och kontakta supporten om felet kvarstår.';

/** A domain error: Swedish message for the user, stable code for programs. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Du saknar behörighet för detta.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message);
  }
}

/** The request clashes with the current state (already done, already exists, locked). */
export class ConflictError extends DomainError {
  constructor(message: string, reason?: string) {
    super(ErrorCode.CONFLICT, message, reason ? { reason } : {});
  }
}

/** One broken input field, with a Swedish message. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}

/** Validation failed for one input field. */
export class ValidationError extends DomainError {
  constructor(field: string, message: string, reason?: string, problems?: readonly FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, message, {
      field,
      ...(reason ? { reason } : {}),
      ...(problems ? { problems: problems.map((p) => ({ field: p.field, reason: p.reason, message: p.message })) } : {}),
    });
  }

  /**
   * Every broken field at once: `field`/`reason` of the first (as a single error has), the message
   * listing all, and `problems` so that a form can show each message next to its own field.
   */
  static of(problems: readonly FieldProblem[]): ValidationError {
    const first = problems[0]!;
    return new ValidationError(first.field, problems.map((p) => p.message).join(' '), first.reason, problems);
  }
}

/** Swedish messages for the errors graphql-js and Apollo produce themselves. */
function translate(formatted: GraphQLFormattedError): string {
  const msg = formatted.message;
  const code = formatted.extensions?.code;
  if (code === ErrorCode.GRAPHQL_PARSE_FAILED) return `Frågan kunde inte tolkas: ${msg.replace(/^Syntax Error: /, '')}`;
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED) {
    const field = /Cannot query field "([^"]+)" on type "([^"]+)"/.exec(msg);
    if (field) return `Fältet "${field[1]}" finns inte på typen "${field[2]}".`;
    return `Frågan är ogiltig: ${msg}`;
  }
  if (code === ErrorCode.BAD_USER_INPUT && /Variable "\$/.test(msg)) return `Ogiltigt värde för variabel: ${msg}`;
  if (code === ErrorCode.BAD_REQUEST) return `Felaktig begäran: ${msg}`;
  return msg;
}

/**
 * Apollo `formatError`: passes through errors with a public code, translated to Swedish;
 * everything else (bugs, SQL errors) becomes a generic message with no stack, SQL or path.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = (error as { originalError?: unknown })?.originalError;
  const isDomain = error instanceof DomainError || original instanceof DomainError;
  const publicCode = typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
  const extensions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(formatted.extensions ?? {})) {
    if (k !== 'stacktrace' && k !== 'exception') extensions[k] = v;
  }
  if (isDomain || publicCode) {
    return {
      message: translate(formatted),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions,
    };
  }
  console.error('[internal error]', error);
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
