/**
 * Counts SQL statements per schema. Tests use it to prove that a list with nested fields
 * costs one statement per subgraph per level (no N+1).
 */
export interface RecordedQuery { schema: string; sql: string }

class QueryCounter {
  private recording: RecordedQuery[] | null = null;

  record(schema: string, sql: string): void {
    this.recording?.push({ schema, sql });
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
