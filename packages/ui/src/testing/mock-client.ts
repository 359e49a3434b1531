import { jest } from '@jest/globals';
import type { DocumentNode } from 'graphql';
import type { Client } from 'urql';
import { concat, fromValue, never, type Source } from 'wonka';

type Variables = Record<string, unknown>;
/** An answer: `{ data }`, `{ error }`, or a wonka source for answers that come later. */
export type Answer = object | Source<object>;
export type Handlers = Record<string, (variables: Variables) => Answer>;

interface Request {
  query: DocumentNode;
  variables: Variables;
}

export function operationName(query: DocumentNode): string {
  const definition = query.definitions.find((d) => d.kind === 'OperationDefinition');
  return (definition && 'name' in definition && definition.name?.value) || '';
}

function isSource(answer: Answer): answer is Source<object> {
  return typeof answer === 'function';
}

/**
 * A urql client for tests that answers each operation by its name (PersonSearch, ImportEpsExtract …).
 * Like a real client, a query's result stream stays open after the first result.
 */
export interface MockClient {
  client: Client;
  executeQuery: jest.Mock<(request: Request) => Source<object>>;
  executeMutation: jest.Mock<(request: Request) => Source<object>>;
  /** The variables of every call of the named operation, oldest first. */
  calls(name: string): Variables[];
}

export function mockClient(handlers: Handlers): MockClient {
  const answer = (request: Request) => {
    const name = operationName(request.query);
    const handler = handlers[name];
    if (!handler) throw new Error(`No answer for operation ${name}`);
    return handler(request.variables);
  };
  const executeQuery = jest.fn((request: Request) => {
    const a = answer(request);
    return isSource(a) ? a : concat([fromValue(a), never]);
  });
  const executeMutation = jest.fn((request: Request) => {
    const a = answer(request);
    return isSource(a) ? a : fromValue(a);
  });
  const client = { executeQuery, executeMutation, suspense: false } as unknown as Client;
  /** The variables of every call of the named operation, oldest first. */
  const calls = (name: string): Variables[] =>
    [...executeQuery.mock.calls, ...executeMutation.mock.calls].map(([request]) => request).filter((r) => operationName(r.query) === name).map((r) => r.variables);
  return { client, executeQuery, executeMutation, calls };
}
