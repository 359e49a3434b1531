import pg from 'pg';

/**
 * Tops `claims.claim` up to `target` rows by copying the seeded demo claims (so every person id,
 * district, unit, claim type and status is one the demo data already has), each copy with a new id
 * and its own created_at (newest first: the first page of the list is made of copies of 50
 * different demo claims). The column list is read from the table, so later migrations need no
 * change here. Returns the number of rows afterwards.
 */
export async function fillClaims(databaseUrl: string, target: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: countRows } = await client.query<{ n: string }>('select count(*) as n from claims.claim');
    const existing = Number(countRows[0]!.n);
    if (existing === 0) throw new Error('claims.claim är tom: seeda claims-subgrafen först');
    const missing = target - existing;
    if (missing > 0) {
      const { rows: columns } = await client.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'claims' and table_name = 'claim' order by ordinal_position`,
      );
      const names = columns.map((c) => c.column_name);
      const value = (name: string): string => {
        if (name === 'id') return 'gen_random_uuid()';
        if (name === 'created_at' || name === 'updated_at') return `now() - (g * interval '1 minute')`;
        return `s."${name}"`;
      };
      await client.query(
        `with src as (select c.*, row_number() over (order by c.created_at, c.id) - 1 as rn from claims.claim c)
         insert into claims.claim (${names.map((n) => `"${n}"`).join(', ')})
         select ${names.map(value).join(', ')}
         from generate_series(0, $1::int - 1) g
         join src s on s.rn = g % $2::int`,
        [missing, existing],
      );
      await client.query('analyze claims.claim');
    }
    const { rows } = await client.query<{ n: string }>('select count(*) as n from claims.claim');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}
