import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CLAIM_TYPES, CURRENT_DISTRICTS } from '@statsbidrag/demo-data';
import { luhnCheckDigit } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { decisionsSubgraph } from '@statsbidrag/subgraph-decisions';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { startBenchDatabase } from './database.js';
import { ratio } from './stats.js';

/** The columns of MiG's decisions export, as the built-in MIG_BESLUT profile finds them (and as the decisions integration spec writes them). */
export const MIG_DECISION_HEADER = ['Diarienummer', 'Individnummer', 'Födelsedata', 'Förnamn', 'Efternamn', 'Fr o m', 'T o m', 'Beviljat belopp', 'Referens', 'Ersättning', 'Beslut', 'Beslutsdatum'] as const;
/** Every this-many-th row names a person and a case the decisions subgraph does not know: a deviation (UNKNOWN_PERSON). */
export const DEVIATION_EVERY = 100;
/** The import's background task writes its progress every 500 rows (runQueuedImport). */
const PROGRESS_EVERY = 500;
const POLL_MS = 100;
const MEMORY_SAMPLE_MS = 100;
/** One person per two rows; 400 000 persons keep the generated birth dates (20 serials a day from 1960) in the past. The 10 MB upload limit stops a file at ≈ 145 000 rows anyway. */
const MAX_ROWS = 800_000;
const INTERNAL_SECRET = 'bench-import-internal-secret-0123456789abcdef';
/** Coordinators import MiG's files. */
const IMPORTER = testIdentities.coordinator;
const BASELINE_TABLE = 'public.bench_mig_decision_copy';
/** The baseline: the same twelve values per row, typed where PostgreSQL has a type for them, in a table without keys or indexes. */
const BASELINE_COLUMNS = [
  ['case_number', 'text'], ['individual_number', 'text'], ['birth_data', 'text'], ['first_name', 'text'], ['last_name', 'text'], ['period_from', 'date'],
  ['period_to', 'date'], ['granted_amount', 'numeric(14,2)'], ['reference', 'text'], ['compensation', 'text'], ['outcome', 'text'], ['decided_at', 'date'],
] as const;

const FIRST = ['Amina', 'Yusuf', 'Fatima', 'Omar', 'Leila', 'Hassan', 'Sara', 'Ali', 'Noor', 'Ahmed', 'Olena', 'Taras', 'Iryna', 'Selam', 'Yonas'];
const LAST = ['Ahmadi', 'Hosseini', 'Mohamud', 'Haile', 'Tesfaye', 'Kovalenko', 'Rahimi', 'Farah', 'Osman', 'Karimi', 'Gebre', 'Warsame', 'Berhane'];

export interface DecisionImportOptions {
  /** Rows in the MiG file (and COPY'd in the baseline). */
  rows: number;
  /** Rounds; each runs (a) and (b) once, in turns (b first every second round). */
  rounds: number;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export interface MemoryPeak {
  /** process.memoryUsage() when the step started, after a full garbage collection (what is still live). */
  rssBeforeBytes: number;
  heapUsedBeforeBytes: number;
  /** Highest values sampled every 100 ms during the step (the whole process: subgraph, worker and bench). */
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  peakExternalBytes: number;
  /** peak − before: what the step itself added. */
  rssGrowthBytes: number;
  heapUsedGrowthBytes: number;
  samples: number;
}

export interface ImportRound extends MemoryPeak {
  /** From sending startImport (base64 in a GraphQL request, as the screen does) until the file is APPLIED. */
  ms: number;
  /** The startImport request (upload, hash, stored, queued). */
  uploadMs: number;
  /** Queued until the background worker started it (pg-boss polls every 0.5 s). */
  queueMs: number;
  /** The worker's run: startedAt → finishedAt as the import stored them. */
  runMs: number;
  /** ≈ Reading and checking every row (until the last progress mark of 500 rows was seen); null below 500 rows. */
  readAndCheckMs: number | null;
  /** ≈ The one transaction that applies the rows and writes the deviations (the rest of runMs). */
  applyMs: number | null;
  /** Highest RSS and heap until reading and checking was over (upload, queue, read, check); null below 500 rows. */
  peakRssReadAndCheckBytes: number | null;
  peakHeapUsedReadAndCheckBytes: number | null;
  rowsRead: number;
  rowsApplied: number;
  deviations: number;
}

export interface CopyRound extends MemoryPeak {
  /** COPY … FROM STDIN of the prepared text file, until PostgreSQL confirmed the rows. */
  ms: number;
  rowsCopied: number;
}

export interface RoundResult {
  round: number;
  order: ('import' | 'copy')[];
  import: ImportRound;
  copy: CopyRound;
  /** (a) / (b) in this round. */
  ratio: number;
}

export interface StepSummary {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** rows / median time. */
  rowsPerSecond: number;
  /** Highest over all rounds. */
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  /** Highest peak − before over all rounds (before = live memory after a full GC). */
  rssGrowthBytes: number;
  heapUsedGrowthBytes: number;
}

export interface DecisionImportReport {
  benchmark: 'decision-import';
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  config: {
    rows: number;
    rounds: number;
    profile: 'MIG_BESLUT';
    columns: readonly string[];
    deviationEvery: number;
    expectedDeviations: number;
    persons: number;
    claims: number;
    /** The .xlsx (ExcelJS streaming writer, inline strings) and the COPY text of the same rows. */
    fileBytes: number;
    copyBytes: number;
    baselineTable: string;
  };
  /** Not measured against anything: how long the preparation took. */
  setup: { fillCopiesMs: number; writeWorkbookMs: number; writeCopyFileMs: number };
  rounds: RoundResult[];
  /** (a) the import end to end. */
  import: StepSummary & {
    medianUploadMs: number;
    medianQueueMs: number;
    medianRunMs: number;
    medianReadAndCheckMs: number | null;
    medianApplyMs: number | null;
    peakRssReadAndCheckBytes: number | null;
    peakHeapUsedReadAndCheckBytes: number | null;
  };
  /** (b) COPY of the same rows into a bare table. */
  copy: StepSummary;
  /** median (a) / median (b). */
  ratio: number;
}

/** One row of the generated MiG export. */
export interface MigDecisionRow {
  caseNumber: string;
  individualNumber: string;
  birthDate: string;
  firstName: string;
  lastName: string;
  periodFrom: string;
  periodTo: string;
  amountOre: number;
  reference: string;
  compensation: string;
  outcome: 'Beviljad' | 'Avslag';
  decidedAt: string;
}

interface SyntheticPerson {
  personId: string;
  /** Samordningsnummer (day + 60), serial 980–999 as the demo data: generated, never anyone's. */
  personalIdentityNumber: string;
  migIndividualNumber: string;
  birthDate: string;
  districtCode: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function syntheticPerson(k: number): Omit<SyntheticPerson, 'personId'> {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(k / 20) * 86_400_000);
  const year = birth.getUTCFullYear();
  const month = birth.getUTCMonth() + 1;
  const day = birth.getUTCDate();
  const serial = 980 + (k % 20);
  const nine = `${pad(year % 100)}${pad(month)}${pad(day + 60)}${serial}`;
  return {
    personalIdentityNumber: `${year}${pad(month)}${pad(day + 60)}${serial}${luhnCheckDigit(nine)}`,
    migIndividualNumber: `98${pad(k, 6)}`,
    birthDate: isoDay(birth),
    districtCode: CURRENT_DISTRICTS[k % CURRENT_DISTRICTS.length]!.code,
  };
}

const personOfRow = (i: number) => Math.floor(i / 2);
const isDeviationRow = (i: number) => i % DEVIATION_EVERY === DEVIATION_EVERY - 1;
const compensationOf = (k: number) => CLAIM_TYPES[k % CLAIM_TYPES.length]!.code;
/** Each person has two claims of one type: the first and the second quarter of 2025. */
const periodOf = (i: number) => (i % 2 === 0 ? { periodFrom: '2025-01-01', periodTo: '2025-03-31' } : { periodFrom: '2025-04-01', periodTo: '2025-06-30' });
const caseNumberOf = (i: number) => `9.9.9-2025-${i}`;

/**
 * Row i: person ⌊i/2⌋'s claim for quarter i mod 2, found by diarienummer (three rows in four) or by
 * individnummer + compensation + period (the fourth, whose claim has no MiG case number). Every
 * 100th row has an unknown person and case number. Every 10th row is an avslag (0 kr).
 */
export function migDecisionRow(i: number): MigDecisionRow {
  const k = personOfRow(i);
  const person = syntheticPerson(k);
  const deviation = isDeviationRow(i);
  const avslag = i % 10 === 0;
  return {
    caseNumber: deviation ? `${caseNumberOf(i)}-X` : caseNumberOf(i),
    individualNumber: deviation ? `97${pad(k, 6)}` : person.migIndividualNumber,
    birthDate: person.birthDate,
    firstName: FIRST[k % FIRST.length]!,
    lastName: LAST[(k * 7) % LAST.length]!,
    ...periodOf(i),
    amountOre: avslag ? 0 : 100_000 + ((i * 7919) % 5_000_000),
    reference: `R${i}`,
    compensation: compensationOf(k),
    outcome: avslag ? 'Avslag' : 'Beviljad',
    decidedAt: `2025-08-${pad(1 + (i % 28))}`,
  };
}

/** "12 345,50" as MiG's export and Swedish users write amounts. */
export function kronorSv(ore: number): string {
  const whole = String(Math.floor(ore / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${pad(ore % 100)}`;
}

function workbookCells(r: MigDecisionRow): string[] {
  return [r.caseNumber, r.individualNumber, r.birthDate, r.firstName, r.lastName, r.periodFrom, r.periodTo, kronorSv(r.amountOre), r.reference, r.compensation, r.outcome, r.decidedAt];
}

function copyLine(r: MigDecisionRow): string {
  const amount = `${Math.floor(r.amountOre / 100)}.${pad(r.amountOre % 100)}`;
  return [r.caseNumber, r.individualNumber, r.birthDate, r.firstName, r.lastName, r.periodFrom, r.periodTo, amount, r.reference, r.compensation, r.outcome, r.decidedAt].join('\t') + '\n';
}

/** The MiG export as ExcelJS's streaming writer writes it (rows committed one by one, never all in memory). */
async function writeWorkbook(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow([...MIG_DECISION_HEADER]).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(workbookCells(migDecisionRow(i))).commit();
  sheet.commit();
  await workbook.commit();
}

async function writeCopyFile(path: string, rows: number): Promise<void> {
  await pipeline(
    Readable.from((function* () {
      for (let i = 0; i < rows; i++) yield copyLine(migDecisionRow(i));
    })()),
    createWriteStream(path),
  );
}

async function copyIn(client: pg.Client, sql: string, lines: Iterable<string>): Promise<number> {
  const stream = client.query(copyFrom(sql));
  await pipeline(Readable.from(lines), stream);
  return stream.rowCount;
}

/**
 * The decisions subgraph's copies of persons and claims (what person.identity-changed and
 * claims.claim-changed would have delivered), so that the matcher finds every row but the deviations.
 */
async function fillCopies(client: pg.Client, rows: number): Promise<{ persons: number; claims: number }> {
  const persons = Math.ceil(rows / 2);
  const at = new Date().toISOString();
  const ids: string[] = [];
  const personLines = function* () {
    for (let k = 0; k < persons; k++) {
      const p = { personId: randomUUID(), ...syntheticPerson(k) };
      ids.push(p.personId);
      const registrations = JSON.stringify([{ from: '2020-01-01', districtCode: p.districtCode }]);
      yield [p.personId, p.personalIdentityNumber, p.migIndividualNumber, p.birthDate, registrations, '\\N', 'f', at].join('\t') + '\n';
    }
  };
  const personCount = await copyIn(
    client,
    'copy decisions.person_identity (person_id, personal_identity_number, mig_individual_number, birth_date, registrations, merged_into, purged, state_at) from stdin',
    personLines(),
  );
  const claimLines = function* () {
    for (let i = 0; i < rows; i++) {
      const k = personOfRow(i);
      const district = CURRENT_DISTRICTS[k % CURRENT_DISTRICTS.length]!.code;
      const { periodFrom, periodTo } = periodOf(i);
      const caseNumber = i % 4 === 3 ? '\\N' : caseNumberOf(i);
      yield [randomUUID(), ids[k]!, district, compensationOf(k), periodFrom, periodTo, String(1_000_000 + (i % 1000) * 100), caseNumber, `${district.toLowerCase()}.handlaggare`, 'ATERSOKNING_INSKICKAD_MIG', at].join('\t') + '\n';
    }
  };
  const claimCount = await copyIn(
    client,
    'copy decisions.claim_copy (claim_id, person_id, district_code, claim_type_code, period_from, period_to, amount, mig_case_number, officer_username, status, state_at) from stdin',
    claimLines(),
  );
  await client.query('analyze decisions.person_identity');
  await client.query('analyze decisions.claim_copy');
  return { persons: personCount, claims: claimCount };
}

/** A full garbage collection, so that "before" is live memory and not the previous step's garbage (`--expose-gc` set at run time). */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return () => undefined;
  }
})();

export function sampleMemory(): { mark(): { rss: number; heapUsed: number }; stop(): MemoryPeak } {
  collectGarbage();
  const first = process.memoryUsage();
  const peak: MemoryPeak = {
    rssBeforeBytes: first.rss, heapUsedBeforeBytes: first.heapUsed, peakRssBytes: first.rss, peakHeapUsedBytes: first.heapUsed, peakExternalBytes: first.external,
    rssGrowthBytes: 0, heapUsedGrowthBytes: 0, samples: 1,
  };
  const sample = () => {
    const m = process.memoryUsage();
    peak.peakRssBytes = Math.max(peak.peakRssBytes, m.rss);
    peak.peakHeapUsedBytes = Math.max(peak.peakHeapUsedBytes, m.heapUsed);
    peak.peakExternalBytes = Math.max(peak.peakExternalBytes, m.external);
    peak.samples++;
  };
  const timer = setInterval(sample, MEMORY_SAMPLE_MS);
  return {
    /** The peaks so far. */
    mark() {
      sample();
      return { rss: peak.peakRssBytes, heapUsed: peak.peakHeapUsedBytes };
    },
    stop() {
      clearInterval(timer);
      sample();
      peak.rssGrowthBytes = peak.peakRssBytes - peak.rssBeforeBytes;
      peak.heapUsedGrowthBytes = peak.peakHeapUsedBytes - peak.heapUsedBeforeBytes;
      return peak;
    },
  };
}

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { alreadyReceived message file { id status } } }`;

interface FileState {
  status: string;
  rows_read: number;
  rows_applied: number;
  deviation_count: number;
  failure: string | null;
  started_at: Date | null;
  finished_at: Date | null;
}

/** (a): the file through startImport, then the background worker (pg-boss → runQueuedImport), until APPLIED. */
async function importOnce(subgraph: RunningSubgraph, client: pg.Client, content: Buffer, rows: number, round: number): Promise<ImportRound> {
  const memory = sampleMemory();
  const t0 = performance.now();
  const res = await callSubgraph<{ startImport: { alreadyReceived: boolean; message: string; file: { id: string; status: string } } }>(subgraph.url, START, {
    identity: IMPORTER,
    secret: INTERNAL_SECRET,
    variables: { input: { kind: 'MIG_BESLUT', profileKey: 'MIG_BESLUT', fileName: `beslut-bench-${round}.xlsx`, contentBase64: content.toString('base64') } },
  });
  const uploadMs = performance.now() - t0;
  const uploadedAt = Date.now();
  const started = res.body.data?.startImport;
  if (res.status !== 200 || res.body.errors?.length || !started || started.alreadyReceived) {
    memory.stop();
    throw new Error(`startImport: oväntat svar ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  }
  const lastMark = Math.floor(rows / PROGRESS_EVERY) * PROGRESS_EVERY;
  let checkedAt: number | null = null;
  let checkPeak: { rss: number; heapUsed: number } | null = null;
  let file: FileState;
  for (;;) {
    const { rows: found } = await client.query<FileState>(
      'select status, rows_read, rows_applied, deviation_count, failure, started_at, finished_at from decisions.import_file where id = $1',
      [started.file.id],
    );
    file = found[0]!;
    if (file.status === 'APPLIED') break;
    if (file.status === 'FAILED') {
      memory.stop();
      throw new Error(`importen misslyckades: ${file.failure}`);
    }
    if (checkedAt === null && lastMark > 0 && file.rows_read >= lastMark) {
      checkedAt = Date.now();
      checkPeak = memory.mark();
    }
    await sleep(POLL_MS);
  }
  const ms = performance.now() - t0;
  const peak = memory.stop();
  const startedAt = file.started_at!.getTime();
  const finishedAt = file.finished_at!.getTime();
  return {
    ms,
    uploadMs,
    queueMs: startedAt - uploadedAt,
    runMs: finishedAt - startedAt,
    readAndCheckMs: checkedAt === null ? null : checkedAt - startedAt,
    applyMs: checkedAt === null ? null : finishedAt - checkedAt,
    peakRssReadAndCheckBytes: checkPeak?.rss ?? null,
    peakHeapUsedReadAndCheckBytes: checkPeak?.heapUsed ?? null,
    rowsRead: file.rows_read,
    rowsApplied: file.rows_applied,
    deviations: file.deviation_count,
    ...peak,
  };
}

/** (b): the same rows as COPY text into a table without keys or indexes. */
async function copyOnce(client: pg.Client, copyFile: string): Promise<CopyRound> {
  const memory = sampleMemory();
  const t0 = performance.now();
  const stream = client.query(copyFrom(`copy ${BASELINE_TABLE} (${BASELINE_COLUMNS.map(([c]) => c).join(', ')}) from stdin`));
  await pipeline(createReadStream(copyFile), stream);
  const ms = performance.now() - t0;
  return { ms, rowsCopied: stream.rowCount, ...memory.stop() };
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

export function summarizeSteps(values: readonly (MemoryPeak & { ms: number })[], rows: number): StepSummary {
  const times = values.map((v) => v.ms);
  const mid = median(times);
  return {
    medianMs: round2(mid),
    minMs: round2(Math.min(...times)),
    maxMs: round2(Math.max(...times)),
    rowsPerSecond: Math.round(rows / (mid / 1000)),
    peakRssBytes: Math.max(...values.map((v) => v.peakRssBytes)),
    peakHeapUsedBytes: Math.max(...values.map((v) => v.peakHeapUsedBytes)),
    rssGrowthBytes: Math.max(...values.map((v) => v.rssGrowthBytes)),
    heapUsedGrowthBytes: Math.max(...values.map((v) => v.heapUsedGrowthBytes)),
  };
}

const maxOrNull = (values: readonly (number | null)[]) => (values.every((v): v is number => v !== null) ? Math.max(...values) : null);
const medianOrNull = (values: readonly (number | null)[]) => (values.every((v): v is number => v !== null) ? round2(median(values)) : null);

/**
 * Starts PostgreSQL and the decisions subgraph, fills its copies, writes the MiG file and the
 * COPY text, then measures (a) and (b) in turns and stops everything again.
 */
export async function runDecisionImportBench(options: DecisionImportOptions): Promise<DecisionImportReport> {
  const log = options.log ?? (() => undefined);
  const { rows, rounds } = options;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw new Error(`rows ska vara 1–${MAX_ROWS}, inte ${rows}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`rounds ska vara minst 1, inte ${rounds}`);
  const startedAt = new Date().toISOString();
  const expectedDeviations = Math.floor(rows / DEVIATION_EVERY);
  const dir = mkdtempSync(join(tmpdir(), 'statsbidrag-bench-import-'));
  log('startar PostgreSQL, migrerar och seedar decisions-subgrafen…');
  const db = await startBenchDatabase('bench_import');
  let subgraph: RunningSubgraph | null = null;
  const client = new pg.Client({ connectionString: db.url });
  let connected = false;
  try {
    await migrateSubgraph(decisionsSubgraph, db.url);
    await seedSubgraph(decisionsSubgraph, db.url);
    await client.connect();
    connected = true;

    let t = performance.now();
    const { persons, claims } = await fillCopies(client, rows);
    const fillCopiesMs = performance.now() - t;
    log(`kopiorna: ${persons} personer, ${claims} återsökningar (${Math.round(fillCopiesMs)} ms)`);

    const workbookPath = join(dir, 'mig-beslut.xlsx');
    const copyPath = join(dir, 'mig-beslut.tsv');
    t = performance.now();
    await writeWorkbook(workbookPath, rows);
    const writeWorkbookMs = performance.now() - t;
    t = performance.now();
    await writeCopyFile(copyPath, rows);
    const writeCopyFileMs = performance.now() - t;
    const content = readFileSync(workbookPath);
    const copyBytes = statSync(copyPath).size;
    log(`MiG-filen: ${rows} rader, ${(content.length / 1e6).toFixed(1)} MB (${Math.round(writeWorkbookMs)} ms); COPY-texten ${(copyBytes / 1e6).toFixed(1)} MB`);

    await client.query(`create table ${BASELINE_TABLE} (${BASELINE_COLUMNS.map(([c, type]) => `${c} ${type}`).join(', ')})`);
    subgraph = await startSubgraph(decisionsSubgraph, { databaseUrl: db.url, internalSecret: INTERNAL_SECRET, port: 0, host: '127.0.0.1' });

    const results: RoundResult[] = [];
    for (let r = 0; r < rounds; r++) {
      const order: RoundResult['order'] = r % 2 === 0 ? ['import', 'copy'] : ['copy', 'import'];
      let imported: ImportRound | null = null;
      let copied: CopyRound | null = null;
      for (const step of order) {
        if (step === 'import') {
          // An empty decisions table every round; without the stored file, the same bytes are a new import.
          await client.query('truncate decisions.decision, decisions.import_deviation, decisions.import_file, decisions.outbox_event cascade');
          log(`varv ${r + 1}/${rounds}: (a) import av ${rows} rader…`);
          imported = await importOnce(subgraph, client, content, rows, r);
          // The relay would now publish one decisions.decision-recorded per decision, beside the next step: not part of (a).
          await client.query('truncate decisions.outbox_event');
          const [{ n }] = (await client.query<{ n: number }>('select count(*)::int as n from decisions.decision')).rows as [{ n: number }];
          const { rows: reasons } = await client.query<{ reason: string; n: number }>('select reason, count(*)::int as n from decisions.import_deviation group by reason');
          const [{ unlinked }] = (await client.query<{ unlinked: number }>('select count(*)::int as unlinked from decisions.decision where claim_id is null or person_id is null')).rows as [{ unlinked: number }];
          if (reasons.some((x) => x.reason !== 'UNKNOWN_PERSON') || unlinked !== 0) {
            throw new Error(`(a) matchade fel: avvikelser ${JSON.stringify(reasons)}, ${unlinked} beslut utan återsökning eller person`);
          }
          if (imported.rowsRead !== rows || imported.rowsApplied + imported.deviations !== rows || imported.deviations !== expectedDeviations || n !== imported.rowsApplied) {
            throw new Error(`(a) räknade fel: ${rows} rader, läst ${imported.rowsRead}, tillämpade ${imported.rowsApplied} + avvikelser ${imported.deviations} (väntat ${expectedDeviations}), ${n} beslut i tabellen`);
          }
          log(`  (a) ${(imported.ms / 1000).toFixed(1)} s: ${imported.rowsApplied} tillämpade, ${imported.deviations} avvikelser, topp RSS ${mib(imported.peakRssBytes)} MiB`);
        } else {
          await client.query(`truncate ${BASELINE_TABLE}`);
          log(`varv ${r + 1}/${rounds}: (b) COPY av ${rows} rader…`);
          copied = await copyOnce(client, copyPath);
          if (copied.rowsCopied !== rows) throw new Error(`(b) COPY gav ${copied.rowsCopied} rader, inte ${rows}`);
          log(`  (b) ${(copied.ms / 1000).toFixed(2)} s`);
        }
      }
      results.push({ round: r + 1, order, import: imported!, copy: copied!, ratio: ratio(imported!.ms, copied!.ms) });
    }

    const importSummary = summarizeSteps(results.map((r) => r.import), rows);
    const copySummary = summarizeSteps(results.map((r) => r.copy), rows);
    return {
      benchmark: 'decision-import',
      startedAt,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'okänd', node: process.version, platform: `${process.platform}-${process.arch}` },
      config: {
        rows, rounds, profile: 'MIG_BESLUT', columns: MIG_DECISION_HEADER, deviationEvery: DEVIATION_EVERY, expectedDeviations, persons, claims,
        fileBytes: content.length, copyBytes, baselineTable: BASELINE_TABLE,
      },
      setup: { fillCopiesMs: Math.round(fillCopiesMs), writeWorkbookMs: Math.round(writeWorkbookMs), writeCopyFileMs: Math.round(writeCopyFileMs) },
      rounds: results,
      import: {
        ...importSummary,
        medianUploadMs: round2(median(results.map((r) => r.import.uploadMs))),
        medianQueueMs: round2(median(results.map((r) => r.import.queueMs))),
        medianRunMs: round2(median(results.map((r) => r.import.runMs))),
        medianReadAndCheckMs: medianOrNull(results.map((r) => r.import.readAndCheckMs)),
        medianApplyMs: medianOrNull(results.map((r) => r.import.applyMs)),
        peakRssReadAndCheckBytes: maxOrNull(results.map((r) => r.import.peakRssReadAndCheckBytes)),
        peakHeapUsedReadAndCheckBytes: maxOrNull(results.map((r) => r.import.peakHeapUsedReadAndCheckBytes)),
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

export const mib = (bytes: number) => (bytes / 1_048_576).toFixed(0);
const col = (s: string | number, n: number) => String(s).padStart(n);
const seconds = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(2));

/** The report as a table for the terminal. */
export function formatDecisionImportReport(report: DecisionImportReport): string {
  const { config, machine } = report;
  const lines: string[] = [];
  lines.push(`MiG-beslut (${config.profile}), ${config.rows} rader varav ${config.expectedDeviations} avvikelser, Excel ${(config.fileBytes / 1e6).toFixed(1)} MB, ${config.rounds} varv, ${machine.cpus} kärnor, Node ${machine.node}`);
  lines.push('');
  lines.push(`${'variant'.padEnd(58)}${col('median s', 10)}${col('min s', 9)}${col('max s', 9)}${col('rader/s', 10)}${col('topp RSS MiB', 14)}${col('+RSS MiB', 10)}${col('topp heap MiB', 15)}${col('+heap MiB', 11)}`);
  const row = (label: string, s: StepSummary) =>
    `${label.padEnd(58)}${col(seconds(s.medianMs), 10)}${col(seconds(s.minMs), 9)}${col(seconds(s.maxMs), 9)}${col(s.rowsPerSecond, 10)}${col(mib(s.peakRssBytes), 14)}${col(mib(s.rssGrowthBytes), 10)}${col(mib(s.peakHeapUsedBytes), 15)}${col(mib(s.heapUsedGrowthBytes), 11)}`;
  lines.push(row('(a) import hela vägen (startImport → APPLIED)', report.import));
  lines.push(row(`(b) COPY till ${config.baselineTable} (baslinje)`, report.copy));
  lines.push('');
  lines.push(`kvot (a) / (b), median: ${report.ratio.toFixed(2)}`);
  const a = report.import;
  lines.push(`(a) i delar, median: begäran ${seconds(a.medianUploadMs)} s, kö ${seconds(a.medianQueueMs)} s, körning ${seconds(a.medianRunMs)} s (läsa + kontrollera ≈ ${seconds(a.medianReadAndCheckMs)} s, tillämpa ≈ ${seconds(a.medianApplyMs)} s)`);
  if (a.peakRssReadAndCheckBytes !== null && a.peakHeapUsedReadAndCheckBytes !== null) {
    lines.push(`(a) minne: topp RSS / heap till och med läsa + kontrollera ${mib(a.peakRssReadAndCheckBytes)} / ${mib(a.peakHeapUsedReadAndCheckBytes)} MiB, hela importen ${mib(a.peakRssBytes)} / ${mib(a.peakHeapUsedBytes)} MiB`);
  }
  lines.push('(+ = topp minus före stegets start efter full GC: vad steget själv lade till)');
  lines.push('');
  lines.push(`${'varv'.padEnd(6)}${'ordning'.padEnd(14)}${col('(a) s', 9)}${col('(b) s', 9)}${col('kvot', 8)}${col('(a) RSS före MiB', 18)}${col('(a) topp RSS MiB', 18)}${col('(a) heap före MiB', 19)}`);
  for (const r of report.rounds) {
    lines.push(`${String(r.round).padEnd(6)}${r.order.map((o) => (o === 'import' ? 'a' : 'b')).join(' → ').padEnd(14)}${col(seconds(r.import.ms), 9)}${col(seconds(r.copy.ms), 9)}${col(r.ratio.toFixed(2), 8)}${col(mib(r.import.rssBeforeBytes), 18)}${col(mib(r.import.peakRssBytes), 18)}${col(mib(r.import.heapUsedBeforeBytes), 19)}`);
  }
  return lines.join('\n');
}
