import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CURRENT_DISTRICTS } from '@statsbidrag/demo-data';
import { luhnCheckDigit } from '@statsbidrag/domain';
import { migrateSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { allocationSubgraph, MAX_FLAT_RATE_IMPORT_BYTES, paymentSchedule, receiveImportFile, runQueuedFlatRateImport } from '@statsbidrag/subgraph-allocation';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { startBenchDatabase } from './database.js';
import { median, mib, sampleMemory, summarizeSteps, type MemoryPeak, type StepSummary } from './decision-import.js';
import { ratio } from './stats.js';

type MikroORM = Parameters<typeof runQueuedFlatRateImport>[0];

/**
 * Issue 6, Performance: a generalschablon file (GENERALSCHABLON_FAST, ADR 0017) imported through the
 * allocation subgraph's real path (receiveImportFile → runQueuedFlatRateImport: read, check every row
 * against PersonCopy and the domain's payment schedule, book FlatRatePayment, open cases, totals,
 * automatic closure, all in one transaction) against COPY of the same rows into a bare table, same run.
 */

/** Every this-many-th row pays one krona more than its instalment: a deviation (AMOUNT_MISMATCH). */
export const DEVIATION_EVERY = 50;
/** Nine instalments per person, one row each. */
const INSTALMENTS = 9;
/** 20 serials a day on 21 900 distinct days (1950–2009): 438 000 persons. */
const MAX_ROWS = 1_000_000;
const INTERNAL_SECRET = 'bench-flat-rate-internal-secret-0123456789abcdef';
const IMPORTER = 'samordnare';
const BASELINE_TABLE = 'public.bench_generalschablon_copy';
/** The ten fields of the line, typed where PostgreSQL has a type for them, in a table without keys or indexes. */
const BASELINE_COLUMNS = [
  ['personal_identity_number', 'text'], ['mig_individual_number', 'text'], ['name', 'text'], ['reception_date', 'date'], ['compensation_code', 'text'],
  ['instalment_number', 'smallint'], ['period_from', 'date'], ['period_to', 'date'], ['amount', 'numeric(14,2)'], ['payment_date', 'date'],
] as const;
/** GENERALSCHABLON_FAST: field widths in order (113 characters). */
const WIDTHS = [12, 8, 40, 8, 8, 1, 8, 8, 12, 8] as const;

const FIRST = ['Amina', 'Yusuf', 'Fatima', 'Omar', 'Leila', 'Hassan', 'Sara', 'Ali', 'Noor', 'Ahmed', 'Olena', 'Taras', 'Iryna', 'Selam', 'Yonas'];
const LAST = ['Ahmadi', 'Hosseini', 'Mohamud', 'Haile', 'Tesfaye', 'Kovalenko', 'Rahimi', 'Farah', 'Osman', 'Karimi', 'Gebre', 'Warsame', 'Berhane'];

export interface FlatRateImportOptions {
  rows: number;
  rounds: number;
  log?: (line: string) => void;
}

export interface FlatRateImportRound extends MemoryPeak {
  /** receiveImportFile + runQueuedFlatRateImport, until the import is APPLIED. */
  ms: number;
  /** Hashing and storing the file. */
  receiveMs: number;
  /** The background task's work: read, check, book, totals, closure in one transaction. */
  runMs: number;
  rowsRead: number;
  rowsApplied: number;
  deviations: number;
}

export interface FlatRateCopyRound extends MemoryPeak {
  ms: number;
  rowsCopied: number;
}

export interface FlatRateImportReport {
  benchmark: 'flat-rate-import';
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  config: {
    rows: number;
    rounds: number;
    profile: 'GENERALSCHABLON_FAST';
    persons: number;
    deviationEvery: number;
    expectedDeviations: number;
    fileBytes: number;
    /** The upload limit of startFlatRateImport; the bench receives the file directly, so a larger file is measured too. */
    uploadLimitBytes: number;
    copyBytes: number;
    /** Sum of every row's amount in öre (deviations included). */
    fileSumOre: number;
    baselineTable: string;
  };
  setup: { fillPersonsMs: number; writeFileMs: number; writeCopyFileMs: number };
  rounds: { round: number; order: ('import' | 'copy')[]; import: FlatRateImportRound; copy: FlatRateCopyRound; ratio: number }[];
  /** Checked after every (a): booked + deviations = rows, totals = file sum, booked sum = file sum − deviations' amounts. */
  checks: { rowsBooked: number; deviations: number; deviationReasons: Record<string, number>; totalsSumOre: number; totalsRows: number; bookedSumOre: number; casesOpened: number; casesClosed: number };
  import: StepSummary & { medianReceiveMs: number; medianRunMs: number };
  copy: StepSummary;
  ratio: number;
}

/** One line of the generated file. */
export interface GeneralschablonRow {
  personalIdentityNumber: string;
  migIndividualNumber: string;
  name: string;
  receptionDate: string;
  instalmentNumber: number;
  periodFrom: string;
  periodTo: string;
  amountOre: number;
  paymentDate: string;
  deviation: boolean;
}

interface SyntheticPerson {
  personalIdentityNumber: string;
  migIndividualNumber: string;
  birthDate: string;
  receptionDate: string;
  districtCode: string;
  name: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const compact = (iso: string) => iso.replaceAll('-', '');
const DAY = 86_400_000;

/** Person k: samordningsnummer (day + 60, serial 980–999 as the demo data: generated, never anyone's), born 1950–2009, received 2023–2024. */
export function syntheticPerson(k: number): SyntheticPerson {
  const birth = isoDay(Date.UTC(1950, 0, 1) + ((Math.floor(k / 20) * 37) % 21_900) * DAY);
  const [year, month, day] = [birth.slice(0, 4), birth.slice(5, 7), Number(birth.slice(8, 10))];
  const serial = 980 + (k % 20);
  const nine = `${year.slice(2)}${month}${pad(day + 60)}${serial}`;
  return {
    personalIdentityNumber: `${year}${month}${pad(day + 60)}${serial}${luhnCheckDigit(nine)}`,
    migIndividualNumber: `97${pad(k, 6)}`,
    birthDate: birth,
    receptionDate: isoDay(Date.UTC(2023, 0, 2) + ((k * 13) % 700) * DAY),
    districtCode: CURRENT_DISTRICTS[k % CURRENT_DISTRICTS.length]!.code,
    name: `${FIRST[k % FIRST.length]} ${LAST[(k * 7) % LAST.length]}`,
  };
}

const isDeviationRow = (i: number) => i % DEVIATION_EVERY === DEVIATION_EVERY - 1;

/** Rows 9k … 9k + 8: person k's instalments 1–9 with the schedule's amounts, paid on the 25th of the due month; every 50th row one krona too much. */
export function* generalschablonRows(rows: number): Generator<GeneralschablonRow> {
  for (let k = 0; k * INSTALMENTS < rows; k++) {
    const person = syntheticPerson(k);
    const schedule = paymentSchedule({ receptionDate: person.receptionDate, birthDate: person.birthDate });
    for (let n = 0; n < INSTALMENTS && k * INSTALMENTS + n < rows; n++) {
      const i = k * INSTALMENTS + n;
      const inst = schedule.instalments[n]!;
      const deviation = isDeviationRow(i);
      yield {
        personalIdentityNumber: person.personalIdentityNumber, migIndividualNumber: person.migIndividualNumber, name: person.name, receptionDate: person.receptionDate,
        instalmentNumber: inst.number, periodFrom: inst.periodFrom, periodTo: inst.periodTo, amountOre: inst.amount + (deviation ? 100 : 0), paymentDate: `${inst.dueMonth}-25`, deviation,
      };
    }
  }
}

/** Cases the import opens (persons with a booked row) and closes SCHABLONPERIOD_SLUT (persons whose 9th instalment is booked). */
export function expectedCases(rows: number): { opened: number; closed: number } {
  let opened = 0;
  let closed = 0;
  for (let first = 0; first < rows; first += INSTALMENTS) {
    let booked = false;
    for (let i = first; i < Math.min(first + INSTALMENTS, rows); i++) booked ||= !isDeviationRow(i);
    if (booked) opened++;
    const ninth = first + INSTALMENTS - 1;
    if (ninth < rows && !isDeviationRow(ninth)) closed++;
  }
  return { opened, closed };
}

/** "    16500,00": kronor right-aligned with a decimal comma. */
const kronorField = (ore: number) => `${Math.floor(ore / 100)},${pad(ore % 100)}`;

/** A GENERALSCHABLON_FAST line (113 characters). */
export function fixedLine(r: GeneralschablonRow): string {
  const values = [r.personalIdentityNumber, r.migIndividualNumber, r.name, compact(r.receptionDate), 'NSCH', String(r.instalmentNumber), compact(r.periodFrom), compact(r.periodTo), kronorField(r.amountOre), compact(r.paymentDate)];
  return values.map((v, i) => (i === 8 ? v.padStart(WIDTHS[i]!) : v.padEnd(WIDTHS[i]!))).join('');
}

function copyLine(r: GeneralschablonRow): string {
  return [r.personalIdentityNumber, r.migIndividualNumber, r.name, r.receptionDate, 'NSCH', r.instalmentNumber, r.periodFrom, r.periodTo, `${Math.floor(r.amountOre / 100)}.${pad(r.amountOre % 100)}`, r.paymentDate].join('\t') + '\n';
}

async function writeLines(path: string, rows: number, line: (r: GeneralschablonRow) => string): Promise<{ sumOre: number; deviationSumOre: number }> {
  let sumOre = 0;
  let deviationSumOre = 0;
  await pipeline(
    Readable.from((function* () {
      for (const r of generalschablonRows(rows)) {
        sumOre += r.amountOre;
        if (r.deviation) deviationSumOre += r.amountOre;
        yield line(r);
      }
    })()),
    createWriteStream(path),
  );
  return { sumOre, deviationSumOre };
}

/** The allocation subgraph's PersonCopy rows (what person.identity-changed would have delivered): one district since 2000. */
async function fillPersons(client: pg.Client, persons: number): Promise<number> {
  const at = new Date().toISOString();
  const lines = function* () {
    for (let k = 0; k < persons; k++) {
      const p = syntheticPerson(k);
      yield [randomUUID(), p.personalIdentityNumber, p.migIndividualNumber, p.birthDate, JSON.stringify([{ from: '2000-01-01', districtCode: p.districtCode }]), '\\N', '\\N', 'f', at].join('\t') + '\n';
    }
  };
  const stream = client.query(copyFrom('copy allocation.person_copy (person_id, personal_identity_number, mig_individual_number, birth_date, registrations, moved_out_on, merged_into, purged, state_at) from stdin'));
  await pipeline(Readable.from(lines()), stream);
  await client.query('analyze allocation.person_copy');
  return stream.rowCount;
}

/** (a): the real path, as the screen's startFlatRateImport and the background task run it (the upload's 10 MB check aside). */
async function importOnce(orm: MikroORM, client: pg.Client, content: Buffer, round: number): Promise<FlatRateImportRound> {
  const memory = sampleMemory();
  const t0 = performance.now();
  const { file, alreadyReceived } = await receiveImportFile(orm.em.fork(), {
    kind: 'GENERALSCHABLON', fileName: `generalschablon-bench-${round}.txt`, content, profileKey: 'GENERALSCHABLON_FAST', receivedBy: IMPORTER, parameters: { encrypted: 'false' },
  });
  const receiveMs = performance.now() - t0;
  if (alreadyReceived) throw new Error('filen fanns redan: tabellerna tömdes inte');
  await runQueuedFlatRateImport(orm, file.id);
  const ms = performance.now() - t0;
  const peak = memory.stop();
  const { rows } = await client.query<{ status: string; rows_read: number; rows_applied: number; deviation_count: number; failure: string | null }>(
    'select status, rows_read, rows_applied, deviation_count, failure from allocation.import_file where id = $1',
    [file.id],
  );
  const state = rows[0]!;
  if (state.status !== 'APPLIED') throw new Error(`importen blev ${state.status}: ${state.failure}`);
  return { ms, receiveMs, runMs: ms - receiveMs, rowsRead: state.rows_read, rowsApplied: state.rows_applied, deviations: state.deviation_count, ...peak };
}

async function copyOnce(client: pg.Client, copyFile: string): Promise<FlatRateCopyRound> {
  const memory = sampleMemory();
  const t0 = performance.now();
  const stream = client.query(copyFrom(`copy ${BASELINE_TABLE} (${BASELINE_COLUMNS.map(([c]) => c).join(', ')}) from stdin`));
  await pipeline(createReadStream(copyFile), stream);
  const ms = performance.now() - t0;
  return { ms, rowsCopied: stream.rowCount, ...memory.stop() };
}

async function one<T>(client: pg.Client, sql: string): Promise<T> {
  return (await client.query(sql)).rows[0] as T;
}

/** What (a) wrote, checked against the file. */
async function checkImport(client: pg.Client, imported: FlatRateImportRound, rows: number, expectedDeviations: number, sums: { sumOre: number; deviationSumOre: number }): Promise<FlatRateImportReport['checks']> {
  const { rows: reasons } = await client.query<{ reason: string; n: number }>('select reason, count(*)::int as n from allocation.import_deviation group by reason');
  const booked = await one<{ n: number; sum: string | null }>(client, 'select count(*)::int as n, sum(amount)::text as sum from allocation.flat_rate_payment');
  const totals = await one<{ sum: string | null; rows: number | null }>(client, 'select sum(amount)::text as sum, sum(rows)::int as rows from allocation.flat_rate_import_total');
  const expected = expectedCases(rows);
  const cases = await one<{ opened: number; closed: number }>(client, "select count(*)::int as opened, count(*) filter (where status = 'CLOSED')::int as closed from allocation.flat_rate_case");
  const checks = {
    rowsBooked: booked.n, deviations: imported.deviations, deviationReasons: Object.fromEntries(reasons.map((r) => [r.reason, r.n])),
    totalsSumOre: Number(totals.sum ?? 0), totalsRows: totals.rows ?? 0, bookedSumOre: Number(booked.sum ?? 0), casesOpened: cases.opened, casesClosed: cases.closed,
  };
  const problems = [
    imported.rowsRead !== rows && `läst ${imported.rowsRead} av ${rows} rader`,
    imported.rowsApplied + imported.deviations !== rows && `bokade ${imported.rowsApplied} + avvikelser ${imported.deviations} ≠ ${rows}`,
    imported.deviations !== expectedDeviations && `${imported.deviations} avvikelser, väntat ${expectedDeviations}`,
    reasons.some((r) => r.reason !== 'AMOUNT_MISMATCH') && `avvikelser ${JSON.stringify(checks.deviationReasons)}, väntat bara AMOUNT_MISMATCH`,
    booked.n !== imported.rowsApplied && `${booked.n} betalningar i tabellen, importen säger ${imported.rowsApplied}`,
    checks.totalsSumOre !== sums.sumOre && `summatabellen ${checks.totalsSumOre} öre ≠ filens ${sums.sumOre}`,
    checks.totalsRows !== rows && `summatabellen räknar ${checks.totalsRows} rader`,
    checks.bookedSumOre !== sums.sumOre - sums.deviationSumOre && `bokat ${checks.bookedSumOre} öre ≠ filens ${sums.sumOre} − avvikelsernas ${sums.deviationSumOre}`,
    checks.casesOpened !== expected.opened && `${checks.casesOpened} ärenden öppnade, väntat ${expected.opened}`,
    checks.casesClosed !== expected.closed && `${checks.casesClosed} ärenden stängda, väntat ${expected.closed} (de vars 9:e delbetalning bokades)`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`(a) räknade fel: ${problems.join('; ')}`);
  return checks;
}

export async function runFlatRateImportBench(options: FlatRateImportOptions): Promise<FlatRateImportReport> {
  const log = options.log ?? (() => undefined);
  const { rows, rounds } = options;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw new Error(`rows ska vara 1–${MAX_ROWS}, inte ${rows}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds ska vara minst 1, inte ${rounds}`);
  const startedAt = new Date().toISOString();
  const expectedDeviations = Math.floor(rows / DEVIATION_EVERY);
  const persons = Math.ceil(rows / INSTALMENTS);
  const dir = mkdtempSync(join(tmpdir(), 'statsbidrag-bench-flat-rate-'));
  log('startar PostgreSQL och migrerar allocation-subgrafen…');
  const db = await startBenchDatabase('bench_flat_rate_import');
  let subgraph: RunningSubgraph | null = null;
  const client = new pg.Client({ connectionString: db.url });
  let connected = false;
  try {
    await migrateSubgraph(allocationSubgraph, db.url);
    await client.connect();
    connected = true;
    let t = performance.now();
    const personCount = await fillPersons(client, persons);
    const fillPersonsMs = performance.now() - t;
    log(`PersonCopy: ${personCount} personer (${Math.round(fillPersonsMs)} ms)`);

    const filePath = join(dir, 'generalschablon.txt');
    const copyPath = join(dir, 'generalschablon.tsv');
    t = performance.now();
    const sums = await writeLines(filePath, rows, (r) => fixedLine(r) + '\n');
    const writeFileMs = performance.now() - t;
    t = performance.now();
    await writeLines(copyPath, rows, copyLine);
    const writeCopyFileMs = performance.now() - t;
    const content = readFileSync(filePath);
    const copyBytes = statSync(copyPath).size;
    log(`filen: ${rows} rader, ${(content.length / 1e6).toFixed(1)} MB${content.length > MAX_FLAT_RATE_IMPORT_BYTES ? ' (över uppladdningsgränsen 10 MB: tas emot direkt)' : ''}, summa ${sums.sumOre} öre`);

    await client.query(`create table ${BASELINE_TABLE} (${BASELINE_COLUMNS.map(([c, type]) => `${c} ${type}`).join(', ')})`);
    subgraph = await startSubgraph(allocationSubgraph, { databaseUrl: db.url, internalSecret: INTERNAL_SECRET, port: 0, host: '127.0.0.1' });
    const orm = subgraph.orm as unknown as MikroORM;

    const results: FlatRateImportReport['rounds'] = [];
    let checks: FlatRateImportReport['checks'] | null = null;
    for (let r = 0; r < rounds; r++) {
      const order: ('import' | 'copy')[] = r % 2 === 0 ? ['import', 'copy'] : ['copy', 'import'];
      let imported: FlatRateImportRound | null = null;
      let copied: FlatRateCopyRound | null = null;
      for (const step of order) {
        if (step === 'import') {
          // Nothing booked, no cases, no stored file: every round the same first import.
          await client.query('truncate allocation.flat_rate_payment, allocation.flat_rate_case, allocation.flat_rate_import_total, allocation.import_deviation, allocation.import_file cascade');
          log(`varv ${r + 1}/${rounds}: (a) import av ${rows} rader…`);
          imported = await importOnce(orm, client, content, r);
          checks = await checkImport(client, imported, rows, expectedDeviations, sums);
          log(`  (a) ${(imported.ms / 1000).toFixed(1)} s: ${imported.rowsApplied} bokade, ${imported.deviations} avvikelser, ${checks.casesClosed} ärenden stängda, topp heap ${mib(imported.peakHeapUsedBytes)} MiB`);
        } else {
          await client.query(`truncate ${BASELINE_TABLE}`);
          copied = await copyOnce(client, copyPath);
          if (copied.rowsCopied !== rows) throw new Error(`(b) COPY gav ${copied.rowsCopied} rader, inte ${rows}`);
          log(`  (b) COPY ${(copied.ms / 1000).toFixed(2)} s`);
        }
      }
      results.push({ round: r + 1, order, import: imported!, copy: copied!, ratio: ratio(imported!.ms, copied!.ms) });
    }
    const importSummary = summarizeSteps(results.map((r) => r.import), rows);
    const copySummary = summarizeSteps(results.map((r) => r.copy), rows);
    return {
      benchmark: 'flat-rate-import',
      startedAt,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'okänd', node: process.version, platform: `${process.platform}-${process.arch}` },
      config: {
        rows, rounds, profile: 'GENERALSCHABLON_FAST', persons: personCount, deviationEvery: DEVIATION_EVERY, expectedDeviations, fileBytes: content.length,
        uploadLimitBytes: MAX_FLAT_RATE_IMPORT_BYTES, copyBytes, fileSumOre: sums.sumOre, baselineTable: BASELINE_TABLE,
      },
      setup: { fillPersonsMs: Math.round(fillPersonsMs), writeFileMs: Math.round(writeFileMs), writeCopyFileMs: Math.round(writeCopyFileMs) },
      rounds: results,
      checks: checks!,
      import: {
        ...importSummary,
        medianReceiveMs: Math.round(median(results.map((r) => r.import.receiveMs)) * 100) / 100,
        medianRunMs: Math.round(median(results.map((r) => r.import.runMs)) * 100) / 100,
      },
      copy: copySummary,
      ratio: ratio(importSummary.medianMs, copySummary.medianMs),
    };
  } finally {
    await subgraph?.close().catch(() => undefined);
    if (connected) await client.end().catch(() => undefined);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const col = (s: string | number, n: number) => String(s).padStart(n);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

export function formatFlatRateImportReport(report: FlatRateImportReport): string {
  const { config, machine, checks } = report;
  const lines: string[] = [];
  lines.push(`Generalschablon (${config.profile}), ${config.rows} rader, ${config.persons} personer, ${config.expectedDeviations} avvikelser, fil ${(config.fileBytes / 1e6).toFixed(1)} MB, ${config.rounds} varv, ${machine.cpus} kärnor, Node ${machine.node}`);
  lines.push('');
  lines.push(`${'variant'.padEnd(56)}${col('median s', 10)}${col('min s', 9)}${col('max s', 9)}${col('rader/s', 10)}${col('topp RSS MiB', 14)}${col('+RSS MiB', 10)}${col('topp heap MiB', 15)}${col('+heap MiB', 11)}`);
  const row = (label: string, s: StepSummary) =>
    `${label.padEnd(56)}${col(seconds(s.medianMs), 10)}${col(seconds(s.minMs), 9)}${col(seconds(s.maxMs), 9)}${col(s.rowsPerSecond, 10)}${col(mib(s.peakRssBytes), 14)}${col(mib(s.rssGrowthBytes), 10)}${col(mib(s.peakHeapUsedBytes), 15)}${col(mib(s.heapUsedGrowthBytes), 11)}`;
  lines.push(row('(a) import (ta emot → körning → APPLIED)', report.import));
  lines.push(row(`(b) COPY till ${config.baselineTable} (baslinje)`, report.copy));
  lines.push('');
  lines.push(`kvot (a) / (b), median: ${report.ratio.toFixed(2)}`);
  lines.push(`(a) i delar, median: ta emot ${seconds(report.import.medianReceiveMs)} s, körning ${seconds(report.import.medianRunMs)} s`);
  lines.push(`kontroll: ${checks.rowsBooked} bokade + ${checks.deviations} avvikelser = ${config.rows} rader; summatabellen ${checks.totalsSumOre} öre = filens summa; ${checks.casesOpened} ärenden öppnade, ${checks.casesClosed} stängda (9:e delbetalningen)`);
  lines.push('(+ = topp minus före stegets start efter full GC: vad steget själv lade till)');
  lines.push('');
  lines.push(`${'varv'.padEnd(6)}${'ordning'.padEnd(10)}${col('(a) s', 9)}${col('(b) s', 9)}${col('kvot', 9)}${col('(a) topp heap MiB', 19)}`);
  for (const r of report.rounds) {
    lines.push(`${String(r.round).padEnd(6)}${r.order.map((o) => (o === 'import' ? 'a' : 'b')).join(' → ').padEnd(10)}${col(seconds(r.import.ms), 9)}${col(seconds(r.copy.ms), 9)}${col(r.ratio.toFixed(2), 9)}${col(mib(r.import.peakHeapUsedBytes), 19)}`);
  }
  return lines.join('\n');
}
