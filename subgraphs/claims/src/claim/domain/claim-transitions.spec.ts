import { ALL_CLAIM_STATUSES, ClaimStatus, type Identity } from '@statsbidrag/domain';
import {
  ALL_CLAIM_COMMANDS,
  allowedTransitions,
  CLAIM_TRANSITIONS,
  ruleFor,
  transition,
  type ClaimCommand,
  type ClaimForTransition,
  type TransitionCommand,
} from './claim-transitions.js';

const TODAY = '2026-11-24';
const coordinator: Identity = { sub: 'samordnare', name: 'Sara', roles: ['COORDINATOR'], districtCodes: [] };
const administrator: Identity = { sub: 'admin', name: 'Adam', roles: ['ADMINISTRATOR'], districtCodes: [] };
const analyst: Identity = { sub: 'bi', name: 'Bea', roles: ['ANALYST'], districtCodes: [] };
const jarvaOfficer: Identity = { sub: 'jarva.handlaggare', name: 'Hedda', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] };
const jarvaContact: Identity = { sub: 'jarva.kontakt', name: 'Kim', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] };
const farstaOfficer: Identity = { sub: 'farsta.handlaggare', name: 'Frida', roles: ['DISTRICT_OFFICER'], districtCodes: ['FARSTA'] };

/** A complete, valid command of each kind. */
const VALID: Record<ClaimCommand, TransitionCommand> = {
  MARK_DOCUMENTS_RECEIVED: { command: 'MARK_DOCUMENTS_RECEIVED' },
  CONFIRM: { command: 'CONFIRM', comment: 'Belopp och period ifyllda.' },
  DECLINE: { command: 'DECLINE', reason: 'Personen har inte fått insatsen.' },
  ACCEPT: { command: 'ACCEPT' },
  REJECT: { command: 'REJECT', reasonCode: 'DUBBLETT', reason: 'Samma period sökt i ärende 12.' },
  START_PREPARING: { command: 'START_PREPARING' },
  REQUEST_SUPPLEMENT: { command: 'REQUEST_SUPPLEMENT', description: 'Insatsbeslut saknas.', replyBy: '2026-12-15' },
  ANSWER_SUPPLEMENT: { command: 'ANSWER_SUPPLEMENT', answer: 'Insatsbeslutet bifogat.' },
  RESUME_PREPARATION: { command: 'RESUME_PREPARATION' },
  MARK_SENT_TO_MIG: { command: 'MARK_SENT_TO_MIG', migCaseNumber: '4321-2026-123', channel: 'E_TJANST' },
  FINISH: { command: 'FINISH', comment: 'Allt utbetalt.' },
  MARK_PARTLY_GRANTED: { command: 'MARK_PARTLY_GRANTED' },
};

/** A claim whose details are all filled in (so CONFIRM is only refused for its status, role or district). */
const claimIn = (status: ClaimStatus, districtCode = 'JARVA'): ClaimForTransition => ({
  status, districtCode, amountOre: 125_000, periodFrom: '2026-01-01', periodTo: '2026-03-31', unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare',
});
const rightCaller = (command: ClaimCommand): Identity => (ruleFor(command).roles.includes('COORDINATOR') ? coordinator : jarvaOfficer);

describe('the table of allowed transitions', () => {
  const allowed = CLAIM_TRANSITIONS.flatMap((rule) => rule.from.map((from) => [rule.command, from, rule.to] as const));

  it('lists exactly the flow of steps 1a–5.2 and the two hand steps after MiG’s decision', () => {
    expect(allowed.map(([c, f, t]) => `${f} -${c}-> ${t}`).sort()).toEqual(
      [
        'INITIERAD_AV_SDF -MARK_DOCUMENTS_RECEIVED-> UNDERLAG_FRAN_SDF_INKOMMEN',
        'INITIERAD_TILL_SDF -CONFIRM-> ATERSOKNING_BEKRAFTAD_SDF',
        'INITIERAD_TILL_SDF -DECLINE-> ATERSOKNING_AVVISAD_SDF',
        'INITIERAD_AV_SDF -ACCEPT-> ATERSOK_ACCEPTERAD_AMF',
        'UNDERLAG_FRAN_SDF_INKOMMEN -ACCEPT-> ATERSOK_ACCEPTERAD_AMF',
        'ATERSOKNING_BEKRAFTAD_SDF -ACCEPT-> ATERSOK_ACCEPTERAD_AMF',
        'INITIERAD_AV_SDF -REJECT-> ATERSOK_AVVISA_AMF',
        'UNDERLAG_FRAN_SDF_INKOMMEN -REJECT-> ATERSOK_AVVISA_AMF',
        'ATERSOKNING_BEKRAFTAD_SDF -REJECT-> ATERSOK_AVVISA_AMF',
        'ATERSOK_ACCEPTERAD_AMF -START_PREPARING-> ATERSOK_FORBEREDS_AMF',
        'ATERSOK_FORBEREDS_AMF -REQUEST_SUPPLEMENT-> KOMPLETTERING_FRAN_SDF_BEGARD',
        'KOMPLETTERING_FRAN_SDF_BEGARD -ANSWER_SUPPLEMENT-> KOMPLETTERING_FRAN_SDF_INKOMMEN',
        'KOMPLETTERING_FRAN_SDF_INKOMMEN -RESUME_PREPARATION-> ATERSOK_FORBEREDS_AMF',
        'ATERSOK_FORBEREDS_AMF -MARK_SENT_TO_MIG-> ATERSOKNING_INSKICKAD_MIG',
        'BESLUTAD -FINISH-> FARDIGBEHANDLAT',
        'DELVIS_BEVILJAT -FINISH-> FARDIGBEHANDLAT',
        'UTBETALD -FINISH-> FARDIGBEHANDLAT',
        'ATERSOKNING_INSKICKAD_MIG -MARK_PARTLY_GRANTED-> DELVIS_BEVILJAT',
        'BESLUTAD -MARK_PARTLY_GRANTED-> DELVIS_BEVILJAT',
        'UTBETALD -MARK_PARTLY_GRANTED-> DELVIS_BEVILJAT',
      ].sort(),
    );
  });

  it.each(allowed)('%s from %s goes to %s for the right role, with a history entry', (command, from, to) => {
    const caller = rightCaller(command);
    const result = transition(claimIn(from), VALID[command], caller, TODAY);
    expect(result).toMatchObject({ ok: true, fromStatus: from, toStatus: to, history: { changedBy: caller.sub, fromStatus: from, toStatus: to } });
  });

  it.each(allowed)('%s from %s is refused to a wrong role (FORBIDDEN_ROLE) and to another district (OTHER_DISTRICT)', (command, from) => {
    const districtStep = ruleFor(command).roles.includes('DISTRICT_OFFICER');
    const wrongRole = districtStep ? coordinator : jarvaOfficer;
    expect(transition(claimIn(from), VALID[command], wrongRole, TODAY)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    expect(transition(claimIn(from), VALID[command], analyst, TODAY)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    if (districtStep) {
      expect(transition(claimIn(from), VALID[command], farstaOfficer, TODAY)).toMatchObject({ ok: false, reason: 'OTHER_DISTRICT' });
      expect(transition(claimIn(from), VALID[command], jarvaContact, TODAY)).toMatchObject({ ok: true });
    }
  });
});

describe('every status × command that is not in the table', () => {
  const refused = ALL_CLAIM_STATUSES.flatMap((status) =>
    ALL_CLAIM_COMMANDS.filter((command) => !ruleFor(command).from.includes(status)).map((command) => [command, status] as const),
  );

  it('covers the 15 statuses × 12 commands minus the allowed ones', () => {
    expect(refused).toHaveLength(15 * 12 - 20);
  });

  it.each(refused)('%s from %s is refused with WRONG_STATUS, naming the current status', (command, status) => {
    const result = transition(claimIn(status), VALID[command], rightCaller(command), TODAY);
    expect(result).toMatchObject({ ok: false, reason: 'WRONG_STATUS', status });
    expect(result.ok ? '' : result.message).toMatch(/: den har status "[^"]+"\.$/);
  });
});

describe('messages and required fields', () => {
  it('names the current status label in Swedish', () => {
    const result = transition(claimIn('ATERSOK_AVVISA_AMF'), VALID.ACCEPT, coordinator, TODAY);
    expect(result).toMatchObject({ ok: false, message: 'Återsökningen kan inte accepteras: den har status "Återsökning avvisad av AmF".' });
  });

  it('says which role may act', () => {
    expect(transition(claimIn('INITIERAD_AV_SDF'), VALID.ACCEPT, jarvaOfficer, TODAY)).toMatchObject({
      ok: false, reason: 'FORBIDDEN_ROLE', message: 'Återsökningen kan inte accepteras: det får bara Samordnare AmF göra.',
    });
    expect(transition(claimIn('INITIERAD_AV_SDF'), VALID.ACCEPT, administrator, TODAY)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
  });

  it('checks role and district before status, and status before fields', () => {
    expect(transition(claimIn('FARDIGBEHANDLAT'), { command: 'DECLINE' }, farstaOfficer, TODAY)).toMatchObject({ reason: 'OTHER_DISTRICT' });
    expect(transition(claimIn('FARDIGBEHANDLAT'), { command: 'DECLINE' }, jarvaOfficer, TODAY)).toMatchObject({ reason: 'WRONG_STATUS' });
  });

  const fieldCases: [string, ClaimStatus, TransitionCommand, Identity, { field: string; reason: string }[]][] = [
    ['decline without reason', 'INITIERAD_TILL_SDF', { command: 'DECLINE', reason: '   ' }, jarvaOfficer, [{ field: 'reason', reason: 'REQUIRED' }]],
    ['reject without code and text', 'INITIERAD_AV_SDF', { command: 'REJECT' }, coordinator, [{ field: 'reasonCode', reason: 'REQUIRED' }, { field: 'reason', reason: 'REQUIRED' }]],
    ['reject with an unknown code', 'INITIERAD_AV_SDF', { command: 'REJECT', reasonCode: 'TRIST', reason: 'x' }, coordinator, [{ field: 'reasonCode', reason: 'UNKNOWN_REASON' }]],
    ['supplement without anything', 'ATERSOK_FORBEREDS_AMF', { command: 'REQUEST_SUPPLEMENT' }, coordinator, [{ field: 'description', reason: 'REQUIRED' }, { field: 'replyBy', reason: 'REQUIRED' }]],
    ['supplement replying yesterday', 'ATERSOK_FORBEREDS_AMF', { command: 'REQUEST_SUPPLEMENT', description: 'x', replyBy: '2026-11-23' }, coordinator, [{ field: 'replyBy', reason: 'IN_PAST' }]],
    ['supplement on 30 February', 'ATERSOK_FORBEREDS_AMF', { command: 'REQUEST_SUPPLEMENT', description: 'x', replyBy: '2027-02-30' }, coordinator, [{ field: 'replyBy', reason: 'FORMAT' }]],
    ['answer without text', 'KOMPLETTERING_FRAN_SDF_BEGARD', { command: 'ANSWER_SUPPLEMENT', answer: '' }, jarvaContact, [{ field: 'answer', reason: 'REQUIRED' }]],
    ['sent without diarienummer and channel', 'ATERSOK_FORBEREDS_AMF', { command: 'MARK_SENT_TO_MIG' }, coordinator, [{ field: 'migCaseNumber', reason: 'REQUIRED' }, { field: 'channel', reason: 'REQUIRED' }]],
    ['sent by fax', 'ATERSOK_FORBEREDS_AMF', { command: 'MARK_SENT_TO_MIG', migCaseNumber: '1', channel: 'FAX' }, coordinator, [{ field: 'channel', reason: 'UNKNOWN_CHANNEL' }]],
    ['a comment of 4 001 characters', 'ATERSOK_ACCEPTERAD_AMF', { command: 'START_PREPARING', comment: 'x'.repeat(4001) }, coordinator, [{ field: 'comment', reason: 'TOO_LONG' }]],
  ];
  it.each(fieldCases)('refuses %s with INVALID_INPUT and each problem', (_name, status, command, caller, problems) => {
    const result = transition(claimIn(status), command, caller, TODAY);
    expect(result).toMatchObject({ ok: false, reason: 'INVALID_INPUT', status });
    expect(result.ok ? [] : result.problems.map(({ field, reason }) => ({ field, reason }))).toEqual(problems);
  });

  it('accepts a reply-by date of today and records what each step carries', () => {
    expect(transition(claimIn('ATERSOK_FORBEREDS_AMF'), { command: 'REQUEST_SUPPLEMENT', description: ' Insatsbeslut ', replyBy: TODAY }, coordinator, TODAY)).toMatchObject({
      ok: true, effects: { supplementRequest: { description: 'Insatsbeslut', replyBy: TODAY } }, history: { reason: `Insatsbeslut (svar senast ${TODAY})` },
    });
    expect(transition(claimIn('INITIERAD_AV_SDF'), VALID.REJECT, coordinator, TODAY)).toMatchObject({
      ok: true, effects: { rejection: { code: 'DUBBLETT', text: 'Samma period sökt i ärende 12.' } }, history: { reason: 'Dubblett: Samma period sökt i ärende 12.' },
    });
    expect(transition(claimIn('ATERSOK_FORBEREDS_AMF'), VALID.MARK_SENT_TO_MIG, coordinator, TODAY)).toMatchObject({
      ok: true, effects: { sentToMig: { migCaseNumber: '4321-2026-123', channel: 'E_TJANST' } }, history: { reason: 'Diarienummer 4321-2026-123 (MiG:s e-tjänst)' },
    });
    expect(transition(claimIn('INITIERAD_AV_SDF'), VALID.ACCEPT, coordinator, TODAY)).toMatchObject({ ok: true, effects: {}, history: { reason: null } });
  });
});

describe('confirming an AmF proposal (step 1b) needs the district\'s details', () => {
  const proposal = (details: Partial<ClaimForTransition>) => ({ ...claimIn('INITIERAD_TILL_SDF'), ...details });
  const cases: [string, Partial<ClaimForTransition>, { field: string; reason: string; message: string }[]][] = [
    ['without amount', { amountOre: null }, [{ field: 'amount', reason: 'REQUIRED', message: 'Fyll i belopp och period innan du bekräftar.' }]],
    ['without period', { periodFrom: null, periodTo: null }, [{ field: 'periodFrom', reason: 'REQUIRED', message: 'Fyll i belopp och period innan du bekräftar.' }]],
    ['without period end', { periodTo: null }, [{ field: 'periodTo', reason: 'REQUIRED', message: 'Fyll i belopp och period innan du bekräftar.' }]],
    ['without unit', { unitCode: null }, [{ field: 'unitCode', reason: 'REQUIRED', message: 'Ange enhet och handläggare innan du bekräftar.' }]],
    ['without officer', { officerUsername: null }, [{ field: 'officerUsername', reason: 'REQUIRED', message: 'Ange enhet och handläggare innan du bekräftar.' }]],
    [
      'with nothing filled in',
      { amountOre: null, periodFrom: null, periodTo: null, unitCode: null, officerUsername: null },
      [
        { field: 'amount', reason: 'REQUIRED', message: 'Fyll i belopp och period innan du bekräftar.' },
        { field: 'unitCode', reason: 'REQUIRED', message: 'Ange enhet och handläggare innan du bekräftar.' },
      ],
    ],
  ];
  it.each(cases)('refuses CONFIRM %s with INVALID_INPUT', (_name, details, problems) => {
    const result = transition(proposal(details), VALID.CONFIRM, jarvaContact, TODAY);
    expect(result).toMatchObject({ ok: false, reason: 'INVALID_INPUT', status: 'INITIERAD_TILL_SDF' });
    expect(result.ok ? [] : result.problems).toEqual(problems);
  });

  it('confirms a proposal with amount, period, unit and officer; an amount of 0 öre counts as filled in', () => {
    expect(transition(proposal({}), VALID.CONFIRM, jarvaOfficer, TODAY)).toMatchObject({ ok: true, toStatus: 'ATERSOKNING_BEKRAFTAD_SDF' });
    expect(transition(proposal({ amountOre: 0 }), VALID.CONFIRM, jarvaOfficer, TODAY)).toMatchObject({ ok: true });
  });

  it('still checks role, district and status before the missing details', () => {
    const empty = { amountOre: null, periodFrom: null, periodTo: null, unitCode: null, officerUsername: null };
    expect(transition(proposal(empty), VALID.CONFIRM, coordinator, TODAY)).toMatchObject({ ok: false, reason: 'FORBIDDEN_ROLE' });
    expect(transition(proposal(empty), VALID.CONFIRM, farstaOfficer, TODAY)).toMatchObject({ ok: false, reason: 'OTHER_DISTRICT' });
    expect(transition({ ...proposal(empty), status: 'ATERSOKNING_BEKRAFTAD_SDF' }, VALID.CONFIRM, jarvaOfficer, TODAY)).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
  });
  it('does not ask for the details on any other command', () => {
    const empty = { ...claimIn('INITIERAD_TILL_SDF'), amountOre: null, periodFrom: null, periodTo: null, unitCode: null, officerUsername: null };
    expect(transition(empty, VALID.DECLINE, jarvaOfficer, TODAY)).toMatchObject({ ok: true, toStatus: 'ATERSOKNING_AVVISAD_SDF' });
  });
});

describe('allowedTransitions', () => {
  it('shows a coordinator accept and reject on a new district claim, and the district nothing of AmF’s', () => {
    expect(allowedTransitions(claimIn('UNDERLAG_FRAN_SDF_INKOMMEN'), coordinator).map((r) => r.command)).toEqual(['ACCEPT', 'REJECT']);
    expect(allowedTransitions(claimIn('UNDERLAG_FRAN_SDF_INKOMMEN'), jarvaOfficer)).toEqual([]);
  });
  it('shows the own district confirm and decline on a proposal, another district nothing', () => {
    expect(allowedTransitions(claimIn('INITIERAD_TILL_SDF'), jarvaContact).map((r) => r.command)).toEqual(['CONFIRM', 'DECLINE']);
    expect(allowedTransitions(claimIn('INITIERAD_TILL_SDF'), farstaOfficer)).toEqual([]);
  });
  it('offers a preparing claim a supplement request or sending to MiG; after it is sent only "delvis beviljad"', () => {
    expect(allowedTransitions(claimIn('ATERSOK_FORBEREDS_AMF'), coordinator).map((r) => r.command)).toEqual(['REQUEST_SUPPLEMENT', 'MARK_SENT_TO_MIG']);
    expect(allowedTransitions(claimIn('ATERSOKNING_INSKICKAD_MIG'), coordinator).map((r) => r.command)).toEqual(['MARK_PARTLY_GRANTED']);
    expect(allowedTransitions(claimIn('ATERSOK_FORBEREDS_AMF'), analyst)).toEqual([]);
  });
  it('lets the coordinator and AmF’s administrator finish a decided claim or mark it partly granted; the district and BI nothing', () => {
    for (const caller of [coordinator, administrator]) {
      expect(allowedTransitions(claimIn('BESLUTAD'), caller).map((r) => [r.command, r.label])).toEqual([
        ['FINISH', 'Markera som färdigbehandlad'],
        ['MARK_PARTLY_GRANTED', 'Markera som delvis beviljad'],
      ]);
      expect(allowedTransitions(claimIn('DELVIS_BEVILJAT'), caller).map((r) => r.command)).toEqual(['FINISH']);
      expect(allowedTransitions(claimIn('UTBETALD'), caller).map((r) => r.command)).toEqual(['FINISH', 'MARK_PARTLY_GRANTED']);
      expect(allowedTransitions(claimIn('FARDIGBEHANDLAT'), caller)).toEqual([]);
    }
    for (const caller of [jarvaOfficer, jarvaContact, analyst]) expect(allowedTransitions(claimIn('BESLUTAD'), caller)).toEqual([]);
  });
  it('keeps the comment of a hand step as the history reason and refuses FINISH on an undecided claim', () => {
    expect(transition(claimIn('UTBETALD'), VALID.FINISH, administrator, TODAY)).toMatchObject({
      ok: true, toStatus: 'FARDIGBEHANDLAT', history: { changedBy: 'admin', fromStatus: 'UTBETALD', toStatus: 'FARDIGBEHANDLAT', reason: 'Allt utbetalt.' },
    });
    expect(transition(claimIn('ATERSOKNING_INSKICKAD_MIG'), VALID.FINISH, coordinator, TODAY)).toMatchObject({
      ok: false, reason: 'WRONG_STATUS', message: 'Återsökningen kan inte markeras som färdigbehandlad: den har status "Återsökning inskickad till MiG".',
    });
    expect(transition(claimIn('BESLUTAD'), VALID.MARK_PARTLY_GRANTED, jarvaContact, TODAY)).toMatchObject({
      ok: false, reason: 'FORBIDDEN_ROLE', message: 'Återsökningen kan inte markeras som delvis beviljad: det får bara Samordnare AmF eller Administratör AmF göra.',
    });
  });
});
