import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { createHash, randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { ClaimAttachmentEntity } from '../attachment/infra/attachment.entity.js';
import { ClaimEntity } from '../claim/infra/claim.entity.js';
import { claimsSubgraph } from '../subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Adam Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  finance: { sub: 'ekonomi', name: 'Eva Ekonomi', roles: ['FINANCE_MANAGER'], districtCodes: [] } as Identity,
};
type Who = keyof typeof identities;

beforeAll(async () => {
  db = await createTestDatabase('claims_mig_application');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface GqlError { message: string; extensions?: Record<string, unknown> }
async function gql<T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; error?: GqlError }> {
  const res = await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });
  const error = res.body.errors?.[0] as GqlError | undefined;
  return { ...(res.body.data ? { data: res.body.data } : {}), ...(error ? { error } : {}) };
}

const persons = PERSONS.slice(0, 6);
let n = 0;
/** A claim inserted straight into the table with the given status (the status flow is tested elsewhere). */
async function claim(opts: { status?: string; type?: string; district?: string; amount?: number | null; from?: string; to?: string } = {}): Promise<string> {
  const em = subgraph.orm.em.fork();
  const person = persons[n++ % persons.length]!;
  const row = em.create(ClaimEntity, {
    id: randomUUID(),
    personId: person.id,
    districtCode: opts.district ?? 'JARVA',
    unitCode: null,
    officerUsername: null,
    responsibleUsername: null,
    claimTypeCode: opts.type ?? 'GSKA',
    status: opts.status ?? 'ATERSOK_FORBEREDS_AMF',
    amountOre: opts.amount === undefined ? 100_000 : opts.amount,
    periodFrom: opts.from ?? '2026-01-01',
    periodTo: opts.to ?? '2026-03-31',
    initiatedBy: 'DISTRICT',
    question: null,
    createdBy: 'test',
  });
  await em.flush();
  return row.id;
}

async function attach(claimId: string, fileName: string, mediaType: string, content: Uint8Array, extra: { removed?: boolean; superseded?: boolean; kind?: string } = {}): Promise<void> {
  const em = subgraph.orm.em.fork();
  em.create(ClaimAttachmentEntity, {
    id: randomUUID(),
    claimId,
    kind: extra.kind ?? 'EKONOMISKT_UNDERLAG',
    fileName,
    mediaType,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content: Buffer.from(content) as never,
    supplementRequestId: null,
    derivedFromId: null,
    removedPages: null,
    supersededAt: extra.superseded ? new Date() : null,
    removedAt: extra.removed ? new Date() : null,
    removedBy: extra.removed ? 'test' : null,
    uploadedBy: 'test',
    uploadedAt: new Date(),
  });
  await em.flush();
}

async function pdfWithPages(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([300, 400]).drawText(`Sida ${i + 1}`, { x: 20, y: 200 });
  return doc.save();
}
/** The text drawn on a page (standard fonts write WinAnsi hex strings). */
function pageText(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.Contents()!;
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return streams
    .map((s) => {
      const raw = Buffer.from((s as PDFRawStream).contents);
      try {
        return inflateSync(raw).toString('latin1');
      } catch {
        return raw.toString('latin1');
      }
    })
    .flatMap((text) => [...text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1').replace(/\x96/g, '–')))
    .join('\n');
}

/** A PDF that says it is encrypted (pdf-lib refuses to merge those). */
async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2 });
  return doc.save({ useObjectStreams: false });
}

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const APPLICANT = {
  municipalityName: 'Stockholms stad',
  municipalityCode: '0180',
  postalAddress: 'Box 1234',
  postalCode: '105 35',
  city: 'Stockholm',
  contactName: 'Åsa Öberg',
  phone: '08-508 000 00',
  email: 'asa.oberg@stockholm.se',
  reference: 'AmF Statsbidrag',
};

const APP_FIELDS = `id reference periodFrom periodTo claimType { code name } applicant { municipalityName municipalityCode postalAddress postalCode city contactName phone email reference }
  districtComments { districtCode comment } claims { id amount } totalAmount claimCount createdAt createdBy`;
interface AppView {
  id: string; reference: string; periodFrom: string; periodTo: string; claimType: { code: string; name: string };
  applicant: typeof APPLICANT; districtComments: { districtCode: string; comment: string }[]; claims: { id: string; amount: number }[];
  totalAmount: number; claimCount: number; createdBy: string;
}

const compile = (who: Who, input: Record<string, unknown>) =>
  gql<{ compileMigApplication: AppView }>(who, `mutation($input: CompileMigApplicationInput!) { compileMigApplication(input: $input) { ${APP_FIELDS} } }`, { input });

describe('compileMigApplication', () => {
  it('compiles three claims of one type into ANS-<year>-NNNN with the claims in order, total and period', async () => {
    const a = await claim({ amount: 100_000, from: '2026-02-01', to: '2026-02-28' });
    const b = await claim({ status: 'ATERSOK_ACCEPTERAD_AMF', amount: 250_050, from: '2026-01-01', to: '2026-01-31', district: 'FARSTA' });
    const c = await claim({ amount: 12_345, from: '2026-03-01', to: '2026-04-30' });
    const { data, error } = await compile('coordinator', {
      claimIds: [b, a, c],
      applicant: APPLICANT,
      districtComments: [{ districtCode: 'FARSTA', comment: 'Beslut finns i bilagan.' }, { districtCode: 'JARVA', comment: '  ' }],
    });
    expect(error).toBeUndefined();
    const app = data!.compileMigApplication;
    const year = new Date().getFullYear();
    expect(app.reference).toMatch(new RegExp(`^ANS-${year}-\\d{4}$`));
    expect(app).toMatchObject({
      periodFrom: '2026-01-01',
      periodTo: '2026-04-30',
      claimType: { code: 'GSKA' },
      applicant: APPLICANT,
      districtComments: [{ districtCode: 'FARSTA', comment: 'Beslut finns i bilagan.' }],
      totalAmount: 362_395,
      claimCount: 3,
      createdBy: 'samordnare',
    });
    expect(app.claims.map((x) => x.id)).toEqual([b, a, c]);

    // The next one gets the next number; the claim knows both, newest first.
    const second = (await compile('coordinator', { claimIds: [a], applicant: APPLICANT })).data!.compileMigApplication;
    expect(Number(second.reference.slice(-4))).toBe(Number(app.reference.slice(-4)) + 1);
    const seen = await gql<{ migApplication: { reference: string; claims: { id: string; migApplications: { reference: string }[] }[] } }>(
      'finance', 'query($id: ID!) { migApplication(id: $id) { reference claims { id migApplications { reference } } } }', { id: app.id });
    expect(seen.error).toBeUndefined();
    expect(seen.data!.migApplication.claims.find((x) => x.id === a)!.migApplications.map((m) => m.reference)).toEqual([second.reference, app.reference]);
  });

  it('gives applications compiled at the same time different references', async () => {
    const results = await Promise.all([0, 1, 2, 3].map(async () => compile('coordinator', { claimIds: [await claim()], applicant: APPLICANT })));
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data!.compileMigApplication.reference)).size).toBe(4);
  });

  it('refuses claims of different claim types', async () => {
    const types = (await gql<{ claimTypes: { code: string }[] }>('coordinator', '{ claimTypes { code } }')).data!.claimTypes.map((t) => t.code);
    const other = types.find((t) => t !== 'GSKA')!;
    const { data, error } = await compile('coordinator', { claimIds: [await claim(), await claim({ type: other })], applicant: APPLICANT });
    expect(data?.compileMigApplication).toBeUndefined();
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'claimIds', reason: 'MIXED_CLAIM_TYPES' } });
    expect(error!.message).toContain('samma ersättningstyp');
  });

  it('refuses claims in another status and lists their ids; nothing is saved', async () => {
    const good = await claim();
    const sent = await claim({ status: 'ATERSOKNING_INSKICKAD_MIG' });
    const initiated = await claim({ status: 'INITIERAD_AV_SDF' });
    const before = await gql<{ migApplications: { totalCount: number } }>('coordinator', '{ migApplications { totalCount } }');
    const { error } = await compile('coordinator', { claimIds: [good, sent, initiated], applicant: APPLICANT });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_STATUS', claimIds: [sent, initiated] } });
    expect(error!.message).toContain(sent);
    expect(error!.message).toContain(initiated);
    expect(error!.message).not.toContain(good);
    const after = await gql<{ migApplications: { totalCount: number } }>('coordinator', '{ migApplications { totalCount } }');
    expect(after.data!.migApplications.totalCount).toBe(before.data!.migApplications.totalCount);
  });

  it('refuses unknown claims, claims without amount, and no claims at all', async () => {
    const unknown = randomUUID();
    expect((await compile('coordinator', { claimIds: [unknown], applicant: APPLICANT })).error).toMatchObject({ extensions: { reason: 'NOT_FOUND', claimIds: [unknown] } });
    const noAmount = await claim({ amount: null });
    expect((await compile('coordinator', { claimIds: [noAmount], applicant: APPLICANT })).error).toMatchObject({ extensions: { reason: 'INCOMPLETE', claimIds: [noAmount] } });
    expect((await compile('coordinator', { claimIds: [], applicant: APPLICANT })).error).toMatchObject({ message: 'Välj minst en återsökning.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('checks every applicant field and district comment at once, in Swedish', async () => {
    const id = await claim();
    const { error } = await compile('coordinator', {
      claimIds: [id],
      applicant: { ...APPLICANT, contactName: ' ', email: 'asa.stockholm.se', phone: '08-ABC', postalCode: '10535' },
      districtComments: [{ districtCode: 'FARSTA', comment: 'Finns inte bland återsökningarna' }],
    });
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const problems = error!.extensions!.problems as { field: string; message: string }[];
    expect(Object.fromEntries(problems.map((p) => [p.field, p.message]))).toEqual({
      'applicant.contactName': 'Kontaktperson måste anges.',
      'applicant.postalCode': 'Postnummer ska skrivas NNN NN, t.ex. 105 35.',
      'applicant.email': 'E-post har fel format, t.ex. namn@stockholm.se.',
      'applicant.phone': expect.stringContaining('Telefon får bara innehålla siffror'),
      'districtComments.0.districtCode': 'Stadsdelen FARSTA är inte kostnadsbärande för någon av de valda återsökningarna.',
    });
  });

  it('is for the coordinator only; district users get FORBIDDEN for the mutation and the queries', async () => {
    const id = await claim();
    for (const who of ['jarvaOfficer', 'administrator', 'analyst'] as const) {
      expect((await compile(who, { claimIds: [id], applicant: APPLICANT })).error?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await gql('jarvaOfficer', '{ migApplications { totalCount } }')).error?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await gql('farstaOfficer', 'query($id: ID!) { migApplication(id: $id) { id } }', { id: randomUUID() })).error?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const forDistrict = await gql<{ claim: { migApplications: unknown[] } }>('jarvaOfficer', 'query($id: ID!) { claim(id: $id) { migApplications { reference } } }', { id });
    expect(forDistrict.error).toBeUndefined();
    expect(forDistrict.data!.claim.migApplications).toEqual([]);
    expect((await gql('administrator', '{ migApplications { totalCount } }')).error).toBeUndefined();
  });
});

describe('attachment bundle', () => {
  it('merges the current PDF pages and images behind a cover page, listing Word files and broken PDFs on the cover', async () => {
    const a = await claim();
    const b = await claim({ district: 'FARSTA' });
    await attach(a, 'underlag.pdf', 'application/pdf', await pdfWithPages(2));
    await attach(a, 'gammal.pdf', 'application/pdf', await pdfWithPages(5), { superseded: true });
    await attach(a, 'borttagen.pdf', 'application/pdf', await pdfWithPages(3), { removed: true });
    await attach(b, 'beslut.png', 'image/png', PNG, { kind: 'INSATSBESLUT' });
    await attach(b, 'kalkyl.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', new Uint8Array([80, 75, 3, 4]));
    await attach(b, 'trasig.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.7 inte en riktig pdf'));
    await attach(b, 'krypterad.pdf', 'application/pdf', await encryptedPdf());
    const app = (await compile('coordinator', { claimIds: [a, b], applicant: APPLICANT })).data!.compileMigApplication;

    const { data, error } = await gql<{ migApplication: { attachmentBundle: { fileName: string; mediaType: string; sizeBytes: number; contentBase64: string } } }>(
      'coordinator', 'query($id: ID!) { migApplication(id: $id) { attachmentBundle { fileName mediaType sizeBytes contentBase64 } } }', { id: app.id });
    expect(error).toBeUndefined();
    const file = data!.migApplication.attachmentBundle;
    expect(file).toMatchObject({ fileName: `bilagor-${app.reference}.pdf`, mediaType: 'application/pdf' });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(file.sizeBytes).toBe(bytes.length);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1 + 2 + 1); // cover + 2-page PDF + the image
    expect(pdf.getTitle()).toBe(`Bilagor till ansökan ${app.reference}`);
    const cover = pageText(pdf, 0);
    expect(cover).toContain(`Bilagor till ansökan ${app.reference}`);
    expect(cover).toContain(`Återsökning ${a.slice(0, 8).toUpperCase()}`);
    expect(cover).toContain('Ekonomiskt underlag: underlag.pdf – 2 sidor');
    expect(cover).toContain('sidan 2');
    expect(cover).toContain('Insatsbeslut: beslut.png – 1 sida');
    expect(cover).toContain('sidan 4');
    expect(cover).not.toContain('gammal.pdf');
    expect(cover).not.toContain('borttagen.pdf');
    expect(cover.slice(cover.indexOf('Bifogas separat'))).toContain('kalkyl.xlsx');
    expect(cover.slice(cover.indexOf('Kunde inte sammanfogas'))).toContain('trasig.pdf');
    expect(cover.slice(cover.indexOf('Kunde inte sammanfogas'))).toContain('krypterad.pdf');
    expect(pageText(pdf, 1)).toContain('Sida 1');
    expect(pageText(pdf, 2)).toContain('Sida 2');
  });
});

describe('listing', () => {
  it('lists newest first and loads the claims of 5 applications in a constant number of statements', async () => {
    for (let i = 0; i < 5; i++) {
      const ids = [await claim(), await claim()];
      expect((await compile('coordinator', { claimIds: ids, applicant: APPLICANT })).error).toBeUndefined();
    }
    const q = (first: number) => () =>
      callSubgraph<{ migApplications: { totalCount: number; edges: { node: { reference: string; claims: { id: string }[]; totalAmount: number; claimType: { code: string } } }[] } }>(
        subgraph.url, `{ migApplications(first: ${first}) { totalCount edges { node { reference claimType { code } claims { id claimType { code } } totalAmount claimCount } } } }`,
        { identity: identities.coordinator, secret: TEST_INTERNAL_SECRET });
    const one = await queryCounter.measure(q(1));
    const five = await queryCounter.measure(q(5));
    const edges = five.result.body.data!.migApplications.edges;
    expect(edges).toHaveLength(5);
    const refs = edges.map((e) => e.node.reference);
    expect([...refs].sort().reverse()).toEqual(refs);
    expect(edges.every((e) => e.node.claims.length >= 1)).toBe(true);
    expect(five.queries.filter((x) => x.schema === 'claims').length).toBe(one.queries.filter((x) => x.schema === 'claims').length);
  });
});
