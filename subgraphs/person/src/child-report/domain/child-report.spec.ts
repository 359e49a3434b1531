import { childReportMessage } from '../../notification/domain/child-report-message.js';
import { CHILD_RESPONSIBILITY_STATUS_LABELS, markReportedToMig, startHandling, validateChildReport } from './child-report.js';

const today = new Date('2026-11-24T10:00:00Z');
const valid = { districtCode: 'JARVA', unitCode: 'JARVA_IFO', firstName: ' Amir ', lastName: 'Haddad', birthDate: '2015-03-02', migIndividualNumber: '1234567', question: null };

describe('validateChildReport', () => {
  it('accepts and trims a complete report; empty optional fields become null', () => {
    const r = validateChildReport({ ...valid, migIndividualNumber: ' ', question: '  ', unitCode: '' }, today);
    expect(r).toEqual({
      ok: true,
      value: { districtCode: 'JARVA', unitCode: null, firstName: 'Amir', lastName: 'Haddad', birthDate: '2015-03-02', migIndividualNumber: null, question: null },
    });
  });

  it('names every field in Swedish', () => {
    const r = validateChildReport({ districtCode: '', firstName: '', lastName: 'x'.repeat(101), birthDate: '2015-02-30', migIndividualNumber: '123456', question: 'x'.repeat(4001) }, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.field, p.reason])).toEqual([
      ['districtCode', 'REQUIRED'],
      ['firstName', 'REQUIRED'],
      ['lastName', 'TOO_LONG'],
      ['birthDate', 'FORMAT'],
      ['migIndividualNumber', 'FORMAT'],
      ['question', 'TOO_LONG'],
    ]);
    expect(r.problems[4]!.message).toBe('MiG:s individnummer (dossiernummer) ska ha 7 eller 8 siffror.');
  });

  it('accepts 7 and 8 digit MiG numbers and a 4000 character question', () => {
    expect(validateChildReport({ ...valid, migIndividualNumber: '12345678', question: 'x'.repeat(4000) }, today).ok).toBe(true);
    expect(validateChildReport({ ...valid, migIndividualNumber: '123456789' }, today).ok).toBe(false);
    expect(validateChildReport({ ...valid, migIndividualNumber: '12345a7' }, today).ok).toBe(false);
  });

  it('refuses a birth date in the future or of someone who is 18', () => {
    const future = validateChildReport({ ...valid, birthDate: '2026-11-25' }, today);
    expect(!future.ok && future.problems[0]).toMatchObject({ field: 'birthDate', reason: 'FUTURE', message: 'Födelsedatum kan inte vara i framtiden.' });
    const adult = validateChildReport({ ...valid, birthDate: '2008-11-24' }, today);
    expect(!adult.ok && adult.problems[0]).toMatchObject({ field: 'birthDate', reason: 'NOT_A_CHILD' });
    expect(validateChildReport({ ...valid, birthDate: '2008-11-25' }, today).ok).toBe(true);
    expect(validateChildReport({ ...valid, birthDate: '2026-11-24' }, today).ok).toBe(true);
  });
});

describe('status machine', () => {
  it('starts handling only an incoming report', () => {
    expect(startHandling('INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN')).toEqual({ ok: true, value: { status: 'HANDLAGGS' } });
    expect(startHandling('HANDLAGGS')).toEqual({ ok: false, reason: 'WRONG_STATUS', message: 'Anmälan handläggs redan.' });
    const done = startHandling('RAPPORTERAD_TILL_MIG');
    expect(!done.ok && done.message).toMatch(/kan inte börja handläggas: den har status "Rapporterad till MiG"/);
  });

  const input = { reportedAt: '2026-11-20', note: ' Skickat via e-tjänst ', receivedOn: '2026-11-01' };

  it('marks a report under handling as reported to MiG, with date and note', () => {
    expect(markReportedToMig('HANDLAGGS', input, today)).toEqual({
      ok: true,
      value: { status: 'RAPPORTERAD_TILL_MIG', reportedToMigAt: '2026-11-20', note: 'Skickat via e-tjänst' },
    });
    expect(markReportedToMig('HANDLAGGS', { ...input, reportedAt: '2026-11-24', note: '' }, today)).toMatchObject({ ok: true, value: { note: null } });
  });

  it('refuses the wrong status with a Swedish message', () => {
    const incoming = markReportedToMig('INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN', input, today);
    expect(incoming).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
    expect(!incoming.ok && 'message' in incoming && incoming.message).toMatch(/Börja handlägga den först/);
    expect(markReportedToMig('RAPPORTERAD_TILL_MIG', input, today)).toMatchObject({ ok: false, message: 'Anmälan är redan rapporterad till MiG.' });
  });

  it('refuses a date in the future, before the report came in, and a too long note', () => {
    const problems = (r: ReturnType<typeof markReportedToMig>) => (!r.ok && 'problems' in r ? r.problems.map((p) => [p.field, p.reason]) : []);
    expect(problems(markReportedToMig('HANDLAGGS', { ...input, reportedAt: '2026-11-25' }, today))).toEqual([['reportedAt', 'FUTURE']]);
    expect(problems(markReportedToMig('HANDLAGGS', { ...input, reportedAt: '2026-10-31' }, today))).toEqual([['reportedAt', 'BEFORE_RECEIVED']]);
    expect(problems(markReportedToMig('HANDLAGGS', { ...input, reportedAt: '2026-13-01', note: 'x'.repeat(4001) }, today))).toEqual([
      ['reportedAt', 'FORMAT'],
      ['note', 'TOO_LONG'],
    ]);
  });

  it('has a Swedish label for every status', () => {
    expect(CHILD_RESPONSIBILITY_STATUS_LABELS.INKOMMEN_UPPGIFT_OM_ANSVAR_FOR_ASYLBARN).toBe('Inkommen uppgift om ansvar för asylbarn');
  });
});

describe('notification text', () => {
  it('names the child and links to the report, nothing more', () => {
    const m = childReportMessage('CREATED', { id: 'abc', firstName: 'Amir', lastName: 'Haddad', districtName: 'Järva' });
    expect(m.title).toBe('Ny anmälan om ansvar för asylsökande barn: Amir Haddad');
    expect(m.link).toBe('/barnanmalningar/abc');
    expect(m.body).toContain('/barnanmalningar/abc');
    expect(m.body).not.toMatch(/\d{6}/);
  });
});
