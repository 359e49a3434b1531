import { createTestDatabase } from '@statsbidrag/db';
import type { Identity } from '@statsbidrag/domain';
import { migrateSubgraph, seedSubgraph, startSubgraph, type RunningSubgraph } from '@statsbidrag/graphql-kit';
import { callSubgraph, TEST_INTERNAL_SECRET, testIdentities } from '@statsbidrag/graphql-kit/testing';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './testing/test-smtp.js';
import { SmtpMailSender } from './notification/infra/smtp-mail-sender.js';
import { createPersonSubgraph } from './subgraph.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: RunningSubgraph;
let smtp: TestSmtp;
const senders: SmtpMailSender[] = [];

const identities = {
  ...testIdentities,
  administrator: { sub: 'administrator', name: 'Ada Administratör', roles: ['ADMINISTRATOR'], districtCodes: [] } as Identity,
  jarvaContact: { sub: 'jarva.kontakt', name: 'Kim Kontakt (Järva)', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] } as Identity,
};
const as = (identity: keyof typeof identities, variables?: Record<string, unknown>) => ({ identity: identities[identity], secret: TEST_INTERNAL_SECRET, variables });

/** Waits until the mail queue has delivered a message with this subject (mail leaves after the commit). */
function mailWithSubject(subject: string): Promise<ReceivedMail> {
  return smtp.waitFor((m) => m.subject === subject, `"${subject}"`, 20_000);
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  const sender = new SmtpMailSender(smtp.url);
  senders.push(sender);

  db = await createTestDatabase('person');
  const definition = createPersonSubgraph({ mailSender: sender, links: { portal: 'https://statsbidrag.example.org', sdf: 'https://sdf.example.org' } });
  await migrateSubgraph(definition, db.url);
  await seedSubgraph(definition, db.url);
  subgraph = await startSubgraph(definition, { databaseUrl: db.url, internalSecret: TEST_INTERNAL_SECRET, port: 0 });
});
afterAll(async () => {
  await subgraph?.close();
  for (const s of senders) s.close();
  await smtp?.close();
  await db?.drop();
});

const REPORT_FIELDS = 'id districtCode unitCode officerUsername fullName birthDate migIndividualNumber question status statusLabel handledBy reportedToMigAt note district { code name } history { username fromStatus toStatus }';
const REPORT = `mutation($input: ReportChildResponsibilityInput!) { reportChildResponsibility(input: $input) { ${REPORT_FIELDS} } }`;
const START = `mutation($id: ID!) { startHandlingChildReport(input: { id: $id }) { ${REPORT_FIELDS} } }`;
const MARK = `mutation($input: MarkChildReportReportedToMigInput!) { markChildReportReportedToMig(input: $input) { ${REPORT_FIELDS} } }`;
const ONE = `query($id: ID!) { childResponsibilityReport(id: $id) { ${REPORT_FIELDS} } }`;
const LIST = 'query($f: ChildResponsibilityReportFilterInput) { childResponsibilityReports(filter: $f, first: 50) { totalCount edges { node { id districtCode status } } pageInfo { hasNextPage } } }';
const NOTIFICATIONS = 'query($u: Boolean) { myNotifications(unreadOnly: $u) { id title body link readAt } }';

type Report = { id: string; status: string; statusLabel: string; handledBy: string | null; reportedToMigAt: string | null; note: string | null; history: { username: string; fromStatus: string | null; toStatus: string }[] } & Record<string, unknown>;
type Notification = { id: string; title: string; body: string; link: string; readAt: string | null };

const child = { districtCode: 'JARVA', unitCode: 'JARVA_IFO', firstName: 'Amir', lastName: 'Haddad', birthDate: '2016-05-04', migIndividualNumber: '7654321', question: 'Gäller schablonen från ankomstdatum?' };
const today = new Date().toISOString().slice(0, 10);
let reportId: string;

const notificationsOf = async (who: keyof typeof identities, unreadOnly = false) =>
  (await callSubgraph<{ myNotifications: Notification[] }>(subgraph.url, NOTIFICATIONS, as(who, { u: unreadOnly }))).body.data!.myNotifications;

describe('child-responsibility reports', () => {
  it('a Järva officer reports a child: status, history, in-app notification and e-mail to the contact person', async () => {
    const res = await callSubgraph<{ reportChildResponsibility: Report }>(subgraph.url, REPORT, as('jarvaOfficer', { input: child }));
    expect(res.body.errors).toBeUndefined();
    const report = res.body.data!.reportChildResponsibility;
    reportId = report.id;
    expect(report).toMatchObject({
      districtCode: 'JARVA',
      unitCode: 'JARVA_IFO',
      officerUsername: 'jarva.handlaggare',
      fullName: 'Amir Haddad',
      birthDate: '2016-05-04',
      migIndividualNumber: '7654321',
      status: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN',
      statusLabel: 'Inkommen uppgift om ansvar för asylbarn',
      handledBy: null,
      district: { code: 'JARVA', name: 'Järva' },
      history: [{ username: 'jarva.handlaggare', fromStatus: null, toStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' }],
    });

    const [notification] = await notificationsOf('jarvaContact');
    expect(notification).toMatchObject({ title: 'Ny anmälan om ansvar för asylsökande barn: Amir Haddad', link: `/barnanmalningar/${reportId}`, readAt: null });
    expect(notification!.body).not.toContain('7654321');
    expect(notification!.body).not.toContain('2016');
    expect(await notificationsOf('jarvaOfficer')).toEqual([]);

    const mail = await mailWithSubject('Ny anmälan om ansvar för asylsökande barn: Amir Haddad');
    expect(smtp.received).toHaveLength(1);
    expect(mail.to).toEqual(['kontakt.jarva@example.org']);
    expect(mail.text).toContain('Se anmälan: https://sdf.example.org/barnanmalningar'); // the contact works in the SDF app
    expect(mail.text).not.toContain('7654321');
  });

  it('logs every read of the child’s birth date and MiG individnummer, as for persons', async () => {
    await subgraph.orm.em.fork().getConnection().execute('delete from person.audit_entry');
    const res = await callSubgraph<{ childResponsibilityReport: Report }>(subgraph.url, `query ReportCard($id: ID!) { childResponsibilityReport(id: $id) { fullName birthDate migIndividualNumber } }`, as('jarvaContact', { id: reportId }));
    expect(res.body.data?.childResponsibilityReport).toMatchObject({ birthDate: '2016-05-04', migIndividualNumber: '7654321' });
    await callSubgraph(subgraph.url, `query NamesOnly($id: ID!) { childResponsibilityReport(id: $id) { fullName } }`, as('jarvaContact', { id: reportId }));
    const rows = (await subgraph.orm.em.fork().getConnection().execute('select username, person_id, subject_type, fields, operation from person.audit_entry')) as Record<string, unknown>[];
    expect(rows).toEqual([{ username: 'jarva.kontakt', person_id: reportId, subject_type: 'CHILD_REPORT', fields: ['migIndividualNumber', 'birthDate'], operation: 'ReportCard' }]);
    const log = await callSubgraph<{ auditLog: { edges: { node: { subjectType: string; personId: string } }[] } }>(
      subgraph.url, 'query($f: AuditLogFilterInput) { auditLog(filter: $f) { edges { node { subjectType personId } } } }',
      { identity: { sub: 'systemansvarig', name: 'Sam', roles: ['SYSTEM_ADMIN'], districtCodes: [] } as Identity, secret: TEST_INTERNAL_SECRET, variables: { f: { personId: reportId } } },
    );
    expect(log.body.data?.auditLog.edges.map((e) => e.node)).toEqual([{ subjectType: 'CHILD_REPORT', personId: reportId }]);
  });

  it('a Farsta officer can neither see nor report for Järva', async () => {
    const one = await callSubgraph<{ childResponsibilityReport: unknown }>(subgraph.url, ONE, as('farstaOfficer', { id: reportId }));
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.childResponsibilityReport).toBeNull();
    const list = await callSubgraph<{ childResponsibilityReports: { totalCount: number } }>(subgraph.url, LIST, as('farstaOfficer', { f: { districtCode: 'JARVA' } }));
    expect(list.body.data?.childResponsibilityReports.totalCount).toBe(0);
    const report = await callSubgraph(subgraph.url, REPORT, as('farstaOfficer', { input: child }));
    expect(report.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(report.body.errors?.[0]?.message).toMatch(/din egen stadsdel/);
    const start = await callSubgraph(subgraph.url, START, as('jarvaOfficer', { id: reportId }));
    expect(start.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const analyst = await callSubgraph(subgraph.url, LIST, as('analyst'));
    expect(analyst.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(smtp.received).toHaveLength(1);
  });

  it('the Järva staff and AmF see the report; validation names the field', async () => {
    const mine = await callSubgraph<{ childResponsibilityReports: { totalCount: number; edges: { node: { id: string } }[] } }>(subgraph.url, LIST, as('jarvaContact'));
    expect(mine.body.data?.childResponsibilityReports.edges.map((e) => e.node.id)).toEqual([reportId]);
    const incoming = await callSubgraph<{ childResponsibilityReports: { totalCount: number } }>(
      subgraph.url,
      LIST,
      as('coordinator', { f: { statuses: ['INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN'], districtCode: 'JARVA' } }),
    );
    expect(incoming.body.data?.childResponsibilityReports.totalCount).toBe(1);
    const bad = await callSubgraph(subgraph.url, REPORT, as('jarvaOfficer', { input: { ...child, migIndividualNumber: '123' } }));
    expect(bad.body.errors?.[0]).toMatchObject({ message: 'MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.', extensions: { code: 'BAD_USER_INPUT', field: 'migIndividualNumber' } });
    const unit = await callSubgraph(subgraph.url, REPORT, as('jarvaOfficer', { input: { ...child, unitCode: 'FARSTA_IFO' } }));
    expect(unit.body.errors?.[0]?.extensions).toMatchObject({ field: 'unitCode' });
  });

  it('an administrator starts handling and marks it reported to MiG; the contact person is notified each time', async () => {
    const started = await callSubgraph<{ startHandlingChildReport: Report }>(subgraph.url, START, as('administrator', { id: reportId }));
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data?.startHandlingChildReport).toMatchObject({ status: 'HANDLAGGS', handledBy: 'administrator' });

    const marked = await callSubgraph<{ markChildReportReportedToMig: Report }>(subgraph.url, MARK, as('administrator', { input: { id: reportId, reportedAt: today, note: 'Rapporterat i e-tjänsten.' } }));
    expect(marked.body.errors).toBeUndefined();
    expect(marked.body.data?.markChildReportReportedToMig).toMatchObject({
      status: 'RAPPORTERAD_TILL_MIG',
      statusLabel: 'Rapporterad till MiG',
      reportedToMigAt: today,
      note: 'Rapporterat i e-tjänsten.',
      history: [
        { username: 'jarva.handlaggare', fromStatus: null, toStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' },
        { username: 'administrator', fromStatus: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', toStatus: 'HANDLAGGS' },
        { username: 'administrator', fromStatus: 'HANDLAGGS', toStatus: 'RAPPORTERAD_TILL_MIG' },
      ],
    });

    const titles = (await notificationsOf('jarvaContact')).map((n) => n.title);
    expect(titles).toEqual([
      'Anmälan om asylsökande barn rapporterad till Migrationsverket: Amir Haddad',
      'Anmälan om asylsökande barn handläggs: Amir Haddad',
      'Ny anmälan om ansvar för asylsökande barn: Amir Haddad',
    ]);
    // the mail queue sends each once; two mails queued in the same second may go out in either order
    await mailWithSubject('Anmälan om asylsökande barn handläggs: Amir Haddad');
    await mailWithSubject('Anmälan om asylsökande barn rapporterad till Migrationsverket: Amir Haddad');
    expect(smtp.received.map((m) => m.subject).sort()).toEqual([
      'Anmälan om asylsökande barn handläggs: Amir Haddad',
      'Anmälan om asylsökande barn rapporterad till Migrationsverket: Amir Haddad',
      'Ny anmälan om ansvar för asylsökande barn: Amir Haddad',
    ]);
  });

  it('refuses a wrong transition with CONFLICT and a Swedish message, and a future date', async () => {
    const again = await callSubgraph(subgraph.url, START, as('administrator', { id: reportId }));
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(again.body.errors?.[0]?.message).toMatch(/kan inte börja handläggas: den har status "Rapporterad till MiG"/);
    const twice = await callSubgraph(subgraph.url, MARK, as('coordinator', { input: { id: reportId, reportedAt: today } }));
    expect(twice.body.errors?.[0]).toMatchObject({ message: 'Anmälan är redan rapporterad till MiG.', extensions: { code: 'CONFLICT' } });

    const fresh = await callSubgraph<{ reportChildResponsibility: Report }>(subgraph.url, REPORT, as('coordinator', { input: { ...child, firstName: 'Sara', migIndividualNumber: null } }));
    const id = fresh.body.data!.reportChildResponsibility.id;
    const early = await callSubgraph(subgraph.url, MARK, as('administrator', { input: { id, reportedAt: today } }));
    expect(early.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(early.body.errors?.[0]?.message).toMatch(/Börja handlägga den först/);
    await callSubgraph(subgraph.url, START, as('administrator', { id }));
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await callSubgraph(subgraph.url, MARK, as('administrator', { input: { id, reportedAt: tomorrow } }));
    expect(future.body.errors?.[0]).toMatchObject({ message: 'Datum för rapporteringen till MiG kan inte vara i framtiden.', extensions: { code: 'BAD_USER_INPUT', field: 'reportedAt' } });
    const missing = await callSubgraph(subgraph.url, START, as('administrator', { id: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('saves the report and the in-app notification at once, and delivers the e-mail on a later attempt when the SMTP server refuses at first', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    smtp.refuseNext(1);
    try {
      const res = await callSubgraph<{ reportChildResponsibility: Report }>(subgraph.url, REPORT, as('jarvaOfficer', { input: { ...child, firstName: 'Nour' } }));
      expect(res.body.errors).toBeUndefined();
      const id = res.body.data!.reportChildResponsibility.id;
      const saved = await callSubgraph<{ childResponsibilityReport: Report }>(subgraph.url, ONE, as('jarvaOfficer', { id }));
      expect(saved.body.data?.childResponsibilityReport).toMatchObject({ status: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', fullName: 'Nour Haddad' });
      expect((await notificationsOf('jarvaContact'))[0]?.title).toBe('Ny anmälan om ansvar för asylsökande barn: Nour Haddad');
      const mail = await mailWithSubject('Ny anmälan om ansvar för asylsökande barn: Nour Haddad');
      expect(mail.to).toEqual(['kontakt.jarva@example.org']);
      expect(smtp.received.filter((m) => m.subject === mail.subject)).toHaveLength(1);
    } finally {
      console.error = original;
    }
    expect(smtp.refusalsLeft()).toBe(0);
    expect(logged.map((args) => String(args[0]))).toContainEqual(expect.stringMatching(/kontakt\.jarva@example\.org kunde inte skickas .*försöker igen/));
  });

  it('lets the district correct a report’s data: history names the fields, the contact person is told which changed', async () => {
    const UPDATE = `mutation($input: UpdateChildReportInput!) { updateChildReport(input: $input) { ${REPORT_FIELDS} history { changedFields } } }`;
    const created = await callSubgraph<{ reportChildResponsibility: Report }>(subgraph.url, REPORT, as('jarvaOfficer', { input: { ...child, firstName: 'Lina' } }));
    const id = created.body.data!.reportChildResponsibility.id;
    const input = { id, unitCode: 'JARVA_IFO', firstName: 'Lina', lastName: 'Haddad', birthDate: '2016-06-04', migIndividualNumber: '7654321', question: child.question };
    const res = await callSubgraph<{ updateChildReport: Omit<Report, 'history'> & { history: { changedFields: string[] | null; toStatus: string }[] } }>(subgraph.url, UPDATE, as('jarvaContact', { input }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.updateChildReport).toMatchObject({ birthDate: '2016-06-04', status: 'INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN' });
    expect(res.body.data!.updateChildReport.history.map((h) => h.changedFields)).toEqual([null, ['birthDate']]);
    const [note] = await notificationsOf('jarvaContact');
    expect(note).toMatchObject({ title: 'Anmälan om asylsökande barn ändrad: Lina Haddad', link: `/barnanmalningar/${id}` });
    expect(note!.body).toContain('har ändrats: födelsedatum.');
    expect(note!.body).not.toContain('2016');
    await mailWithSubject('Anmälan om asylsökande barn ändrad: Lina Haddad');

    // nothing changed: no history row, no notification
    const same = await callSubgraph<{ updateChildReport: { history: unknown[] } }>(subgraph.url, UPDATE, as('jarvaOfficer', { input }));
    expect(same.body.data!.updateChildReport.history).toHaveLength(2);
    expect((await notificationsOf('jarvaContact'))[0]!.id).toBe(note!.id);

    const bad = await callSubgraph(subgraph.url, UPDATE, as('jarvaOfficer', { input: { ...input, birthDate: '2000-01-01' } }));
    expect(bad.body.errors?.[0]).toMatchObject({ message: 'Barnet måste vara under 18 år.', extensions: { code: 'BAD_USER_INPUT', field: 'birthDate' } });
    const otherDistrict = await callSubgraph(subgraph.url, UPDATE, as('farstaOfficer', { input: { ...input, firstName: 'X' } }));
    expect(otherDistrict.body.errors?.[0]).toMatchObject({ message: 'Anmälan finns inte.', extensions: { code: 'NOT_FOUND' } });
    const wrongUnit = await callSubgraph(subgraph.url, UPDATE, as('coordinator', { input: { ...input, unitCode: 'FARSTA_IFO' } }));
    expect(wrongUnit.body.errors?.[0]?.extensions).toMatchObject({ field: 'unitCode', reason: 'UNKNOWN_UNIT' });
  });
});

describe('notifications', () => {
  it('are marked read by their recipient only', async () => {
    const unread = await notificationsOf('jarvaContact', true);
    expect(unread.length).toBeGreaterThan(0);
    const MARK_READ = 'mutation($id: ID!) { markNotificationRead(input: { id: $id }) { id readAt } }';
    const other = await callSubgraph(subgraph.url, MARK_READ, as('jarvaOfficer', { id: unread[0]!.id }));
    expect(other.body.errors?.[0]).toMatchObject({ message: 'Aviseringen finns inte.', extensions: { code: 'NOT_FOUND' } });
    const mine = await callSubgraph<{ markNotificationRead: { readAt: string | null } }>(subgraph.url, MARK_READ, as('jarvaContact', { id: unread[0]!.id }));
    expect(mine.body.data?.markNotificationRead.readAt).not.toBeNull();
    expect(await notificationsOf('jarvaContact', true)).toHaveLength(unread.length - 1);
  });
});
