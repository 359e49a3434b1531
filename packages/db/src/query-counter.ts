/**
 * Counts SQL statements per schema. Tests use it to prove that a list with nested fields
 * costs one statement per subgraph per level (no N+1).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RecordedQuery { schema: string; sql: string }

class QueryCounter {
  private recording: RecordedQuery[] | null = null;
  private readonly background = new AsyncLocalStorage<true>();

  record(schema: string, sql: string): void {
    if (this.background.getStore()) return;
    this.recording?.push({ schema, sql });
  }

  /** Runs background work (event relay, consumers, jobs) whose statements are no request's. */
  untracked<T>(work: () => Promise<T>): Promise<T> {
    return this.background.run(true, work);
  }

  /** Runs `work` and returns what it returned together with the statements issued meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> {
    const queries: RecordedQuery[] = [];
    this.recording = queries;
    try {
      const result = await work();
      return { result, queries };
    } finally {
      this.recording = null;
    }
  }
}

export const queryCounter = new QueryCounter();
