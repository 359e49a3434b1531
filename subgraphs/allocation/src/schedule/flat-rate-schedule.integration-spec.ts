import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { randomUUID } from 'node:crypto';
import { PersonCopyEntity } from '../copies/infra/copies.entity.js';
import { FlatRatePaymentEntity } from '../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { allocationSubgraph } from '../subgraph.js';
import { FlatRateCaseChangeEntity } from './infra/flat-rate-case-change.entity.js';
import { FlatRateCaseEntity } from './infra/flat-rate-case.entity.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;
const call = <T>(who: Who, query: string, variables: Record<string, unknown> = {}) =>
  callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });

// 2024 amounts: 165 000 kr below 66 years, 92 600 kr from 66; 10 % and 20 % parts in öre.
const TEN = 1_650_000;
const TWENTY = 3_300_000;
const TEN_OLD = 926_000;

/** Test personnummer (Skatteverket's test series) only: never a real person's. */
const persons = {
  /** Järva, 34 years: paid #1, short #2, #3 with a move extra, #4 late by MiG's instalment number, an unexpected amount. */
  amina: { id: randomUUID(), birthDate: '1990-01-01', district: 'JARVA', pnr: '199001012383' },
  /** Farsta, turns 66 on 2024-07-15: the lower amount from #3. */
  bertil: { id: randomUUID(), birthDate: '1958-07-15', district: 'FARSTA', pnr: '195807152384' },
  /** Järva, paid #1 and #2, closed by hand in the test. */
  cecilia: { id: randomUUID(), birthDate: '1990-01-01', district: 'JARVA', pnr: '199001022382' },
  /** Järva, received in June, nothing paid yet. */
  david: { id: randomUUID(), birthDate: '2000-05-05', district: 'JARVA', pnr: '200005052389' },
};
type Key = keyof typeof persons;

const SCHEDULE_FIELDS = `personId receptionDate registeredOn status statusLabel closedOn closureReason closureReasonLabel closureNote
  purgeOn purgeOnSetManually purgedAt problem district { code } expectedTotal paidTotal remaining
  instalments { number sharePercent dueMonth ageBand expectedAmount paidAmount paidOn status statusLabel }
  extras { amount paymentDate reason reasonLabel }`;
interface Instalment { number: number; dueMonth: string; ageBand: string; expectedAmount: number; paidAmount: number; paidOn: string | null; status: string; statusLabel: string }
interface Schedule {
  personId: string; status: string; statusLabel: string; closedOn: string | null; closureReason: string | null; closureReasonLabel: string | null; closureNote: string | null;
  purgeOn: string | null; purgeOnSetManually: boolean; purgedAt: string | null; problem: string | null; district: { code: string } | null;
  expectedTotal: number; paidTotal: number; remaining: number; instalments: Instalment[]; extras: { amount: number; paymentDate: string; reason: string; reasonLabel: string }[];
}
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id flatRateSchedule { ${SCHEDULE_FIELDS} } } } }`;
const personSchedules = async (who: Who, keys: Key[]) => {
  const res = await call<{ _entities: { id: string; flatRateSchedule: Schedule | null }[] }>(who, ENTITIES, { r: keys.map((k) => ({ __typename: 'Person', id: persons[k].id })) });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!._entities.map((e) => e.flatRateSchedule);
};
const CLOSE = `mutation($input: CloseFlatRateCaseInput!) { closeFlatRateCase(input: $input) { ${SCHEDULE_FIELDS} } }`;
const PURGE_DATE = `mutation($personId: ID!, $purgeOn: Date) { setFlatRatePurgeDate(personId: $personId, purgeOn: $purgeOn) { purgeOn purgeOnSetManually } }`;
const FORECAST = 'query($from: String!, $to: String!, $d: String) { flatRateForecast(fromMonth: $from, toMonth: $to, districtCode: $d) { month district { code } amount persons } }';

let row = 0;
function payment(key: Key, paymentDate: string, amount: number, instalmentNumber: number | null = null) {
  const p = persons[key];
  row += 1;
  return {
    id: randomUUID(), personId: p.id, districtCode: p.district, compensationCode: 'GSCH', kind: 'GENERAL' as const, amount, paymentDate,
    source: 'IMPORT', importId: null, rowNumber: row, personalIdentityNumber: p.pnr, migIndividualNumber: `MIG-${row}`, personName: `Test Testsson ${row}`,
    receptionDate: key === 'david' ? '2024-06-05' : '2024-03-10', instalmentNumber,
  };
}

beforeAll(async () => {
  db = await createTestDatabase('allocation');
  await migrateSubgraph(allocationSubgraph, db.url);
  subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
  const em = subgraph.orm.em.fork();
  for (const [key, p] of Object.entries(persons)) {
    const receptionDate = key === 'david' ? '2024-06-05' : '2024-03-10';
    em.create(PersonCopyEntity, { personId: p.id, personalIdentityNumber: p.pnr, migIndividualNumber: null, birthDate: p.birthDate, registrations: [{ from: '2024-03-01', districtCode: p.district }], movedOutOn: null, mergedInto: null, purged: false, stateAt: new Date() });
    em.create(FlatRateCaseEntity, { personId: p.id, receptionDate, districtCode: p.district, registeredOn: key === 'david' ? '2024-07-25' : '2024-04-25', registeredByImportId: null });
  }
  for (const p of [
    payment('amina', '2024-04-25', TEN), payment('amina', '2024-06-25', 3_000_000), payment('amina', '2024-09-25', TEN), payment('amina', '2024-09-25', TEN),
    payment('amina', '2024-10-25', 12_345), payment('amina', '2025-01-10', TEN, 4),
    payment('bertil', '2024-04-25', TEN), payment('bertil', '2024-06-25', TWENTY),
    payment('cecilia', '2024-04-25', TEN), payment('cecilia', '2024-06-25', TWENTY),
  ]) em.create(FlatRatePaymentEntity, p);
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('Person.flatRateSchedule', () => {
  it('shows expected against paid per instalment, with the move extra and the unexpected amount', async () => {
    const [amina] = await personSchedules('coordinator', ['amina']);
    expect(amina).toMatchObject({ status: 'OPEN', statusLabel: 'Pågående', district: { code: 'JARVA' }, problem: null });
    expect(amina!.instalments.map((i) => [i.number, i.dueMonth, i.expectedAmount, i.paidAmount, i.status])).toEqual([
      [1, '2024-04', TEN, TEN, 'PAID'],
      [2, '2024-06', TWENTY, 3_000_000, 'SHORT'],
      [3, '2024-09', TEN, TEN, 'PAID'],
      [4, '2024-12', TEN, TEN, 'PAID'],
      [5, '2025-03', TEN, 0, 'UNPAID'],
      [6, '2025-06', TEN, 0, 'UNPAID'],
      [7, '2025-09', TEN, 0, 'UNPAID'],
      [8, '2025-12', TEN, 0, 'UNPAID'],
      [9, '2026-03', TEN, 0, 'UNPAID'],
    ]);
    expect(amina!.instalments[3]).toMatchObject({ paidOn: '2025-01-10', statusLabel: 'Betald' });
    expect(amina!.instalments[4]!.statusLabel).toBe('Ej betald');
    expect(amina!.extras).toEqual([
      { amount: TEN, paymentDate: '2024-09-25', reason: 'EXTRA_MOVE', reasonLabel: 'Extra 10 % vid flytt' },
      { amount: 12_345, paymentDate: '2024-10-25', reason: 'UNEXPECTED', reasonLabel: 'Oväntad utbetalning' },
    ]);
    expect(amina!.expectedTotal).toBe(16_500_000);
    expect(amina!.paidTotal).toBe(TEN + 3_000_000 + TEN + TEN + TEN + 12_345);
    expect(amina!.remaining).toBe(300_000 + 5 * TEN);
  });

  it('uses the lower amount from the first instalment after the person turns 66', async () => {
    const [bertil] = await personSchedules('coordinator', ['bertil']);
    expect(bertil!.instalments.slice(0, 4).map((i) => [i.number, i.ageBand, i.expectedAmount, i.status])).toEqual([
      [1, '65+', TEN, 'PAID'],
      [2, '65+', TWENTY, 'PAID'],
      [3, '65+', TEN_OLD, 'UNPAID'],
      [4, '65+', TEN_OLD, 'UNPAID'],
    ]);
    expect(bertil!.expectedTotal).toBe(TEN + TWENTY + 7 * TEN_OLD);
  });

  it('gives a district officer only their own district’s schedules, null for others', async () => {
    const [amina, bertil] = await personSchedules('jarvaOfficer', ['amina', 'bertil']);
    expect(amina?.personId).toBe(persons.amina.id);
    expect(bertil).toBeNull();
    const [aminaAsFarsta, bertilAsFarsta] = await personSchedules('farstaOfficer', ['amina', 'bertil']);
    expect(aminaAsFarsta).toBeNull();
    expect(bertilAsFarsta?.personId).toBe(persons.bertil.id);
  });

  it('is null for a person with no generalschablon', async () => {
    const res = await call<{ _entities: { flatRateSchedule: unknown }[] }>('coordinator', ENTITIES, { r: [{ __typename: 'Person', id: randomUUID() }] });
    expect(res.body.data!._entities[0]!.flatRateSchedule).toBeNull();
  });

  it('reads the schedules of many persons with one query per entity kind', async () => {
    const { result, queries } = await queryCounter.measure(() => personSchedules('coordinator', ['amina', 'bertil', 'cecilia', 'david']));
    expect(result.every((s) => s !== null)).toBe(true);
    // One statement each for the cases, the persons' birth dates and their payments.
    expect(queries.map((q) => /from "allocation"\."(\w+)"/.exec(q.sql)?.[1])).toEqual(['flat_rate_case', 'person_copy', 'flat_rate_payment']);
  });
});

describe('flatRateSchedules', () => {
  const LIST = `query($d: String, $s: String, $first: Int, $after: String) { flatRateSchedules(districtCode: $d, status: $s, first: $first, after: $after) {
    totalCount edges { node { personId person { id } district { code } remaining } } pageInfo { hasNextPage endCursor } } }`;
  type List = { flatRateSchedules: { totalCount: number; edges: { node: { personId: string; person: { id: string }; district: { code: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

  it('lists and pages schedules, limited to the officer’s district whatever they ask', async () => {
    const all = await call<List>('coordinator', LIST, { first: 2 });
    expect(all.body.data!.flatRateSchedules.totalCount).toBe(4);
    expect(all.body.data!.flatRateSchedules.pageInfo.hasNextPage).toBe(true);
    const next = await call<List>('coordinator', LIST, { first: 2, after: all.body.data!.flatRateSchedules.pageInfo.endCursor });
    const ids = [...all.body.data!.flatRateSchedules.edges, ...next.body.data!.flatRateSchedules.edges].map((e) => e.node.personId);
    expect(new Set(ids)).toEqual(new Set(Object.values(persons).map((p) => p.id)));

    const jarva = await call<List>('jarvaOfficer', LIST, {});
    expect(jarva.body.data!.flatRateSchedules.totalCount).toBe(3);
    expect(jarva.body.data!.flatRateSchedules.edges.every((e) => e.node.district?.code === 'JARVA' && e.node.person.id === e.node.personId)).toBe(true);
    const farstaAsJarva = await call<List>('jarvaOfficer', LIST, { d: 'FARSTA' });
    expect(farstaAsJarva.body.data!.flatRateSchedules.totalCount).toBe(0);
  });

  it('reads a page with one query per entity kind (and the count)', async () => {
    const { result, queries } = await queryCounter.measure(() => call<List>('coordinator', LIST, { first: 50 }));
    expect(result.body.data!.flatRateSchedules.edges).toHaveLength(4);
    expect(queries).toHaveLength(4);
  });

  it('refuses an unknown status with a Swedish message', async () => {
    const res = await call<List>('coordinator', LIST, { s: 'KLAR' });
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Status ska vara OPEN eller CLOSED.', extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
  });
});

describe('flatRateForecast', () => {
  type Rows = { flatRateForecast: { month: string; district: { code: string } | null; amount: number; persons: number }[] };

  it('sums unpaid instalments of open cases per district and month', async () => {
    const res = await call<Rows>('coordinator', FORECAST, { from: '2025-03', to: '2025-06' });
    expect(res.body.errors).toBeUndefined();
    // David (received 2024-06): #4 due 2025-03 (10 %), #5 due 2025-06; Amina #5 and #6; Cecilia (open so far) #5, #6.
    expect(res.body.data!.flatRateForecast).toEqual([
      { month: '2025-03', district: { code: 'FARSTA' }, amount: TEN_OLD, persons: 1 },
      { month: '2025-06', district: { code: 'FARSTA' }, amount: TEN_OLD, persons: 1 },
      { month: '2025-03', district: { code: 'JARVA' }, amount: 3 * TEN, persons: 3 },
      { month: '2025-06', district: { code: 'JARVA' }, amount: 3 * TEN, persons: 3 },
    ].sort((a, b) => a.district.code.localeCompare(b.district.code) || a.month.localeCompare(b.month)));
  });

  it('limits district roles to their own districts and refuses bad months', async () => {
    const own = await call<Rows>('farstaOfficer', FORECAST, { from: '2025-03', to: '2025-03' });
    expect(own.body.data!.flatRateForecast).toEqual([{ month: '2025-03', district: { code: 'FARSTA' }, amount: TEN_OLD, persons: 1 }]);
    const other = await call<Rows>('farstaOfficer', FORECAST, { from: '2025-03', to: '2025-03', d: 'JARVA' });
    expect(other.body.data!.flatRateForecast).toEqual([]);
    const bad = await call<Rows>('coordinator', FORECAST, { from: '2025-06', to: '2025-03' });
    expect(bad.body.errors?.[0]).toMatchObject({ message: 'Prognosens sista månad får inte vara före den första.', extensions: { code: 'BAD_USER_INPUT', field: 'toMonth' } });
  });
});

describe('closeFlatRateCase, purge date and purge', () => {
  const close = (who: Who, input: Record<string, unknown>) => call<{ closeFlatRateCase: Schedule }>(who, CLOSE, { input: { personId: persons.cecilia.id, ...input } });

  it('refuses bad input with Swedish messages, and district roles', async () => {
    const future = await close('coordinator', { closedOn: '2999-01-01', reason: 'AVLIDIT' });
    expect(future.body.errors?.[0]).toMatchObject({ message: 'Avslutsdatum kan inte vara senare än i dag.', extensions: { code: 'BAD_USER_INPUT', field: 'closedOn', reason: 'IN_FUTURE' } });
    const noNote = await close('coordinator', { closedOn: '2024-10-15', reason: 'OVRIGT', note: '  ' });
    expect(noNote.body.errors?.[0]).toMatchObject({ message: 'Ange en kommentar när avslutsorsaken är Övrigt.', extensions: { field: 'note', reason: 'REQUIRED' } });
    const unknown = await close('coordinator', { closedOn: '2024-10-15', reason: 'UTVANDRAT' });
    expect(unknown.body.errors?.[0]).toMatchObject({ extensions: { field: 'reason', reason: 'INVALID_REASON' } });
    expect(unknown.body.errors?.[0]?.message).toMatch(/^Okänd avslutsorsak/);
    const early = await close('coordinator', { closedOn: '2024-03-01', reason: 'AVLIDIT' });
    expect(early.body.errors?.[0]).toMatchObject({ message: 'Avslutsdatum kan inte vara före mottagningsdatum (2024-03-10).', extensions: { field: 'closedOn', reason: 'BEFORE_RECEPTION' } });
    const officer = await close('jarvaOfficer', { closedOn: '2024-10-15', reason: 'AVLIDIT' });
    expect(officer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await call<unknown>('coordinator', CLOSE, { input: { personId: randomUUID(), closedOn: '2024-10-15', reason: 'AVLIDIT' } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Personen har ingen registrerad generalschablon.', extensions: { code: 'NOT_FOUND' } });
    const [cecilia] = await personSchedules('coordinator', ['cecilia']);
    expect(cecilia!.status).toBe('OPEN');
  });

  it('closes by hand: later planned instalments are cleared and the purge date follows', async () => {
    const res = await close('coordinator', { closedOn: '2024-10-15', reason: 'FLYTTAT', note: 'Flyttat till Uppsala.' });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.closeFlatRateCase;
    expect(s).toMatchObject({ status: 'CLOSED', statusLabel: 'Avslutad', closedOn: '2024-10-15', closureReason: 'FLYTTAT', closureReasonLabel: 'Flyttat till annan kommun', closureNote: 'Flyttat till Uppsala.', purgeOn: '2024-11-05', purgeOnSetManually: false });
    // #3 pays for 2024-06..08 (entitled on 2024-08-31, before the closure): still owed. #4..#9 are cleared.
    expect(s.instalments.map((i) => i.status)).toEqual(['PAID', 'PAID', 'UNPAID', 'CLEARED', 'CLEARED', 'CLEARED', 'CLEARED', 'CLEARED', 'CLEARED']);
    expect(s.instalments[3]!.statusLabel).toBe('Avräknad vid avslut');
    expect(s.expectedTotal).toBe(TEN + TWENTY + TEN);
    expect(s.remaining).toBe(TEN);
    const again = await close('coordinator', { closedOn: '2024-10-16', reason: 'AVLIDIT' });
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_CLOSED' } });
    expect(again.body.errors?.[0]?.message).toMatch(/redan avslutad/);
  });

  it('leaves closed cases out of the forecast', async () => {
    const res = await call<{ flatRateForecast: { month: string; district: { code: string } | null; amount: number; persons: number }[] }>('coordinator', FORECAST, { from: '2025-03', to: '2025-03', d: 'JARVA' });
    expect(res.body.data!.flatRateForecast).toEqual([{ month: '2025-03', district: { code: 'JARVA' }, amount: 2 * TEN, persons: 2 }]);
  });

  it('sets the purge date by hand and back to the automatic one', async () => {
    const manual = await call<{ setFlatRatePurgeDate: unknown }>('administrator', PURGE_DATE, { personId: persons.cecilia.id, purgeOn: '2999-12-31' });
    expect(manual.body.data!.setFlatRatePurgeDate).toEqual({ purgeOn: '2999-12-31', purgeOnSetManually: true });
    const past = await call<unknown>('coordinator', PURGE_DATE, { personId: persons.cecilia.id, purgeOn: '2020-01-01' });
    expect(past.body.errors?.[0]).toMatchObject({ message: 'Gallringsdatum kan inte vara tidigare än i dag.', extensions: { field: 'purgeOn', reason: 'IN_PAST' } });
    const auto = await call<{ setFlatRatePurgeDate: unknown }>('coordinator', PURGE_DATE, { personId: persons.cecilia.id, purgeOn: null });
    expect(auto.body.data!.setFlatRatePurgeDate).toEqual({ purgeOn: '2024-11-05', purgeOnSetManually: false });
  });

  it('purges identifiers and names of closed cases whose date has come, once, keeping amounts', async () => {
    const forbidden = await call<unknown>('coordinator', 'mutation { runFlatRatePurge { cases payments } }');
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const run = await call<{ runFlatRatePurge: { cases: number; payments: number } }>('administrator', 'mutation { runFlatRatePurge { cases payments } }');
    expect(run.body.data!.runFlatRatePurge).toEqual({ cases: 1, payments: 2 });
    const em = subgraph.orm.em.fork();
    const rows = await em.find(FlatRatePaymentEntity, { personId: persons.cecilia.id }, { orderBy: { paymentDate: 'asc' } });
    expect(rows.map((r) => [r.personalIdentityNumber, r.migIndividualNumber, r.personName, Number(r.amount), r.districtCode])).toEqual([
      [null, null, null, TEN, 'JARVA'],
      [null, null, null, TWENTY, 'JARVA'],
    ]);
    const others = await em.find(FlatRatePaymentEntity, { personId: persons.amina.id });
    expect(others.every((r) => r.personalIdentityNumber === persons.amina.pnr)).toBe(true);
    const [cecilia] = await personSchedules('coordinator', ['cecilia']);
    expect(cecilia!.purgedAt).not.toBeNull();
    const again = await call<{ runFlatRatePurge: { cases: number } }>('administrator', 'mutation { runFlatRatePurge { cases payments } }');
    expect(again.body.data!.runFlatRatePurge).toEqual({ cases: 0, payments: 0 });
    const late = await call<unknown>('coordinator', PURGE_DATE, { personId: persons.cecilia.id, purgeOn: '2999-12-31' });
    expect(late.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'ALREADY_PURGED' } });

    expect((await subgraph.events.boss.getSchedules()).map((x) => [x.name, x.cron, x.options?.tz])).toContainEqual(['allocation.purge-flat-rate-records', '30 2 * * *', 'Europe/Stockholm']);

    const history = await em.find(FlatRateCaseChangeEntity, { personId: persons.cecilia.id }, { orderBy: { changedAt: 'asc', action: 'asc' } });
    expect(history.map((h) => [h.action, h.changedBy])).toEqual([
      ['CLOSE', 'samordnare'],
      ['SET_PURGE_DATE', 'administrator'],
      ['SET_PURGE_DATE', 'samordnare'],
      ['PURGE', 'administrator'],
    ]);
    expect(history[0]).toMatchObject({ before: { status: 'OPEN' }, after: { status: 'CLOSED', closureReason: 'FLYTTAT', purgeOn: '2024-11-05' }, note: 'Flyttat till Uppsala.' });
  });
});

describe('edge cases', () => {
  it('keeps a purge date set by hand when the case is closed later', async () => {
    const id = randomUUID();
    const em = subgraph.orm.em.fork();
    em.create(PersonCopyEntity, { personId: id, personalIdentityNumber: null, migIndividualNumber: null, birthDate: '1985-02-02', registrations: [], movedOutOn: null, mergedInto: null, purged: false, stateAt: new Date() });
    em.create(FlatRateCaseEntity, { personId: id, receptionDate: '2025-01-15', districtCode: 'SKARHOLMEN', registeredOn: '2025-02-25', registeredByImportId: null });
    await em.flush();
    const manual = await call<{ setFlatRatePurgeDate: unknown }>('coordinator', PURGE_DATE, { personId: id, purgeOn: '2999-06-30' });
    expect(manual.body.data!.setFlatRatePurgeDate).toEqual({ purgeOn: '2999-06-30', purgeOnSetManually: true });
    const closed = await call<{ closeFlatRateCase: Schedule }>('coordinator', CLOSE, { input: { personId: id, closedOn: '2025-05-20', reason: 'MEDBORGARSKAP' } });
    expect(closed.body.data!.closeFlatRateCase).toMatchObject({ closureReasonLabel: 'Svenskt medborgarskap', purgeOn: '2999-06-30', purgeOnSetManually: true });
    const auto = await call<{ setFlatRatePurgeDate: unknown }>('coordinator', PURGE_DATE, { personId: id, purgeOn: null });
    expect(auto.body.data!.setFlatRatePurgeDate).toEqual({ purgeOn: '2025-06-10', purgeOnSetManually: false });
  });

  it('explains, instead of failing, when the person’s birth date is unknown', async () => {
    const id = randomUUID();
    const em = subgraph.orm.em.fork();
    em.create(FlatRateCaseEntity, { personId: id, receptionDate: '2025-01-15', districtCode: 'SKARHOLMEN', registeredOn: '2025-02-25', registeredByImportId: null });
    await em.flush();
    const res = await call<{ _entities: { flatRateSchedule: Schedule }[] }>('coordinator', ENTITIES, { r: [{ __typename: 'Person', id }] });
    expect(res.body.data!._entities[0]!.flatRateSchedule).toMatchObject({
      problem: 'Födelsedatum saknas för personen – betalningsplanen kan inte beräknas.',
      instalments: [],
      expectedTotal: 0,
    });
  });

  it('purges due records every night as the system user', async () => {
    const id = randomUUID();
    const em = subgraph.orm.em.fork();
    em.create(FlatRateCaseEntity, { personId: id, receptionDate: '2024-01-15', districtCode: 'FARSTA', registeredOn: '2024-02-25', registeredByImportId: null, status: 'CLOSED', closedOn: '2024-05-01', closureReason: 'AVLIDIT', purgeOn: '2024-05-22' });
    em.create(FlatRatePaymentEntity, { id: randomUUID(), personId: id, districtCode: 'FARSTA', compensationCode: 'GSCH', kind: 'GENERAL', amount: TEN, paymentDate: '2024-02-25', source: 'MANUAL', personalIdentityNumber: '198001012380', personName: 'Test Testsson' });
    await em.flush();
    await subgraph.events.runJobNow('purge-flat-rate-records');
    const deadline = Date.now() + 15_000;
    let purged: { purgedAt?: Date | null } | null = null;
    while (Date.now() < deadline && !purged?.purgedAt) {
      await new Promise((r) => setTimeout(r, 200));
      purged = await subgraph.orm.em.fork().findOne(FlatRateCaseEntity, { personId: id });
    }
    expect(purged?.purgedAt).toBeTruthy();
    const check = subgraph.orm.em.fork();
    expect(await check.findOne(FlatRatePaymentEntity, { personId: id })).toMatchObject({ personalIdentityNumber: null, personName: null, amount: TEN });
    expect(await check.find(FlatRateCaseChangeEntity, { personId: id })).toMatchObject([{ action: 'PURGE', changedBy: 'system' }]);
  });
});
