import { createTestDatabase, queryCounter } from '@statsbidrag/db';
import { PERSONS } from '@statsbidrag/demo-data';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { PDFDocument } from 'pdf-lib';
import { clearFreeTextOfPurgedPerson } from '../events/person-purged.js';
import { claimsSubgraph } from '../subgraph.js';
import { JPEG_BYTES, pdfOfPages, PNG_BYTES, xlsxFile } from './test-files/files.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;

const identities = {
  ...testIdentities,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontaktperson (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
};
type Who = keyof typeof identities;

beforeAll(async () => {
  db = await createTestDatabase('claims_attachments');
  await migrateSubgraph(claimsSubgraph, db.url);
  await seedSubgraph(claimsSubgraph, db.url);
  subgraph = await startSubgraph(claimsSubgraph, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface GqlError { message: string; extensions?: Record<string, unknown> }
interface AttachmentView {
  id: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  mediaType: string;
  mediaTypeLabel: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  superseded: boolean;
  removedPages: number[] | null;
  pageCount: number | null;
  derivedFrom: { id: string; fileName: string } | null;
  claim: { id: string; status: string };
}
const ATTACHMENT_FIELDS = 'id kind kindLabel fileName mediaType mediaTypeLabel sizeBytes sha256 uploadedBy superseded removedPages pageCount derivedFrom { id fileName } claim { id status }';

async function gql<T>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; error?: GqlError }> {
  const res = await callSubgraph<T>(subgraph.url, query, { identity: identities[who], secret: TEST_INTERNAL_SECRET, variables });
  const error = res.body.errors?.[0] as GqlError | undefined;
  return { ...(res.body.data ? { data: res.body.data } : {}), ...(error ? { error } : {}) };
}

const MUTATIONS = {
  addClaimAttachment: 'AddClaimAttachmentInput',
  renameClaimAttachment: 'RenameClaimAttachmentInput',
  removeClaimAttachment: 'RemoveClaimAttachmentInput',
  removeClaimAttachmentPages: 'RemoveClaimAttachmentPagesInput',
} as const;

async function run(who: Who, mutation: keyof typeof MUTATIONS, input: Record<string, unknown>) {
  const { data, error } = await gql<Record<string, AttachmentView>>(who, `mutation($input: ${MUTATIONS[mutation]}!) { ${mutation}(input: $input) { ${ATTACHMENT_FIELDS} } }`, { input });
  return { attachment: data?.[mutation] ?? undefined, error };
}
async function ok(who: Who, mutation: keyof typeof MUTATIONS, input: Record<string, unknown>): Promise<AttachmentView> {
  const { attachment, error } = await run(who, mutation, input);
  expect(error).toBeUndefined();
  return attachment!;
}
async function refused(who: Who, mutation: keyof typeof MUTATIONS, input: Record<string, unknown>): Promise<GqlError> {
  const { attachment, error } = await run(who, mutation, input);
  expect(attachment).toBeUndefined();
  expect(error).toBeDefined();
  return error!;
}
const upload = (claimId: string, kind: string, fileName: string, bytes: Uint8Array) => ({ claimId, kind, fileName, contentBase64: Buffer.from(bytes).toString('base64') });

interface ClaimAttachments {
  id: string;
  status: string;
  missingAttachmentKinds: string[];
  canAddAttachments: boolean;
  attachments: (AttachmentView & { canRename: boolean; canRemove: boolean; canRemovePages: boolean })[];
  history: { fromStatus: string | null; toStatus: string; changedBy: string; reason: string | null }[];
}
async function view(who: Who, id: string, includeSuperseded = false): Promise<ClaimAttachments | null> {
  const { data, error } = await gql<{ claim: ClaimAttachments | null }>(
    who,
    `query($id: ID!, $all: Boolean) { claim(id: $id) { id status missingAttachmentKinds canAddAttachments
      attachments(includeSuperseded: $all) { ${ATTACHMENT_FIELDS} canRename canRemove canRemovePages }
      history { fromStatus toStatus changedBy reason } } }`,
    { id, all: includeSuperseded },
  );
  expect(error).toBeUndefined();
  return data!.claim;
}
async function content(who: Who, id: string): Promise<Buffer | null> {
  const { data, error } = await gql<{ claimAttachment: { contentBase64: string } | null }>(who, 'query($id: ID!) { claimAttachment(id: $id) { contentBase64 } }', { id });
  expect(error).toBeUndefined();
  return data!.claimAttachment ? Buffer.from(data!.claimAttachment.contentBase64, 'base64') : null;
}
async function step(who: Who, mutation: string, input: Record<string, unknown>): Promise<void> {
  const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const { error } = await gql(who, `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
  expect(error).toBeUndefined();
}

const jarvaPerson = PERSONS.find((p) => p.districtCode === 'JARVA')!;
let period = 0;
async function newClaim(by: 'jarvaOfficer' | 'coordinator', claimTypeCode: string, personId = jarvaPerson.id): Promise<string> {
  period++;
  const month = String((period % 12) + 1).padStart(2, '0');
  const input = { personId, districtCode: 'JARVA', claimTypeCode, amount: 70_000 + period, periodFrom: `2024-${month}-01`, periodTo: `2024-${month}-28` };
  const { data, error } = await gql<{ initiateClaim: { id: string } }>(by, 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id } }', { input });
  expect(error).toBeUndefined();
  return data!.initiateClaim.id;
}

describe('a district attaches its documents (step 1a)', () => {
  it('moves the claim to UNDERLAG_FRAN_SDF_INKOMMEN once every required kind is there, recorded in the history', async () => {
    const claimId = await newClaim('jarvaOfficer', 'BIF'); // BIF requires Ekonomiskt underlag and Insatsbeslut
    expect(await view('jarvaOfficer', claimId)).toMatchObject({ status: 'INITIERAD_AV_SDF', missingAttachmentKinds: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'], canAddAttachments: true });

    const pdf = await pdfOfPages(2);
    const first = await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'EKONOMISKT_UNDERLAG', 'kvitto.pdf', pdf));
    expect(first).toMatchObject({
      kind: 'EKONOMISKT_UNDERLAG', kindLabel: 'Ekonomiskt underlag', fileName: 'kvitto.pdf', mediaType: 'application/pdf', mediaTypeLabel: 'PDF',
      sizeBytes: pdf.length, uploadedBy: 'jarva.handlaggare', superseded: false, pageCount: 2, claim: { id: claimId, status: 'INITIERAD_AV_SDF' },
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await view('jarvaOfficer', claimId)).toMatchObject({ status: 'INITIERAD_AV_SDF', missingAttachmentKinds: ['INSATSBESLUT'] });

    const second = await ok('jarvaContact', 'addClaimAttachment', upload(claimId, 'INSATSBESLUT', 'beslut.png', PNG_BYTES));
    expect(second).toMatchObject({ mediaTypeLabel: 'PNG', pageCount: null, claim: { status: 'UNDERLAG_FRAN_SDF_INKOMMEN' } });
    const after = (await view('coordinator', claimId))!;
    expect(after).toMatchObject({ status: 'UNDERLAG_FRAN_SDF_INKOMMEN', missingAttachmentKinds: [] });
    expect(after.attachments.map((a) => a.fileName)).toEqual(['kvitto.pdf', 'beslut.png']);
    expect(after.history.at(-1)).toEqual({ fromStatus: 'INITIERAD_AV_SDF', toStatus: 'UNDERLAG_FRAN_SDF_INKOMMEN', changedBy: 'jarva.kontakt', reason: 'Automatiskt: underlag inkommet' });

    // a third file does not change the status again
    await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'foto.jpg', JPEG_BYTES));
    expect((await view('coordinator', claimId))!.history.filter((h) => h.toStatus === 'UNDERLAG_FRAN_SDF_INKOMMEN')).toHaveLength(1);

    // the download is the very file
    expect(await content('jarvaOfficer', first.id)).toEqual(pdf);
  });

  it('never shows or changes another district’s claims or attachments (NOT_FOUND), and refuses roles that may not attach', async () => {
    const claimId = await newClaim('jarvaOfficer', 'GSKA');
    const mine = await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'EKONOMISKT_UNDERLAG', 'kvitto.pdf', await pdfOfPages(1)));
    expect((await refused('farstaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'a.png', PNG_BYTES))).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refused('farstaOfficer', 'removeClaimAttachment', { attachmentId: mine.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await content('farstaOfficer', mine.id)).toBeNull();
    expect(await view('farstaOfficer', claimId)).toBeNull();
    expect((await refused('analyst', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'a.png', PNG_BYTES))).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('jarvaOfficer', 'removeClaimAttachmentPages', { attachmentId: mine.id, pages: [1] })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await refused('jarvaOfficer', 'renameClaimAttachment', { attachmentId: mine.id, fileName: 'x.pdf' })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    // GSKA requires only Ekonomiskt underlag: the first file completed it
    expect((await view('jarvaOfficer', claimId))!.status).toBe('UNDERLAG_FRAN_SDF_INKOMMEN');
    expect((await gql<{ claimAttachment: null }>('jarvaOfficer', 'query { claimAttachment(id: "inte-ett-id") { id } }')).data).toEqual({ claimAttachment: null });
  });

  it('refuses a file type that is not allowed, a name that contradicts the content, a too large file and an empty one, and saves nothing', async () => {
    const claimId = await newClaim('jarvaOfficer', 'BIF');
    const wrongType = await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'anteckning.txt', Buffer.from('Hej')));
    expect(wrongType).toMatchObject({
      message: 'Filen anteckning.txt är inte en tillåten filtyp. Tillåtna är PDF, JPEG, PNG, Word och Excel.',
      extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64', reason: 'UNSUPPORTED_TYPE' },
    });
    const mismatch = await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'kvitto.pdf', PNG_BYTES));
    expect(mismatch).toMatchObject({ message: 'Filen kvitto.pdf är inte en PDF – innehållet är PNG.', extensions: { code: 'BAD_USER_INPUT', field: 'fileName', reason: 'TYPE_MISMATCH' } });
    const big = Buffer.alloc(10.5 * 1024 * 1024);
    big.write('%PDF-1.7');
    const tooLarge = await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'stor.pdf', big));
    expect(tooLarge).toMatchObject({ message: 'Filen stor.pdf är 10,5 MB. Största tillåtna storlek är 10 MB.', extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' } });
    expect((await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'tom.pdf', Buffer.alloc(0)))).extensions).toMatchObject({ reason: 'EMPTY' });
    expect((await refused('jarvaOfficer', 'addClaimAttachment', { ...upload(claimId, 'OVRIGT', 'a.pdf', PNG_BYTES), contentBase64: '###' })).extensions).toMatchObject({ reason: 'ENCODING' });
    expect((await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', '../a.png', PNG_BYTES))).extensions).toMatchObject({ reason: 'INVALID_NAME' });
    expect((await view('jarvaOfficer', claimId))!.attachments).toEqual([]);
  });
});

describe('AmF prepares the application (step 4)', () => {
  it('an attachment edit on an accepted claim starts the preparation automatically; pages are removed into a new version, the original is kept', async () => {
    const claimId = await newClaim('jarvaOfficer', 'GSKA');
    const xlsx = await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'EKONOMISKT_UNDERLAG', 'kostnader.xlsx', await xlsxFile()));
    expect(xlsx.mediaTypeLabel).toBe('Excel');
    await step('coordinator', 'acceptClaim', { claimId });

    const original = await pdfOfPages(5);
    const added = await ok('coordinator', 'addClaimAttachment', upload(claimId, 'INSATSBESLUT', 'beslut.pdf', original));
    expect(added.claim.status).toBe('ATERSOK_FORBEREDS_AMF');
    expect((await view('coordinator', claimId))!.history.at(-1)).toMatchObject({ fromStatus: 'ATERSOK_ACCEPTERAD_AMF', toStatus: 'ATERSOK_FORBEREDS_AMF', changedBy: 'samordnare', reason: expect.stringMatching(/^Automatiskt: /) });

    // the district cannot change anything now
    const asDistrict = (await view('jarvaOfficer', claimId))!;
    expect(asDistrict.canAddAttachments).toBe(false);
    expect(asDistrict.attachments.every((a) => !a.canRemove && !a.canRename && !a.canRemovePages)).toBe(true);
    expect((await refused('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'a.png', PNG_BYTES))).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    expect((await refused('jarvaOfficer', 'removeClaimAttachment', { attachmentId: xlsx.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });

    // page removal: refusals first
    expect(await refused('coordinator', 'removeClaimAttachmentPages', { attachmentId: added.id, pages: [6] })).toMatchObject({
      message: 'Sidan 6 finns inte. Dokumentet har 5 sidor.', extensions: { code: 'BAD_USER_INPUT', field: 'pages', reason: 'OUT_OF_RANGE' },
    });
    expect((await refused('coordinator', 'removeClaimAttachmentPages', { attachmentId: added.id, pages: [1, 2, 3, 4, 5] })).extensions).toMatchObject({ reason: 'ALL_PAGES' });
    expect((await refused('coordinator', 'removeClaimAttachmentPages', { attachmentId: xlsx.id, pages: [1] })).extensions).toMatchObject({ reason: 'NOT_PDF' });

    const excerpt = await ok('coordinator', 'removeClaimAttachmentPages', { attachmentId: added.id, pages: [4, 2, 5] });
    expect(excerpt).toMatchObject({ fileName: 'beslut (utdrag).pdf', kind: 'INSATSBESLUT', removedPages: [2, 4, 5], pageCount: 2, superseded: false, derivedFrom: { id: added.id, fileName: 'beslut.pdf' } });
    expect((await PDFDocument.load((await content('coordinator', excerpt.id))!)).getPageCount()).toBe(2);
    expect((await PDFDocument.load((await content('coordinator', added.id))!)).getPageCount()).toBe(5);
    expect(await content('coordinator', added.id)).toEqual(original);
    // A BI analyst sees what is attached, never the files themselves.
    const analyst = await gql<{ claimAttachment: { fileName: string; contentBase64?: string } | null }>('analyst', 'query($id: ID!) { claimAttachment(id: $id) { fileName contentBase64 } }', { id: added.id });
    expect(analyst.error?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql<{ claimAttachment: { fileName: string; canDownload: boolean } }>('analyst', 'query($id: ID!) { claimAttachment(id: $id) { fileName canDownload } }', { id: added.id })).data!.claimAttachment).toEqual({ fileName: 'beslut.pdf', canDownload: false });
    expect((await gql<{ claimAttachment: { canDownload: boolean } }>('coordinator', 'query($id: ID!) { claimAttachment(id: $id) { canDownload } }', { id: added.id })).data!.claimAttachment.canDownload).toBe(true);
    // Page counts are stored on arrival, so showing them never reads the files.
    const counts = (await subgraph.orm.em.fork().getConnection().execute('select id, page_count from claims.claim_attachment where id in (?, ?)', [added.id, excerpt.id])) as { id: string; page_count: number }[];
    expect(Object.fromEntries(counts.map((c) => [c.id, c.page_count]))).toEqual({ [added.id]: 5, [excerpt.id]: 2 });

    const current = (await view('coordinator', claimId))!;
    expect(current.attachments.map((a) => a.fileName)).toEqual(['kostnader.xlsx', 'beslut (utdrag).pdf']);
    const all = (await view('coordinator', claimId, true))!;
    expect(all.attachments.map((a) => [a.fileName, a.superseded])).toEqual([['kostnader.xlsx', false], ['beslut.pdf', true], ['beslut (utdrag).pdf', false]]);
    expect((await refused('coordinator', 'removeClaimAttachmentPages', { attachmentId: added.id, pages: [1] })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUPERSEDED' });

    // rename: the extension must fit the content
    expect(await refused('coordinator', 'renameClaimAttachment', { attachmentId: excerpt.id, fileName: 'beslut.docx' })).toMatchObject({
      message: 'Filen beslut.docx är inte en Word – innehållet är PDF.', extensions: { code: 'BAD_USER_INPUT', reason: 'TYPE_MISMATCH' },
    });
    expect((await ok('coordinator', 'renameClaimAttachment', { attachmentId: excerpt.id, fileName: 'Insatsbeslut 2024' })).fileName).toBe('Insatsbeslut 2024.pdf');

    // remove: kept for the record, gone from the claim
    await ok('coordinator', 'removeClaimAttachment', { attachmentId: xlsx.id, reason: 'Fel fil' });
    expect((await view('coordinator', claimId))!.attachments.map((a) => a.fileName)).toEqual(['Insatsbeslut 2024.pdf']);
    expect(await content('coordinator', xlsx.id)).toBeNull();
    const [row] = await subgraph.orm.em.fork().getConnection().execute('select removed_by, removed_at from claims.claim_attachment where id = ?', [xlsx.id]);
    expect(row).toMatchObject({ removed_by: 'samordnare' });

    // after sending to MiG nothing changes any more
    await step('coordinator', 'markClaimSentToMig', { claimId, migCaseNumber: 'MIG-2026-1', channel: 'POST' });
    expect(await refused('coordinator', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'a.png', PNG_BYTES))).toMatchObject({
      message: 'Bilagan kan inte läggas till: återsökningen har status "Återsökning inskickad till MiG".',
      extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'ATERSOKNING_INSKICKAD_MIG' },
    });
  });

  it('a district removes only its own uploads while the claim is with it', async () => {
    const claimId = await newClaim('jarvaOfficer', 'BIF');
    const own = await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'a.png', PNG_BYTES));
    const amfs = await ok('coordinator', 'addClaimAttachment', upload(claimId, 'OVRIGT', 'b.png', PNG_BYTES));
    expect((await view('jarvaOfficer', claimId))!.attachments.map((a) => [a.fileName, a.canRemove])).toEqual([['a.png', true], ['b.png', false]]);
    expect((await refused('jarvaOfficer', 'removeClaimAttachment', { attachmentId: amfs.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_UPLOAD' });
    await ok('jarvaOfficer', 'removeClaimAttachment', { attachmentId: own.id });
    expect((await view('jarvaOfficer', claimId))!.attachments.map((a) => a.fileName)).toEqual(['b.png']);
  });
});

describe('a supplement (step 3)', () => {
  it('the district attaches files to AmF’s supplement request while it is asked for, and only to its own claim’s request', async () => {
    const claimId = await newClaim('jarvaOfficer', 'GSKA');
    await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'EKONOMISKT_UNDERLAG', 'kvitto.pdf', await pdfOfPages(1)));
    await step('coordinator', 'acceptClaim', { claimId });
    await step('coordinator', 'startPreparingClaim', { claimId });
    await step('coordinator', 'requestClaimSupplement', { claimId, description: 'Insatsbeslut saknas', replyBy: '2099-12-31' });
    const { data } = await gql<{ claim: { supplementRequests: { id: string }[] } }>('jarvaOfficer', 'query($id: ID!) { claim(id: $id) { supplementRequests { id } } }', { id: claimId });
    const requestId = data!.claim.supplementRequests[0]!.id;

    const other = await newClaim('jarvaOfficer', 'GSKA');
    expect(await refused('jarvaOfficer', 'addClaimAttachment', { ...upload(other, 'KOMPLETTERING', 'svar.png', PNG_BYTES), supplementRequestId: requestId })).toMatchObject({
      message: 'Kompletteringen finns inte på den här återsökningen.', extensions: { code: 'BAD_USER_INPUT', field: 'supplementRequestId' },
    });
    const answer = await ok('jarvaOfficer', 'addClaimAttachment', { ...upload(claimId, 'KOMPLETTERING', 'svar.png', PNG_BYTES), supplementRequestId: requestId });
    expect(answer).toMatchObject({ kind: 'KOMPLETTERING', claim: { status: 'KOMPLETTERING_FRAN_SDF_BEGARD' } });
    const { data: read } = await gql<{ claimAttachment: { supplementRequestId: string } }>('coordinator', 'query($id: ID!) { claimAttachment(id: $id) { supplementRequestId } }', { id: answer.id });
    expect(read!.claimAttachment.supplementRequestId).toBe(requestId);
  });
});

describe('claim types', () => {
  it('list the attachment kinds they require', async () => {
    const { data } = await gql<{ claimTypes: { code: string; requiredAttachmentKinds: string[] }[] }>('jarvaOfficer', '{ claimTypes { code requiredAttachmentKinds } }');
    const byCode = new Map(data!.claimTypes.map((t) => [t.code, t.requiredAttachmentKinds]));
    expect(byCode.get('GSKA')).toEqual(['EKONOMISKT_UNDERLAG']);
    expect(byCode.get('LSS')).toEqual(['EKONOMISKT_UNDERLAG', 'INSATSBESLUT', 'MEDICINSKT_UNDERLAG']);
    expect(data!.claimTypes.every((t) => t.requiredAttachmentKinds.includes('EKONOMISKT_UNDERLAG'))).toBe(true);
  });
});

describe('a list of claims with attachments', () => {
  it('costs the same number of statements for 5 and for 50 claims (no N+1)', async () => {
    for (let i = 0; i < 3; i++) {
      const claimId = await newClaim('jarvaOfficer', 'BIF');
      const pdf = await ok('coordinator', 'addClaimAttachment', upload(claimId, 'EKONOMISKT_UNDERLAG', `kvitto${i}.pdf`, await pdfOfPages(2)));
      await ok('coordinator', 'removeClaimAttachmentPages', { attachmentId: pdf.id, pages: [1] });
      await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'OVRIGT', `foto${i}.png`, PNG_BYTES));
    }
    const q = (first: number) =>
      `{ claims(first: ${first}) { edges { node { id missingAttachmentKinds canAddAttachments claimType { requiredAttachmentKinds }
        attachments(includeSuperseded: true) { id fileName pageCount canRemove derivedFrom { id } } } } } }`;
    const measure = async (first: number) => {
      const { result, queries } = await queryCounter.measure(() => callSubgraph<{ claims: { edges: { node: ClaimAttachments }[] } }>(subgraph.url, q(first), { identity: identities.coordinator, secret: TEST_INTERNAL_SECRET }));
      expect(result.body.errors).toBeUndefined();
      return { edges: result.body.data!.claims.edges, count: queries.filter((x) => x.schema === 'claims').length };
    };
    const small = await measure(5);
    const large = await measure(50);
    expect(large.edges).toHaveLength(50);
    expect(small.edges.filter((e) => e.node.attachments.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(large.count).toBe(small.count);
    // the page (with its count), claim types, attachments, their claims (permissions), originals – never the files' contents
    expect(large.count).toBeLessThanOrEqual(6);
  });
});

describe('gallring', () => {
  it('deletes the attachments of a purged person’s claims', async () => {
    const person = PERSONS.filter((p) => p.districtCode === 'JARVA')[1]!;
    const claimId = await newClaim('jarvaOfficer', 'BIF', person.id);
    await ok('jarvaOfficer', 'addClaimAttachment', upload(claimId, 'MEDICINSKT_UNDERLAG', 'journal.pdf', await pdfOfPages(1)));
    const other = await newClaim('jarvaOfficer', 'BIF');
    await ok('jarvaOfficer', 'addClaimAttachment', upload(other, 'OVRIGT', 'kvar.png', PNG_BYTES));

    const em = subgraph.orm.em.fork();
    await em.transactional((tx) => clearFreeTextOfPurgedPerson.handle(tx as never, { id: crypto.randomUUID(), topic: 'person.purged', payload: { personId: person.id, purgedAt: new Date().toISOString() } } as never));
    const count = async (id: string) => Number(((await subgraph.orm.em.fork().getConnection().execute('select count(*) as n from claims.claim_attachment where claim_id = ?', [id])) as { n: string }[])[0]!.n);
    expect(await count(claimId)).toBe(0);
    expect(await count(other)).toBe(1);
  });
});
