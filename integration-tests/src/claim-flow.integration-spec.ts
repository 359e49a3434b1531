import { PERSONS } from '@statsbidrag/demo-data';
import { PDFDocument } from 'pdf-lib';
import { SmtpMailSender } from '@statsbidrag/subgraph-person';
import { startTestPlatform, type TestPlatform } from './platform.js';
import { startTestSmtp, type TestSmtp } from '@statsbidrag/subgraph-person/testing';

/**
 * Återsökning end to end through the gateway (issue 4): every step as the role that may take it
 * and as one that may not, with the district's contact and officer told by e-mail (a real SMTP
 * listener) and in the app.
 */
let platform: TestPlatform;
let smtp: TestSmtp;
let sender: SmtpMailSender;

beforeAll(async () => {
  smtp = await startTestSmtp();
  sender = new SmtpMailSender(smtp.url);
  platform = await startTestPlatform({ mail: { sender, links: { portal: 'https://portal.example.org', sdf: 'https://sdf.example.org' } } });
});
afterAll(async () => {
  await platform?.close();
  sender?.close();
  await smtp?.close();
});

type Gql<T> = Awaited<ReturnType<TestPlatform['query']>> & { body: { data?: T | null } };
const run = <T,>(as: string, query: string, variables: Record<string, unknown> = {}) => platform.query<T>(query, { as, variables }) as Promise<Gql<T>>;
const errorOf = (res: Gql<unknown>) => res.body.errors?.[0];

const person = PERSONS.find((p) => p.districtCode === 'JARVA' && !p.protectedIdentity)!;
const CLAIM = `query($id: ID!) { claim(id: $id) { id status statusLabel amount migCaseNumber sentChannel responsibleLabel
  person { fullName } district { name }
  history { fromStatus toStatus changedBy reason }
  supplementRequests { description answer overdue }
  messages { body fromSide visibility }
  allowedTransitions { command } } }`;
type ClaimView = {
  id: string; status: string; statusLabel: string; amount: number; migCaseNumber: string | null; sentChannel: string | null; responsibleLabel: string;
  person: { fullName: string } | null; district: { name: string };
  history: { fromStatus: string | null; toStatus: string; changedBy: string; reason: string | null }[];
  supplementRequests: { description: string; answer: string | null; overdue: boolean }[];
  messages: { body: string; fromSide: string; visibility: string }[];
  allowedTransitions: { command: string }[];
};
const readClaim = async (as: string, id: string) => (await run<{ claim: ClaimView | null }>(as, CLAIM, { id })).body.data?.claim ?? null;
const step = (mutation: string, inputType: string) => `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id status statusLabel } }`;

describe('återsökning through the gateway, step by step', () => {
  let claimId: string;

  it('1a: a district officer starts a claim for a person of the district; an analyst and another district may not', async () => {
    const input = {
      personId: person.id, districtCode: 'JARVA', unitCode: 'JARVA_IFO', claimTypeCode: 'GSKA', amount: 1_234_550,
      periodFrom: '2026-01-01', periodTo: '2026-03-31', question: 'Räknas tolkkostnaden?',
    };
    const INITIATE = 'mutation($input: InitiateClaimInput!) { initiateClaim(input: $input) { id status statusLabel } }';
    expect(errorOf(await run('analytiker', INITIATE, { input }))?.extensions?.code).toBe('FORBIDDEN');
    const other = await run('farsta.handlaggare', INITIATE, { input });
    expect(errorOf(other)).toMatchObject({ message: 'Du kan bara starta återsökningar för din egen stadsdel.', extensions: { code: 'FORBIDDEN' } });
    const bad = await run('jarva.handlaggare', INITIATE, { input: { ...input, amount: -5, periodTo: '2025-12-31' } });
    expect(errorOf(bad)?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(bad)?.message).toContain('Beloppet måste vara större än noll');
    expect(errorOf(bad)?.message).toContain('Perioden måste sluta samma dag som den börjar eller senare.');

    const res = await run<{ initiateClaim: { id: string; statusLabel: string } }>('jarva.handlaggare', INITIATE, { input });
    expect(res.body.errors).toBeUndefined();
    claimId = res.body.data!.initiateClaim.id;
    const claim = await readClaim('jarva.handlaggare', claimId);
    expect(claim).toMatchObject({ status: 'INITIERAD_AV_SDF', amount: 1_234_550, person: { fullName: `${person.firstName} ${person.lastName}` }, district: { name: 'Järva' }, responsibleLabel: 'Statsbidragsgruppen' });
    expect(await readClaim('farsta.handlaggare', claimId)).toBeNull();
  });

  it('1a: the district attaches its documents (type read from the content); the claim then has its documents', async () => {
    const ADD = 'mutation($input: AddClaimAttachmentInput!) { addClaimAttachment(input: $input) { id fileName mediaType kindLabel claim { status } } }';
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Faktura');
    const contentBase64 = Buffer.from(await pdf.save()).toString('base64');
    const input = { claimId, kind: 'EKONOMISKT_UNDERLAG', fileName: 'faktura.pdf', contentBase64 };
    expect(errorOf(await run('farsta.handlaggare', ADD, { input }))?.extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await run('analytiker', ADD, { input }))?.extensions?.code).toBe('FORBIDDEN');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const lying = await run('jarva.handlaggare', ADD, { input: { ...input, contentBase64: png } });
    expect(errorOf(lying)).toMatchObject({ message: 'Filen faktura.pdf är inte en PDF – innehållet är PNG.', extensions: { code: 'BAD_USER_INPUT' } });

    const res = await run<{ addClaimAttachment: { fileName: string; mediaType: string; kindLabel: string; claim: { status: string } } }>('jarva.handlaggare', ADD, { input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.addClaimAttachment).toMatchObject({ fileName: 'faktura.pdf', mediaType: 'application/pdf', kindLabel: 'Ekonomiskt underlag' });
    // GSKA needs only the financial statement: the documents are in, so the status moved on by itself.
    expect(res.body.data!.addClaimAttachment.claim.status).toBe('UNDERLAG_FRAN_SDF_INKOMMEN');
    const MARK = step('markClaimDocumentsReceived', 'MarkClaimDocumentsReceivedInput');
    expect(errorOf(await run('jarva.handlaggare', MARK, { input: { claimId } }))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
  });

  it('questions and answers: the district asks, AmF answers and keeps an internal note the district never sees', async () => {
    const POST = 'mutation($input: PostClaimMessageInput!) { postClaimMessage(input: $input) { id } }';
    expect((await run('jarva.handlaggare', POST, { input: { claimId, body: 'Behövs kvitton?' } })).body.errors).toBeUndefined();
    expect((await run('samordnare', POST, { input: { claimId, body: 'Ja, bifoga dem.' } })).body.errors).toBeUndefined();
    expect((await run('samordnare', POST, { input: { claimId, body: 'Intern: jämför med beslutet.', internal: true } })).body.errors).toBeUndefined();
    expect(errorOf(await run('analytiker', POST, { input: { claimId, body: 'Hej' } }))?.extensions?.code).toBe('FORBIDDEN');
    expect((await readClaim('jarva.handlaggare', claimId))!.messages.map((m) => m.body)).toEqual(['Behövs kvitton?', 'Ja, bifoga dem.']);
    expect((await readClaim('samordnare', claimId))!.messages).toHaveLength(3);
    // AmF's answer reaches the district's contact person and the claim's officer by e-mail, without the text.
    const mail = await smtp.waitFor((m) => m.to.includes('kontakt.jarva@example.org') && m.subject.startsWith('Nytt meddelande'), 'meddelande till Järvas kontaktperson');
    expect(mail.text).toContain(`Öppna återsökningen: https://sdf.example.org/atersokningar/${claimId}`);
    expect(mail.text).not.toContain('bifoga dem');
  });

  it('2a: the coordinator accepts; the district officer may not', async () => {
    const ACCEPT = step('acceptClaim', 'AcceptClaimInput');
    expect(errorOf(await run('jarva.handlaggare', ACCEPT, { input: { claimId } }))?.extensions?.code).toBe('FORBIDDEN');
    const res = await run<{ acceptClaim: { status: string } }>('samordnare', ACCEPT, { input: { claimId } });
    expect(res.body.data?.acceptClaim.status).toBe('ATERSOK_ACCEPTERAD_AMF');
    // Every change reaches the district's contact person by e-mail.
    const mail = await smtp.waitFor((m) => m.to.includes('kontakt.jarva@example.org') && m.subject.endsWith('Återsökning accepterad av AmF'), 'accepterad');
    expect(mail.text).toContain('Ändrad av Sara Samordnare');
  });

  it('3: the coordinator prepares and asks for a supplement; the district answers; a second answer is refused', async () => {
    expect((await run('samordnare', step('startPreparingClaim', 'StartPreparingClaimInput'), { input: { claimId } })).body.errors).toBeUndefined();
    const REQUEST = step('requestClaimSupplement', 'RequestClaimSupplementInput');
    const request = { claimId, description: 'Bifoga insatsbeslutet.', replyBy: '2099-12-31' };
    expect(errorOf(await run('jarva.kontakt', REQUEST, { input: request }))?.extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await run('samordnare', REQUEST, { input: { ...request, replyBy: '31/12' } }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await run<{ requestClaimSupplement: { status: string } }>('samordnare', REQUEST, { input: request })).body.data?.requestClaimSupplement.status).toBe('KOMPLETTERING_FRAN_SDF_BEGARD');

    const ANSWER = step('answerClaimSupplement', 'AnswerClaimSupplementInput');
    expect(errorOf(await run('samordnare', ANSWER, { input: { claimId, answer: 'x' } }))?.extensions?.code).toBe('FORBIDDEN');
    expect((await run<{ answerClaimSupplement: { status: string } }>('jarva.kontakt', ANSWER, { input: { claimId, answer: 'Insatsbeslutet är bifogat.' } })).body.data?.answerClaimSupplement.status).toBe('KOMPLETTERING_FRAN_SDF_INKOMMEN');
    const again = await run('jarva.kontakt', ANSWER, { input: { claimId, answer: 'Igen' } });
    expect(errorOf(again)?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_STATUS' });
    expect((await readClaim('jarva.handlaggare', claimId))!.supplementRequests).toEqual([{ description: 'Bifoga insatsbeslutet.', answer: 'Insatsbeslutet är bifogat.', overdue: false }]);
  });

  it('5.1: the coordinator compiles the application with the person’s data from the person subgraph; a district may not', async () => {
    expect((await run('samordnare', step('resumeClaimPreparation', 'ResumeClaimPreparationInput'), { input: { claimId } })).body.errors).toBeUndefined();
    const COMPILE = `mutation($input: CompileMigApplicationInput!) { compileMigApplication(input: $input) {
      id reference totalAmount claimCount claims { id person { fullName personalIdentityNumber } } attachmentBundle { fileName mediaType contentBase64 } } }`;
    const applicant = {
      municipalityName: 'Stockholms stad', municipalityCode: '0180', postalAddress: 'Box 1', postalCode: '105 35', city: 'Stockholm',
      contactName: 'Sara Samordnare', phone: '08-508 000 00', email: 'statsbidrag@example.org', reference: 'AmF',
    };
    const input = { claimIds: [claimId], applicant, districtComments: [{ districtCode: 'JARVA', comment: 'Tolkkostnad ingår.' }] };
    expect(errorOf(await run('jarva.handlaggare', COMPILE, { input }))?.extensions?.code).toBe('FORBIDDEN');
    const res = await run<{ compileMigApplication: { reference: string; totalAmount: number; claimCount: number; claims: { person: { fullName: string; personalIdentityNumber: string | null } }[]; attachmentBundle: { mediaType: string; contentBase64: string } } }>(
      'samordnare', COMPILE, { input },
    );
    expect(res.body.errors).toBeUndefined();
    const app = res.body.data!.compileMigApplication;
    expect(app).toMatchObject({ totalAmount: 1_234_550, claimCount: 1, claims: [{ person: { fullName: `${person.firstName} ${person.lastName}` } }] });
    expect(app.reference).toMatch(/^ANS-\d{4}-\d{4}$/);
    expect(app.claims[0]!.person.personalIdentityNumber).toMatch(/^\d{8}-?\d{4}$/);
    const bundle = await PDFDocument.load(Buffer.from(app.attachmentBundle.contentBase64, 'base64'));
    expect(bundle.getPageCount()).toBe(2); // cover page + the one-page invoice
  });

  it('5.2: the coordinator marks it sent with MiG’s diarienummer (required); the district then sees the final status', async () => {
    const SENT = step('markClaimSentToMig', 'MarkClaimSentToMigInput');
    expect(errorOf(await run('samordnare', SENT, { input: { claimId, channel: 'E_TJANST' } }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await run('jarva.handlaggare', SENT, { input: { claimId, migCaseNumber: '1234-2026', channel: 'E_TJANST' } }))?.extensions?.code).toBe('FORBIDDEN');
    expect((await run('samordnare', SENT, { input: { claimId, migCaseNumber: '1234-2026', channel: 'E_TJANST' } })).body.errors).toBeUndefined();

    const seen = await readClaim('jarva.handlaggare', claimId);
    expect(seen).toMatchObject({ status: 'ATERSOKNING_INSKICKAD_MIG', migCaseNumber: '1234-2026', sentChannel: 'E_TJANST', allowedTransitions: [] });
    expect(seen!.history.map((h) => h.toStatus)).toEqual([
      'INITIERAD_AV_SDF', 'UNDERLAG_FRAN_SDF_INKOMMEN', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF',
      'KOMPLETTERING_FRAN_SDF_BEGARD', 'KOMPLETTERING_FRAN_SDF_INKOMMEN', 'ATERSOK_FORBEREDS_AMF', 'ATERSOKNING_INSKICKAD_MIG',
    ]);
    await smtp.waitFor((m) => m.to.includes('handlaggare.jarva@example.org') && m.subject.endsWith('Återsökning inskickad till MiG'), 'inskickad till handläggaren');
  });

  it('after sending, the coordinator hands the claim back to Statsbidragsgruppen; the district may not', async () => {
    const ASSIGN = 'mutation($input: AssignClaimResponsibleInput!) { assignClaimResponsible(input: $input) { responsibleLabel } }';
    expect((await run('samordnare', ASSIGN, { input: { claimId, username: 'samordnare' } })).body.errors).toBeUndefined();
    expect(errorOf(await run('jarva.kontakt', ASSIGN, { input: { claimId, username: null } }))?.extensions?.code).toBe('FORBIDDEN');
    const res = await run<{ assignClaimResponsible: { responsibleLabel: string } }>('samordnare', ASSIGN, { input: { claimId, username: null } });
    expect(res.body.data?.assignClaimResponsible.responsibleLabel).toBe('Statsbidragsgruppen');
  });
});
