import { createTestDatabase } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import { luhnCheckDigit, type Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import ExcelJS from 'exceljs';
import { personSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  systemAdmin: { sub: 'systemansvarig', name: 'Sam Systemansvarig', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity,
};
const as = (who: keyof typeof identities, variables?: Record<string, unknown>) => ({ identity: identities[who], secret: TEST_INTERNAL_SECRET, ...(variables ? { variables } : {}) });

/** A valid 10-digit personnummer (YYMMDD-NNNC) that no demo person has. */
const pin = (yymmdd: string, serial: string) => `${yymmdd}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
const twelve = (tenWithDash: string, century = '19') => century + tenWithDash.replace('-', '');

const HEADER = 'Personnummer;Individnummer;Förnamn;Efternamn;Adress;Postnummer;Folkbokföringsdatum;Eps_stadsdelsnamnd;Eps_Stadsdelsnamndskod';
const csv = (...lines: string[]) => Buffer.from('\uFEFF' + [HEADER, ...lines].join('\r\n') + '\r\n', 'utf8').toString('base64');

interface EpsImportResult {
  id: string;
  fileName: string;
  importedBy: string;
  alreadyImported: boolean;
  rowCount: number;
  appliedCount: number;
  rejectedCount: number;
  flaggedCount: number;
  rejectedRows: { rowNumber: number; field: string | null; reason: string }[];
}
const IMPORT = `mutation Import($input: ImportEpsExtractInput!) { importEpsExtract(input: $input) {
  id fileName importedBy alreadyImported rowCount appliedCount rejectedCount flaggedCount rejectedRows { rowNumber field reason } } }`;
const importFile = (fileName: string, contentBase64: string, who: keyof typeof identities = 'coordinator') =>
  callSubgraph<{ importEpsExtract: EpsImportResult }>(subgraph.url, IMPORT, as(who, { input: { fileName, contentBase64 } }));

interface PersonCard {
  id: string;
  fullName: string;
  addressStatus: string;
  addressStatusLabel: string;
  district: { code: string } | null;
  registrations: { address: string | null; postalCode: string | null; registeredAt: string; source: string; district: { code: string } | null }[];
}
const CARD = `query Card($search: String) { persons(search: $search) { totalCount edges { node {
  id fullName addressStatus addressStatusLabel district { code } registrations { address postalCode registeredAt source district { code } } } } } }`;
async function findOne(search: string, who: keyof typeof identities = 'coordinator'): Promise<PersonCard | null> {
  const res = await callSubgraph<{ persons: { totalCount: number; edges: { node: PersonCard }[] } }>(subgraph.url, CARD, as(who, { search }));
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.persons.totalCount).toBeLessThanOrEqual(1);
  return res.body.data!.persons.edges[0]?.node ?? null;
}

async function tableCounts(): Promise<Record<'person' | 'registration' | 'import' | 'audit', number>> {
  const rows = await subgraph.orm.em.getConnection().execute<{ t: string; n: string }[]>(
    `select 'person' t, count(*) n from person.person union all select 'registration', count(*) from person.person_registration
     union all select 'import', count(*) from person.eps_import union all select 'audit', count(*) from person.audit_entry`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)])) as Record<'person' | 'registration' | 'import' | 'audit', number>;
}

beforeAll(async () => {
  db = await createTestDatabase('person_eps');
  await migrateSubgraph(personSubgraph, db.url);
  await seedSubgraph(personSubgraph, db.url);
  subgraph = await startSubgraph(personSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const existing = PERSONS.find((p) => p.districtCode === 'BROMMA')!;
const existingByMig = PERSONS.find((p) => p.districtCode === 'SKARPNACK')!;
const mover = pin('850412', '123');
const merged = pin('920130', '234');
const homeless = pin('880808', '345');

describe('EPS extract import (CSV)', () => {
  const firstFile = csv(
    // an existing person found by personnummer (10 digits, dash) moves to Farsta
    `${existing.personalIdentityNumber.slice(2, 8)}-${existing.personalIdentityNumber.slice(8)};;${existing.firstName};${existing.lastName};Farstavägen 10;12347;2025-06-01;Farsta;FARSTA`,
    // an unknown person: created, with history across the 2023 merger
    `${mover};;Mira;Flyttsson;Tenstavägen 1;163 64;2021-02-01;Spånga-Tensta;`,
    `${mover};;Mira;Flyttsson;Kistagången 2;164 40;2023-03-01;Rinkeby-Kista;RINKEBY_KISTA`,
    `${mover};;Mira;Flyttsson;Farstagången 3;123 47;2025-01-10;farsta;`,
    // registered in Rinkeby-Kista before the merger: today that is Järva
    `${merged};;Rut;Rinkebysson;Rinkebystråket 5;163 71;2022-05-01;RINKEBY-KISTA;`,
    // no address: applied, flagged
    `${homeless};;Hemlös;Hansson;;;;;`,
    // an existing person found by MiG individnummer only; unknown district: applied, flagged
    `;${existingByMig.migIndividualNumber};;;Okändvägen 9;99999;2025-02-01;Atlantis;ATL`,
  );

  it('applies the rows: registrations added, current district updated, unknown persons created, deviations flagged', async () => {
    const before = await tableCounts();
    const res = await importFile('eps-2025-06.csv', firstFile);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.importEpsExtract).toMatchObject({
      fileName: 'eps-2025-06.csv',
      importedBy: 'samordnare',
      alreadyImported: false,
      rowCount: 7,
      appliedCount: 7,
      rejectedCount: 0,
      flaggedCount: 2,
      rejectedRows: [],
    });
    const after = await tableCounts();
    expect(after.person - before.person).toBe(3); // mover, merged, homeless
    expect(after.registration - before.registration).toBe(6);
    expect(after.import - before.import).toBe(1);

    const moved = await findOne(existing.personalIdentityNumber);
    expect(moved).toMatchObject({ district: { code: 'FARSTA' }, addressStatus: 'OK', addressStatusLabel: 'Ingen avvikelse' });
    expect(moved!.registrations[0]).toEqual({ address: 'Farstavägen 10', postalCode: '123 47', registeredAt: '2025-06-01', source: 'EPS', district: { code: 'FARSTA' } });
    expect(moved!.registrations[1]).toMatchObject({ source: 'SEED', district: { code: 'BROMMA' } });

    const created = await findOne(mover);
    expect(created).toMatchObject({ fullName: 'Mira Flyttsson', district: { code: 'FARSTA' }, addressStatus: 'OK' });
    expect(created!.registrations.map((r) => [r.registeredAt, r.district?.code])).toEqual([
      ['2025-01-10', 'FARSTA'],
      ['2023-03-01', 'RINKEBY_KISTA'],
      ['2021-02-01', 'SPANGA_TENSTA'],
    ]);

    expect(await findOne(merged)).toMatchObject({ district: { code: 'JARVA' }, registrations: [{ district: { code: 'RINKEBY_KISTA' } }] });
    // the Järva officer now sees her, the Farsta officer does not
    expect(await findOne(merged, 'jarvaOfficer')).toMatchObject({ fullName: 'Rut Rinkebysson' });
    expect(await findOne(merged, 'farstaOfficer')).toBeNull();

    expect(await findOne(homeless)).toMatchObject({ addressStatus: 'MISSING_ADDRESS', addressStatusLabel: 'Adress saknas', district: null, registrations: [] });

    const unknown = await findOne(existingByMig.migIndividualNumber);
    expect(unknown).toMatchObject({ id: existingByMig.id, addressStatus: 'UNKNOWN_DISTRICT', addressStatusLabel: 'Okänd stadsdel', district: null });
    expect(unknown!.registrations[0]).toMatchObject({ address: 'Okändvägen 9', district: null, source: 'EPS' });
  });

  it('gives the district on a date across the 2023 merger (13 districts before 2023-07-01, 11 after)', async () => {
    const id = (await findOne(mover))!.id;
    const res = await callSubgraph<{ person: Record<string, { code: string } | null> }>(
      subgraph.url,
      `query($id: ID!) { person(id: $id) {
        before: districtOn(date: "2021-01-31") { code }  a: districtOn(date: "2021-02-01") { code }  b: districtOn(date: "2023-06-30") { code }
        c: districtOn(date: "2023-07-01") { code }  d: districtOn(date: "2025-01-09") { code }  e: districtOn(date: "2025-01-10") { code } } }`,
      as('coordinator', { id }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.person).toEqual({
      before: null,
      a: { code: 'SPANGA_TENSTA' },
      b: { code: 'RINKEBY_KISTA' },
      c: { code: 'JARVA' },
      d: { code: 'JARVA' },
      e: { code: 'FARSTA' },
    });
  });

  it('changes nothing when the same file is imported again, and says so', async () => {
    const earlier = await callSubgraph<{ epsImports: { id: string }[] }>(subgraph.url, '{ epsImports { id } }', as('coordinator'));
    const before = await tableCounts();
    const again = await importFile('annat-namn.csv', firstFile, 'administrator');
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.importEpsExtract).toMatchObject({ id: earlier.body.data!.epsImports[0]!.id, fileName: 'eps-2025-06.csv', importedBy: 'samordnare', alreadyImported: true, appliedCount: 7 });
    expect(await tableCounts()).toEqual(before);
  });

  it('never duplicates a person or a registration when another file says the same thing', async () => {
    const before = await tableCounts();
    const res = await importFile('eps-igen.csv', csv(`${twelve(mover)};;Mira;Flyttsson;Farstagången 3;12347;20250110;Farsta;FARSTA`));
    expect(res.body.data!.importEpsExtract).toMatchObject({ alreadyImported: false, appliedCount: 1, rejectedCount: 0 });
    const after = await tableCounts();
    expect(after).toEqual({ ...before, import: before.import + 1 });
  });

  it('reports the bad rows with row number, column and a Swedish reason, and applies the good ones', async () => {
    const fresh = pin('750101', '456');
    const before = await tableCounts();
    const res = await importFile(
      'eps-med-fel.csv',
      csv(
        `${pin('750101', '567').slice(0, -1)}0;;Fel;Kontroll;Gatan 1;11111;2025-01-01;Farsta;`, // row 2: wrong check digit
        `${fresh};;Ny;Person;Gatan 2;11122;2025-02-30;Farsta;`, // row 3: no such date
        `${fresh};;Ny;Person;Gatan 2;11122;2025-02-03;Farsta;`, // row 4: good (new person)
        ';;;;;;;;', // an empty row: skipped, not counted
        `${pin('660606', '678')};;;Utan förnamn;Gatan 3;11133;2025-01-01;Farsta;`, // row 6: new person without first name
        `${existing.personalIdentityNumber};${existingByMig.migIndividualNumber};A;B;Gatan 4;11144;2025-01-01;Farsta;`, // row 7: identifiers of two persons
        `;12;A;B;Gatan 5;1;2025-01-01;Farsta;`, // row 8: bad individnummer and postal code
      ),
    );
    expect(res.body.errors).toBeUndefined();
    const result = res.body.data!.importEpsExtract;
    expect(result).toMatchObject({ rowCount: 6, appliedCount: 1, rejectedCount: 5, flaggedCount: 0 });
    expect(result.rejectedRows).toEqual([
      { rowNumber: 2, field: 'personnummer', reason: 'Kontrollsiffran i personnummer/samordningsnummer stämmer inte.' },
      { rowNumber: 3, field: 'folkbokföringsdatum', reason: 'Folkbokföringsdatumet är inget giltigt datum (skriv ÅÅÅÅ-MM-DD).' },
      { rowNumber: 6, field: 'förnamn', reason: 'Förnamn saknas. Personen finns inte i systemet och kan inte läggas upp utan för- och efternamn.' },
      { rowNumber: 7, field: 'individnummer', reason: 'Personnumret och individnumret tillhör olika personer i systemet. Raden har inte lästs in.' },
      { rowNumber: 8, field: 'individnummer', reason: 'Individnumret (MiG:s dossiernummer) ska ha 7 eller 8 siffror.' },
      { rowNumber: 8, field: 'postnummer', reason: 'Postnumret ska ha fem siffror (t.ex. 123 45).' },
    ]);
    const after = await tableCounts();
    expect(after.person - before.person).toBe(1);
    expect(after.registration - before.registration).toBe(1);
    expect(await findOne(fresh)).toMatchObject({ fullName: 'Ny Person', district: { code: 'FARSTA' } });
  });

  it.each([
    ['no header row', 'utan-rubrik.csv', () => Buffer.from(`${mover};;Mira;Flyttsson;Gatan 1;11111;2025-01-01;Farsta;\n`).toString('base64'), /saknar rubrikrad/],
    ['wrong columns', 'fel-kolumner.csv', () => Buffer.from('namn;gata;datum\nMira;Gatan 1;2025-01-01\n').toString('base64'), /Kolumner saknas i rubrikraden: personnummer eller individnummer, förnamn, efternamn, adress, folkbokföringsdatum/],
    ['garbage bytes', 'skräp.csv', () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x80, 0x81]).toString('base64'), /inte en läsbar text|ingen läsbar text i UTF-8/],
    ['an empty file', 'tom.csv', () => '', /Filen är tom/],
    ['only a header', 'bara-rubrik.csv', () => Buffer.from(HEADER + '\n;;;;;;;;\n').toString('base64'), /inga datarader/],
    ['not base64', 'uttag.csv', () => 'det här är inte base64!', /inte giltig base64/],
    ['a PDF', 'uttag.pdf', () => Buffer.from('%PDF-1.7 ...').toString('base64'), /\.pdf stöds inte/],
    ['a broken Excel file', 'uttag.xlsx', () => Buffer.from('PK\u0003\u0004 trasig').toString('base64'), /Excel-filen kunde inte läsas/],
  ])('refuses a file with %s: clear error, nothing written', async (_label, fileName, content, message) => {
    const before = await tableCounts();
    const res = await importFile(fileName, content());
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' } });
    expect(res.body.errors?.[0]?.message).toMatch(message);
    expect(await tableCounts()).toEqual(before);
  });

  it('lets only coordinators, administrators and system administrators import or list imports', async () => {
    for (const who of ['jarvaOfficer', 'analyst'] as const) {
      const res = await importFile('x.csv', csv(`${mover};;A;B;;;;;`), who);
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const list = await callSubgraph(subgraph.url, '{ epsImports { id } }', as(who));
      expect(list.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    const list = await callSubgraph<{ epsImports: { fileName: string; alreadyImported: boolean; rejectedCount: number }[] }>(
      subgraph.url,
      '{ epsImports(first: 10) { fileName alreadyImported rejectedCount } }',
      as('systemAdmin'),
    );
    expect(list.body.data!.epsImports.map((i) => i.fileName)).toEqual(['eps-med-fel.csv', 'eps-igen.csv', 'eps-2025-06.csv']);
    expect(list.body.data!.epsImports[0]).toMatchObject({ alreadyImported: false, rejectedCount: 5 });
  });
});

describe('EPS extract import (Excel)', () => {
  it('imports an .xlsx workbook with Swedish headers, Excel dates and numeric identifiers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('EPS');
    sheet.addRow(['PERSONNUMMER', 'förnamn', 'Efternamn', 'adress', 'postnummer', 'Folkbokföringsdatum', 'EPS_STADSDELSNAMND', 'eps_stadsdelsnamndskod']);
    const excelPin = pin('990909', '789');
    sheet.addRow([Number(twelve(excelPin)), 'Elsa', 'Excelsson', 'Skärholmsvägen 1', 12748, new Date(Date.UTC(2024, 8, 15)), 'Skärholmen', null]);
    sheet.addRow(['abc', 'Fel', 'Rad', 'Gatan 1', '12345', '2024-01-01', 'Farsta', null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await importFile('EPS-uttag.XLSX', content, 'administrator');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.importEpsExtract).toMatchObject({
      rowCount: 2,
      appliedCount: 1,
      rejectedCount: 1,
      rejectedRows: [{ rowNumber: 3, field: 'personnummer' }],
    });
    const person = await findOne(excelPin);
    expect(person).toMatchObject({ fullName: 'Elsa Excelsson', district: { code: 'SKARHOLMEN' } });
    expect(person!.registrations).toEqual([{ address: 'Skärholmsvägen 1', postalCode: '127 48', registeredAt: '2024-09-15', source: 'EPS', district: { code: 'SKARHOLMEN' } }]);
  });
});
