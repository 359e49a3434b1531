import DataLoader from 'dataloader';

/**
 * A per-request DataLoader whose batch function returns rows; results are matched back to keys
 * (missing keys give null). One database round trip per batch: no N+1.
 */
export function batchLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await load(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Groups rows per key (for one-to-many fields such as Person.claims). */
export function groupLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await load(keys);
    const groups = new Map<K, V[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}
