import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@statsbidrag/db';
import { luhnCheckDigit } from '@statsbidrag/domain';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import ExcelJS from 'exceljs';
import { createMessage, encrypt, generateKey, readKey } from 'openpgp';
import { randomUUID } from 'node:crypto';
import { personCopyConsumer } from '../copies/application/copy-consumers.js';
import { FlatRateCaseEntity } from '../schedule/infra/flat-rate-case.entity.js';
import { allocationSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
const identities = { ...testIdentities, administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as (typeof testIdentities)['coordinator'] };
const as = (identity: keyof typeof identities) => ({ identity: identities[identity], secret: TEST_INTERNAL_SECRET });
const sql = async <T,>(query: string, params: unknown[] = []) => (await subgraph.orm.em.fork().getConnection().execute(query, params)) as T[];

/** A fictitious samordningsnummer (day + 60) with a valid check digit. */
function coordinationNumber(birthDate: string, serial: string): string {
  const [y, m, d] = birthDate.split('-');
  const nine = `${y!.slice(2)}${m}${Number(d) + 60}${serial}`;
  return `${y}${m}${Number(d) + 60}${serial}${luhnCheckDigit(nine)}`;
}

type Seed = { id: string; pnr: string | null; mig: string | null; birth: string; registrations: { from: string; districtCode: string | null }[]; movedOutOn?: string };
const person = (n: number, registrations: Seed['registrations'], extra: Partial<Seed> = {}): Seed => ({
  id: randomUUID(), birth: `1990-01-${String(n).padStart(2, '0')}`, pnr: coordinationNumber(`1990-01-${String(n).padStart(2, '0')}`, '238'), mig: `91000${String(n).padStart(2, '0')}`, registrations, ...extra,
});
const JARVA = [{ from: '2020-01-01', districtCode: 'JARVA' }];
const GOOD = person(1, JARVA);
const MIG_ONLY = person(2, [{ from: '2020-01-01', districtCode: 'FARSTA' }]);
const NO_DISTRICT = person(3, [{ from: '2020-01-01', districtCode: null }]);
const MOVED = person(4, JARVA, { movedOutOn: '2024-12-31' });
const OTHER_RECEPTION = person(5, JARVA);
const LAST_INSTALMENT = person(6, JARVA);
const WRONG_AMOUNT = person(7, JARVA);
const TYPO = person(8, JARVA);
const YOUNG = person(9, [{ from: '2020-01-01', districtCode: 'SKARHOLMEN' }], { birth: '2006-03-09', pnr: coordinationNumber('2006-03-09', '238') });
const CLOSED = person(10, JARVA);
const PERSONS = [GOOD, MIG_ONLY, NO_DISTRICT, MOVED, OTHER_RECEPTION, LAST_INSTALMENT, WRONG_AMOUNT, TYPO, YOUNG, CLOSED];
const NEW_PNR = coordinationNumber('1991-05-05', '238');

async function seed(em: EntityManager) {
  const at = new Date().toISOString();
  for (const p of PERSONS) {
    await personCopyConsumer.handle(em, { id: randomUUID(), topic: 'person.identity-changed', payload: { personId: p.id, personalIdentityNumber: p.pnr, migIndividualNumber: p.mig, birthDate: p.birth, registrations: p.registrations, movedOutOn: p.movedOutOn ?? null, mergedInto: null, purged: false, at } });
  }
  const open = { status: 'OPEN', closedOn: null, closureReason: null, closureNote: null, closedBy: null, purgeOn: null, purgeOnSetManually: false, purgedAt: null, registeredByImportId: null };
  em.create(FlatRateCaseEntity, { personId: OTHER_RECEPTION.id, receptionDate: '2024-11-01', districtCode: 'JARVA', registeredOn: '2024-12-20', ...open });
  em.create(FlatRateCaseEntity, { personId: LAST_INSTALMENT.id, receptionDate: '2023-01-10', districtCode: 'JARVA', registeredOn: '2023-02-25', ...open });
  // Closed by hand (deceased) on 2024-10-15: instalments for periods after that are not the city's.
  em.create(FlatRateCaseEntity, { personId: CLOSED.id, receptionDate: '2024-01-15', districtCode: 'JARVA', registeredOn: '2024-02-29', ...open, status: 'CLOSED', closedOn: '2024-10-15', closureReason: 'AVLIDIT', closedBy: 'samordnare' });
  await em.flush();
}

/** A line of the fixed-width generalschablon file (ADR 0017). */
type GenRow = { pnr?: string | null; mig?: string | null; name?: string; reception?: string; code?: string; instalment?: string; from?: string; to?: string; amount: string; paid: string };
const FIXED_WIDTHS: [keyof GenRow, number][] = [['pnr', 12], ['mig', 8], ['name', 40], ['reception', 8], ['code', 8], ['instalment', 1], ['from', 8], ['to', 8], ['amount', 12], ['paid', 8]];
const fixedLine = (r: GenRow) => FIXED_WIDTHS.map(([k, w]) => (k === 'amount' ? String(r[k] ?? '').padStart(w) : String(r[k] ?? '').padEnd(w)).slice(0, w)).join('');
const semicolonLine = (r: GenRow) => FIXED_WIDTHS.map(([k]) => r[k] ?? '').join(';');
const SEMICOLON_HEADER = 'Personnummer;Individnummer;Namn;Mottagningsdatum;Ersättningskod;Delbetalning;Fr o m;T o m;Belopp;Utbetalningsdatum';

const gen = (p: Seed, extra: Partial<GenRow> = {}): GenRow => ({ pnr: p.pnr, mig: p.mig, name: 'Testa Testsson', reception: '20250115', code: 'NSCH', instalment: '1', amount: '16500,00', paid: '20250225', ...extra });
// Row numbers are the lines of the file.
const GEN_ROWS: GenRow[] = [
  gen(GOOD), // 1: #1, 10 % of 165 000 kr
  gen(GOOD, { instalment: '2', amount: '16500,00', paid: '20250425' }), // 2: an extra 10 % after a move (EXTRA_MOVE) – accepted
  gen(NO_DISTRICT), // 3
  gen(MOVED), // 4
  gen(OTHER_RECEPTION), // 5
  gen(LAST_INSTALMENT, { reception: '20230110', instalment: '9', amount: '16500,00', paid: '20250124' }), // 6: closes the case
  gen(WRONG_AMOUNT, { amount: '12345,00' }), // 7
  gen(TYPO, { pnr: `${TYPO.pnr!.slice(0, 11)}${(Number(TYPO.pnr!.slice(11)) + 1) % 10}` }), // 8: wrong check digit
  gen(GOOD, { pnr: '19900161', mig: '', instalment: '3', paid: '20250725' }), // 9: no last four
  gen(GOOD, { reception: '', instalment: '3', paid: '20250725' }), // 10
  gen(MIG_ONLY, { pnr: MIG_ONLY.pnr, mig: '9199999' }), // 11: personnummer of one person, another MiG number
  gen(GOOD, { pnr: NEW_PNR, mig: '9188888' }), // 12: nobody we know
  gen(GOOD, { amount: '16 5x0' }), // 13
  gen(GOOD, { code: 'XYZ' }), // 14
  gen(GOOD, { paid: '' }), // 15
];
const EXPECTED_REASONS: Record<number, [string, string]> = {
  3: ['district', 'NO_DISTRICT'], 4: ['person', 'MOVED_OUT'], 5: ['receptionDate', 'RECEPTION_DATE_MISMATCH'], 7: ['amount', 'AMOUNT_MISMATCH'],
  8: ['personalIdentityNumber', 'INVALID_IDENTITY_NUMBER'], 9: ['personalIdentityNumber', 'INCOMPLETE_IDENTITY_NUMBER'], 10: ['receptionDate', 'RECEPTION_DATE_MISSING'],
  11: ['person', 'UNKNOWN_PERSON'], 12: ['person', 'UNKNOWN_PERSON'], 13: ['amount', 'FORMAT'], 14: ['compensationCode', 'UNKNOWN_CODE'], 15: ['paymentDate', 'REQUIRED'],
};

const START = `mutation($input: StartFlatRateImportInput!) { startFlatRateImport(input: $input) { alreadyReceived message import { id status kindLabel profileKey encrypted } } }`;
const IMPORT = `query($id: ID!) { flatRateImport(id: $id) { id status statusLabel rowsRead rowsApplied deviationCount openDeviationCount totalAmount months failure encrypted
  deviations(first: 100) { totalCount edges { node { id rowNumber field fieldLabel reason reasonLabel message original values { field value } amount compensationCode suggestedPersonId status } } } } }`;
type Deviation = { id: string; rowNumber: number; field: string; reason: string; reasonLabel: string; message: string; original: string[]; amount: number | null; suggestedPersonId: string | null; status: string };
type ImportResult = { flatRateImport: { status: string; rowsRead: number; rowsApplied: number; deviationCount: number; openDeviationCount: number; totalAmount: number; months: string[]; failure: string | null; encrypted: boolean; deviations: { totalCount: number; edges: { node: Deviation }[] } } };

async function upload(kind: string, content: Buffer, profileKey: string | null, who: keyof typeof identities = 'coordinator', fileName = 'generalschablon.txt') {
  return callSubgraph<{ startFlatRateImport: { alreadyReceived: boolean; message: string; import: { id: string; status: string; profileKey: string } } }>(subgraph.url, START, { ...as(who), variables: { input: { kind, profileKey, fileName, contentBase64: content.toString('base64') } } });
}

async function finished(id: string): Promise<ImportResult['flatRateImport']> {
  for (let i = 0; i < 600; i++) {
    const res = await callSubgraph<ImportResult>(subgraph.url, IMPORT, { ...as('coordinator'), variables: { id } });
    const file = res.body.data?.flatRateImport;
    if (file && (file.status === 'APPLIED' || file.status === 'FAILED')) return file;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('importen blev inte klar');
}

type PaymentRow = { person_id: string; district_code: string | null; amount: string; kind: string; instalment_number: number | null; counts_on: string; age_band: string | null; reception_date: string | null; days: number | null };
const payments = (importId: string) =>
  sql<PaymentRow>(`select person_id, district_code, amount, kind, instalment_number, to_char(counts_on, 'YYYY-MM-DD') as counts_on, age_band, to_char(reception_date, 'YYYY-MM-DD') as reception_date, days from allocation.flat_rate_payment where import_id = ? order by row_number`, [importId]);

beforeAll(async () => {
  db = await createTestDatabase('allocation_import');
  await migrateSubgraph(allocationSubgraph, db.url);
  subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  await subgraph.orm.em.fork().transactional((em) => seed(em as EntityManager));
}, 60_000);
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('importing MiG\'s generalschablon file', () => {
  const fixedFile = Buffer.from(GEN_ROWS.map(fixedLine).join('\r\n') + '\r\n', 'latin1');
  let importId: string;
  let deviations: Map<number, Deviation>;

  it('books the good rows and lists every other row with its reason, in Swedish', async () => {
    const res = await upload('GENERALSCHABLON', fixedFile, 'GENERALSCHABLON_FAST');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.startFlatRateImport).toMatchObject({ alreadyReceived: false, message: 'Filen är mottagen och importeras nu. Du kan följa förloppet här.' });
    importId = res.body.data!.startFlatRateImport.import.id;
    const file = await finished(importId);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 15, rowsApplied: 3, deviationCount: 12, openDeviationCount: 12, encrypted: false, failure: null });
    deviations = new Map(file.deviations.edges.map((e) => [e.node.rowNumber, e.node]));
    expect(Object.fromEntries([...deviations].map(([row, d]) => [row, [d.field, d.reason]]))).toEqual(EXPECTED_REASONS);
    expect(deviations.get(3)!.message).toMatch(/^Personen har ingen stadsdel \(folkbokföringsadress\) 2025-02-25\./);
    expect(deviations.get(4)!.message).toBe('Personen flyttade från Stockholm 2024-12-31, före perioden som betalas (från 2025-01-15). Utbetalningen ska inte bokas på staden.');
    expect(deviations.get(5)!.message).toBe('Mottagningsdatum 2025-01-15 stämmer inte med personens generalschablon, som räknas från 2024-11-01.');
    expect(deviations.get(7)!.message).toBe('Beloppet 12 345,00 kr stämmer inte med delbetalning 1 enligt betalningsplanen (16 500,00 kr).');
    expect(deviations.get(7)!.reasonLabel).toBe('Fel belopp');
    expect(deviations.get(9)!.message).toBe('Personnumret "19900161" saknar de fyra sista siffrorna.');
    expect(deviations.get(11)!.suggestedPersonId).toBe(MIG_ONLY.id);
    expect(deviations.get(12)!.suggestedPersonId).toBeNull();
    expect(deviations.get(12)!.reasonLabel).toBe('Person saknas');
    expect(deviations.get(7)!.amount).toBe(1_234_500);
    expect(deviations.get(8)!.original).toEqual([fixedLine(GEN_ROWS[7]!)]);

    expect(await payments(importId)).toEqual([
      { person_id: GOOD.id, district_code: 'JARVA', amount: '1650000', kind: 'GENERAL', instalment_number: 1, counts_on: '2025-01-31', age_band: '20–64', reception_date: '2025-01-15', days: null },
      { person_id: GOOD.id, district_code: 'JARVA', amount: '1650000', kind: 'GENERAL', instalment_number: 2, counts_on: '2025-03-31', age_band: '20–64', reception_date: '2025-01-15', days: null },
      { person_id: LAST_INSTALMENT.id, district_code: 'JARVA', amount: '1650000', kind: 'GENERAL', instalment_number: 9, counts_on: '2024-12-31', age_band: '20–64', reception_date: '2023-01-10', days: null },
    ]);
    // The case is opened at the first payment, with the district of that day.
    const [opened] = await sql<{ district_code: string; registered_on: string; reception_date: string; status: string }>(`select district_code, to_char(registered_on, 'YYYY-MM-DD') as registered_on, to_char(reception_date, 'YYYY-MM-DD') as reception_date, status from allocation.flat_rate_case where person_id = ?`, [GOOD.id]);
    expect(opened).toEqual({ district_code: 'JARVA', registered_on: '2025-02-25', reception_date: '2025-01-15', status: 'OPEN' });
  });

  it('closes the case when the 9th instalment is paid: SCHABLONPERIOD_SLUT at the end of the last period, purge 21 days later', async () => {
    const [closed] = await sql<{ status: string; closure_reason: string; closed_on: string; purge_on: string }>(`select status, closure_reason, to_char(closed_on, 'YYYY-MM-DD') as closed_on, to_char(purge_on, 'YYYY-MM-DD') as purge_on from allocation.flat_rate_case where person_id = ?`, [LAST_INSTALMENT.id]);
    expect(closed).toEqual({ status: 'CLOSED', closure_reason: 'SCHABLONPERIOD_SLUT', closed_on: '2024-12-31', purge_on: '2025-01-21' });
    const [other] = await sql<{ status: string }>(`select status from allocation.flat_rate_case where person_id = ?`, [OTHER_RECEPTION.id]);
    expect(other!.status).toBe('OPEN');
    // The person register hears of it (and closes the person's handling unless cases are open).
    const events = await sql<{ payload: Record<string, unknown> }>(`select payload from allocation.outbox_event where topic = 'allocation.flat-rate-case-closed'`);
    expect(events.map((e) => e.payload)).toEqual([expect.objectContaining({ personId: LAST_INSTALMENT.id, closedOn: '2024-12-31', reason: 'SCHABLONPERIOD_SLUT' })]);
  });

  it('keeps the totals of every row read, applied or not, per payment month and code', async () => {
    const totals = await sql<{ month: string; compensation_code: string; amount: string; rows: number }>(`select month, compensation_code, amount, rows from allocation.flat_rate_import_total where import_id = ? order by month, compensation_code`, [importId]);
    expect(totals).toEqual([
      { month: '0000-00', compensation_code: 'NSCH', amount: '1650000', rows: 1 },
      { month: '2025-01', compensation_code: 'NSCH', amount: '1650000', rows: 1 },
      // Rows 1, 3, 4, 5, 7, 8, 11, 12 and 13 (7 × 16 500 kr, 12 345 kr, and one amount that cannot be read).
      { month: '2025-02', compensation_code: 'NSCH', amount: String(7 * 1_650_000 + 1_234_500), rows: 9 },
      { month: '2025-02', compensation_code: 'XYZ', amount: '1650000', rows: 1 },
      { month: '2025-04', compensation_code: 'NSCH', amount: '1650000', rows: 1 },
      { month: '2025-07', compensation_code: 'NSCH', amount: '3300000', rows: 2 },
    ]);
    const file = await finished(importId);
    expect(file.months).toEqual(['2025-01', '2025-02', '2025-04', '2025-07']);
    expect(file.totalAmount).toBe(totals.reduce((s, t) => s + Number(t.amount), 0));
  });

  it('treats the same file again as already imported and doubles nothing', async () => {
    const again = await upload('GENERALSCHABLON', fixedFile, 'GENERALSCHABLON_FAST', 'coordinator', 'samma.txt');
    expect(again.body.data?.startFlatRateImport.alreadyReceived).toBe(true);
    expect(again.body.data?.startFlatRateImport.message).toMatch(/^Filen är redan importerad \(generalschablon\.txt, .*\): 3 rader bokade, 12 avvikelser\. Ingenting har ändrats\.$/);
    expect(await sql('select 1 from allocation.flat_rate_payment where import_id is not null')).toHaveLength(3);
    expect(await sql('select 1 from allocation.flat_rate_import_total')).toHaveLength(6);
  });

  it('reads the semicolon layout with its header, a row with only the MiG number and one with a 10-digit personnummer', async () => {
    const rows = [gen(MIG_ONLY, { pnr: '', amount: '16 500,00', paid: '2025-02-25' }), gen(GOOD, { pnr: `${GOOD.pnr!.slice(2, 8)}-${GOOD.pnr!.slice(8)}`, mig: '', instalment: '3', paid: '20250725' })];
    const content = Buffer.from([SEMICOLON_HEADER, ...rows.map(semicolonLine), ''].join('\n'), 'utf8');
    const res = await upload('GENERALSCHABLON', content, 'GENERALSCHABLON_SEMIKOLON', 'coordinator', 'generalschablon.csv');
    const file = await finished(res.body.data!.startFlatRateImport.import.id);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 2, rowsApplied: 2, deviationCount: 0 });
    expect(await payments(res.body.data!.startFlatRateImport.import.id)).toMatchObject([
      { person_id: MIG_ONLY.id, district_code: 'FARSTA', amount: '1650000', instalment_number: 1 },
      { person_id: GOOD.id, district_code: 'JARVA', amount: '1650000', instalment_number: 3, counts_on: '2025-06-30' },
    ]);
  });

  it('resolves a row by a corrected personnummer, re-checked as an import would', async () => {
    const resolve = `mutation($input: ResolveFlatRateDeviationInput!) { resolveFlatRateDeviation(input: $input) { status resolution resolvedBy } }`;
    const typo = deviations.get(8)!;
    const stillWrong = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: typo.id, values: [{ field: 'personalIdentityNumber', value: '19900108-0000' }] } } });
    expect(stillWrong.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'personalIdentityNumber', reason: 'INCOMPLETE_IDENTITY_NUMBER' } });
    const ok = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: typo.id, values: [{ field: 'personalIdentityNumber', value: TYPO.pnr }] } } });
    expect(ok.body.data?.resolveFlatRateDeviation).toEqual({ status: 'RESOLVED', resolution: 'Rättad och bokad.', resolvedBy: 'samordnare' });
    expect(await sql(`select 1 from allocation.flat_rate_payment where person_id = ? and district_code = 'JARVA'`, [TYPO.id])).toHaveLength(1);
    const again = await callSubgraph(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: typo.id, values: [{ field: 'personalIdentityNumber', value: TYPO.pnr }] } } });
    expect(again.body.errors?.[0]).toMatchObject({ message: 'Avvikelsen är redan åtgärdad.', extensions: { code: 'CONFLICT' } });
  });

  it('resolves an unknown person by linking the suggested person', async () => {
    const resolve = `mutation($input: ResolveFlatRateDeviationInput!) { resolveFlatRateDeviation(input: $input) { status suggestedPersonId } }`;
    const row = deviations.get(11)!;
    const res = await callSubgraph<{ resolveFlatRateDeviation: { status: string } }>(subgraph.url, resolve, { ...as('coordinator'), variables: { input: { deviationId: row.id, personId: row.suggestedPersonId, note: 'MiG har fel individnummer.' } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.resolveFlatRateDeviation.status).toBe('RESOLVED');
    expect(await sql(`select 1 from allocation.flat_rate_payment where person_id = ?`, [MIG_ONLY.id])).toHaveLength(2);
  });

  it('registers a new person from a row: the copy at once, the row booked on AmF revenue, and an event for the person register', async () => {
    const register = `mutation($input: RegisterFlatRatePersonInput!) { registerFlatRatePerson(input: $input) { status resolution } }`;
    const row = deviations.get(12)!;
    const bad = await callSubgraph(subgraph.url, register, { ...as('coordinator'), variables: { input: { deviationId: row.id, firstName: '', lastName: 'Ny', birthDate: '1991-05-05' } } });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const notAPersonProblem = await callSubgraph(subgraph.url, register, { ...as('coordinator'), variables: { input: { deviationId: deviations.get(13)!.id, firstName: 'Nyo', lastName: 'Nysson', migIndividualNumber: '9177777', birthDate: '1991-05-05' } } });
    expect(notAPersonProblem.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_UNKNOWN_PERSON' });
    expect(await sql(`select 1 from allocation.person_copy where mig_individual_number = '9177777'`)).toHaveLength(0);
    const res = await callSubgraph(subgraph.url, register, { ...as('coordinator'), variables: { input: { deviationId: row.id, firstName: 'Nyo', lastName: 'Nysson', personalIdentityNumber: NEW_PNR, migIndividualNumber: '9188888', birthDate: '1991-05-05' } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.registerFlatRatePerson).toEqual({ status: 'RESOLVED', resolution: 'Personen registrerades (Nyo Nysson) och raden bokades.' });
    const [event] = await sql<{ payload: { personId: string; firstName: string; personalIdentityNumber: string; requestedBy: string } }>(`select payload from allocation.outbox_event where topic = 'allocation.person-registration-requested'`);
    expect(event!.payload).toMatchObject({ firstName: 'Nyo', personalIdentityNumber: NEW_PNR, requestedBy: 'samordnare' });
    expect(await payments(importId)).toContainEqual(expect.objectContaining({ person_id: event!.payload.personId, district_code: null, amount: '1650000' }));
    expect(await sql(`select 1 from allocation.person_copy where person_id = ? and personal_identity_number = ?`, [event!.payload.personId, NEW_PNR])).toHaveLength(1);
  });

  it('closes a deviation only with a reason', async () => {
    const close = `mutation($id: ID!, $reason: String!) { closeFlatRateDeviation(deviationId: $id, reason: $reason) { status resolution } }`;
    const row = deviations.get(13)!;
    const empty = await callSubgraph(subgraph.url, close, { ...as('coordinator'), variables: { id: row.id, reason: ' ' } });
    expect(empty.body.errors?.[0]).toMatchObject({ message: 'Ange varför avvikelsen stängs.', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    const closed = await callSubgraph(subgraph.url, close, { ...as('coordinator'), variables: { id: row.id, reason: 'Raden är en dubblett.' } });
    expect(closed.body.data?.closeFlatRateDeviation).toEqual({ status: 'CLOSED', resolution: 'Raden är en dubblett.' });
  });

  it('books every open row without a district on AmF revenue in one go, and lists deviations across imports by reason', async () => {
    const list = `query($reason: String) { flatRateDeviations(reason: $reason) { totalCount edges { node { rowNumber fileName reason } } } }`;
    const before = await callSubgraph<{ flatRateDeviations: { totalCount: number; edges: { node: { fileName: string } }[] } }>(subgraph.url, list, { ...as('coordinator'), variables: { reason: 'NO_DISTRICT' } });
    expect(before.body.data?.flatRateDeviations.totalCount).toBe(1);
    expect(before.body.data?.flatRateDeviations.edges[0]!.node.fileName).toBe('generalschablon.txt');
    const res = await callSubgraph<{ acceptNoDistrictAsAmfRevenue: number }>(subgraph.url, `mutation($id: ID!) { acceptNoDistrictAsAmfRevenue(importId: $id) }`, { ...as('coordinator'), variables: { id: importId } });
    expect(res.body.data?.acceptNoDistrictAsAmfRevenue).toBe(1);
    expect(await payments(importId)).toContainEqual(expect.objectContaining({ person_id: NO_DISTRICT.id, district_code: null }));
    const after = await callSubgraph<{ flatRateDeviations: { totalCount: number } }>(subgraph.url, list, { ...as('coordinator'), variables: { reason: 'NO_DISTRICT' } });
    expect(after.body.data?.flatRateDeviations.totalCount).toBe(0);
    const file = await finished(importId);
    expect(file).toMatchObject({ rowsApplied: 7, openDeviationCount: 7 });
  });
});

describe('other files', () => {
  it('imports the e-service\'s Excel export with dygnsschablon rows, the district taken at the end of the period', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Utbetalningar');
    sheet.addRow(['Personnummer', 'Dossiernummer', 'Namn', 'Anvisningsdatum', 'Ersättningskod', 'Fr o m', 'T o m', 'Antal dygn', 'Belopp', 'Utbetalningsdatum']);
    sheet.addRow([YOUNG.pnr, YOUNG.mig, 'Unga Testsson', '2024-06-01', 'EKUP', '2025-01-01', '2025-03-31', 90, '67 500,00', '2025-05-20']);
    sheet.addRow([YOUNG.pnr, YOUNG.mig, 'Unga Testsson', '2024-06-01', 'Dygnsschablon', '2025-04-01', '2025-04-30', 30, 30000, '2025-05-20']);
    sheet.addRow([YOUNG.pnr, YOUNG.mig, 'Unga Testsson', '2024-06-01', 'NSCH', '2025-04-01', '2025-04-30', '', 100, '2025-05-20']);
    const res = await upload('ESERVICE_SCHABLON', Buffer.from(await wb.xlsx.writeBuffer()), null, 'coordinator', 'e-tjansten.xlsx');
    expect(res.body.data?.startFlatRateImport.import.profileKey).toBe('ESERVICE_SCHABLON');
    const id = res.body.data!.startFlatRateImport.import.id;
    const file = await finished(id);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 3, rowsApplied: 2, deviationCount: 1, totalAmount: 6_750_000 + 3_000_000 + 10_000 });
    expect(file.deviations.edges[0]!.node).toMatchObject({ rowNumber: 4, reason: 'UNKNOWN_CODE', message: 'Ersättningskoden "NSCH" hör inte till e-tjänstens schabloner.' });
    expect(await payments(id)).toEqual([
      { person_id: YOUNG.id, district_code: 'SKARHOLMEN', amount: '6750000', kind: 'DAILY', instalment_number: null, counts_on: '2025-04-30', age_band: null, reception_date: '2024-06-01', days: 90 },
      { person_id: YOUNG.id, district_code: 'SKARHOLMEN', amount: '3000000', kind: 'DAILY', instalment_number: null, counts_on: '2025-04-30', age_band: null, reception_date: '2024-06-01', days: 30 },
    ]);
  });

  it('fails a file that cannot be read with a Swedish reason, and writes nothing', async () => {
    const res = await upload('ESERVICE_SCHABLON', Buffer.from('detta är ingen excelfil', 'utf8'), 'ESERVICE_SCHABLON', 'coordinator', 'fel.xlsx');
    const id = res.body.data!.startFlatRateImport.import.id;
    const file = await finished(id);
    expect(file).toMatchObject({ status: 'FAILED', failure: 'Filen är inte en Excel-fil (.xlsx).', rowsApplied: 0, deviationCount: 0 });
    expect(await sql('select 1 from allocation.flat_rate_payment where import_id = ?', [id])).toHaveLength(0);
    expect(await sql('select 1 from allocation.import_deviation where import_id = ?', [id])).toHaveLength(0);
    expect(await sql('select 1 from allocation.flat_rate_import_total where import_id = ?', [id])).toHaveLength(0);
    const retry = `mutation($id: ID!) { retryFlatRateImport(id: $id) { status } }`;
    const again = await callSubgraph<{ retryFlatRateImport: { status: string } }>(subgraph.url, retry, { ...as('coordinator'), variables: { id } });
    expect(again.body.data?.retryFlatRateImport.status).toBe('QUEUED');
    expect(await finished(id)).toMatchObject({ status: 'FAILED', failure: 'Filen är inte en Excel-fil (.xlsx).' });
  });

  it('refuses an OpenPGP-encrypted file while no key is configured', async () => {
    const armored = Buffer.from('-----BEGIN PGP MESSAGE-----\n\nhQEMA1234\n-----END PGP MESSAGE-----\n');
    const res = await upload('GENERALSCHABLON', armored, null);
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'ENCRYPTED_NOT_CONFIGURED' } });
    expect(res.body.errors?.[0]?.message).toMatch(/^Filen är krypterad \(OpenPGP\), men ingen nyckel för dekryptering är konfigurerad/);
    const binary = await upload('GENERALSCHABLON', Buffer.from([0x85, 0x01, 0x0c, 0x03, 0x00, 0x11]), null);
    expect(binary.body.errors?.[0]?.extensions).toMatchObject({ reason: 'ENCRYPTED_NOT_CONFIGURED' });
  });

  it('lists a payment for a period after the case was closed as CASE_CLOSED, and books one for a period before it', async () => {
    // Reception 2024-01-15: #3 pays 2024-04-01–2024-06-30 (before the closure), #4 2024-07-01–2024-09-30, #5 2024-10-01–2024-12-31 (after).
    const rows = [gen(CLOSED, { reception: '20240115', instalment: '3', paid: '20240725' }), gen(CLOSED, { reception: '20240115', instalment: '5', paid: '20250125' })];
    const content = Buffer.from([SEMICOLON_HEADER, ...rows.map(semicolonLine), ''].join('\n'), 'utf8');
    const res = await upload('GENERALSCHABLON', content, 'GENERALSCHABLON_SEMIKOLON', 'coordinator', 'generalschablon-avslutad.csv');
    const file = await finished(res.body.data!.startFlatRateImport.import.id);
    expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 2, rowsApplied: 1, deviationCount: 1 });
    expect(file.deviations.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ rowNumber: 3, reason: 'CASE_CLOSED', reasonLabel: 'Ärendet är avslutat', message: expect.stringMatching(/^Personens generalschablon avslutades 2024-10-15 \(avliden\); utbetalningen gäller tiden efter avslutet \(till 2024-12-31\)/) }),
    ]);
  });

  it('decrypts an OpenPGP-encrypted file with the city\'s key from configuration and imports it', async () => {
    const { privateKey, publicKey } = await generateKey({ type: 'ecc', userIDs: [{ name: 'Stockholms stad test' }], format: 'armored' });
    const plain = [SEMICOLON_HEADER, semicolonLine(gen(YOUNG)), ''].join('\n');
    const encrypted = await encrypt({ message: await createMessage({ text: plain }), encryptionKeys: await readKey({ armoredKey: publicKey }), format: 'armored' });
    process.env.FLAT_RATE_PGP_PRIVATE_KEY = privateKey;
    try {
      const res = await upload('GENERALSCHABLON', Buffer.from(encrypted, 'utf8'), 'GENERALSCHABLON_SEMIKOLON', 'coordinator', 'generalschablon.csv.pgp');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.startFlatRateImport.import).toMatchObject({ encrypted: true });
      const file = await finished(res.body.data!.startFlatRateImport.import.id);
      expect(file).toMatchObject({ status: 'APPLIED', rowsRead: 1, rowsApplied: 1, encrypted: true });
      expect(await payments(res.body.data!.startFlatRateImport.import.id)).toMatchObject([{ person_id: YOUNG.id, district_code: 'SKARHOLMEN', amount: '1650000', instalment_number: 1 }]);
    } finally {
      delete process.env.FLAT_RATE_PGP_PRIVATE_KEY;
    }
  });

  it('lets the administrator save a profile of their own (semicolon file without header) and refuses others', async () => {
    const save = `mutation($input: SaveFlatRateImportProfileInput!) { saveFlatRateImportProfile(input: $input) { key builtIn delimiter format columns { field position } } }`;
    const columns = ['personalIdentityNumber', 'migIndividualNumber', 'name', 'receptionDate', 'compensationCode', 'instalmentNumber', 'periodFrom', 'periodTo', 'amount', 'paymentDate'].map((field, i) => ({ field, position: i + 1 }));
    const input = { key: 'GEN_UTAN_RUBRIK', kind: 'GENERALSCHABLON', name: 'Generalschablon utan rubrikrad', format: 'csv', hasHeader: false, delimiter: ';', columns };
    const denied = await callSubgraph(subgraph.url, save, { ...as('coordinator'), variables: { input } });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = await callSubgraph<{ saveFlatRateImportProfile: { key: string; builtIn: boolean; delimiter: string } }>(subgraph.url, save, { ...as('administrator'), variables: { input } });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.saveFlatRateImportProfile).toMatchObject({ key: 'GEN_UTAN_RUBRIK', builtIn: false, delimiter: ';' });
    const builtIn = await callSubgraph(subgraph.url, save, { ...as('administrator'), variables: { input: { ...input, key: 'GENERALSCHABLON_FAST' } } });
    expect(builtIn.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUILT_IN' });
    const list = await callSubgraph<{ flatRateImportProfiles: { key: string }[] }>(subgraph.url, `{ flatRateImportProfiles(kind: "GENERALSCHABLON") { key } }`, { ...as('coordinator') });
    expect(list.body.data?.flatRateImportProfiles.map((p) => p.key)).toEqual(['GENERALSCHABLON_FAST', 'GENERALSCHABLON_SEMIKOLON', 'GEN_UTAN_RUBRIK']);
    const deleted = await callSubgraph(subgraph.url, `mutation { deleteFlatRateImportProfile(key: "GEN_UTAN_RUBRIK") }`, { ...as('administrator') });
    expect(deleted.body.data).toEqual({ deleteFlatRateImportProfile: true });
  });

  it('gives district roles FORBIDDEN for imports and deviations', async () => {
    for (const query of ['{ flatRateImports { totalCount } }', '{ flatRateDeviations { totalCount } }']) {
      const res = await callSubgraph(subgraph.url, query, { ...as('jarvaOfficer') });
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Du saknar behörighet för detta.', extensions: { code: 'FORBIDDEN' } });
    }
    const before = await callSubgraph<{ flatRateImports: { totalCount: number } }>(subgraph.url, '{ flatRateImports { totalCount } }', { ...as('coordinator') });
    const upload1 = await upload('GENERALSCHABLON', Buffer.from('x'), null, 'jarvaOfficer');
    expect(upload1.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await callSubgraph<{ flatRateImports: { totalCount: number } }>(subgraph.url, '{ flatRateImports { totalCount } }', { ...as('coordinator') });
    expect(before.body.data?.flatRateImports.totalCount).toBeGreaterThan(0);
    expect(after.body.data?.flatRateImports.totalCount).toBe(before.body.data?.flatRateImports.totalCount);
  });
});
