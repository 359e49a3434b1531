import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider } from 'urql';
import { ClaimDetail } from './components/claim-detail.js';
import type { ClaimDetailNode, ClaimTransition } from './graphql/claim-detail.graphql.js';

const ACCEPT: ClaimTransition = { command: 'ACCEPT', label: 'Acceptera', toStatus: 'ATERSOK_ACCEPTERAD_AMF', toStatusLabel: 'Återsökning accepterad av AmF' };
const REJECT: ClaimTransition = { command: 'REJECT', label: 'Avvisa', toStatus: 'ATERSOK_AVVISA_AMF', toStatusLabel: 'Återsökning avvisad av AmF' };

function claim(overrides: Partial<ClaimDetailNode> = {}): ClaimDetailNode {
  return {
    id: 'claim-1',
    status: 'UNDERLAG_FRAN_SDF_INKOMMEN',
    statusLabel: 'Underlag från SDF inkommet',
    amount: 1234567,
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    initiatedBy: 'DISTRICT',
    question: 'Räknas tolkkostnaden?',
    createdAt: '2026-11-20T09:00:00Z',
    rejectionReason: null,
    rejectionReasonLabel: null,
    rejectionReasonText: null,
    migCaseNumber: null,
    sentToMigAt: null,
    sentChannel: null,
    claimType: { code: 'EKB-1', name: 'Ensamkommande barn' },
    district: { code: 'JARVA', name: 'Järva' },
    person: { id: 'person-7', fullName: 'Amina Hassan' },
    history: [
      { at: '2026-11-20T09:00:00Z', changedBy: 'olle.handlaggare', fromStatus: null, toStatus: 'INITIERAD_AV_SDF', toStatusLabel: 'Initierad av SDF', reason: null },
      {
        at: '2026-11-21T10:30:00Z',
        changedBy: 'olle.handlaggare',
        fromStatus: 'INITIERAD_AV_SDF',
        toStatus: 'UNDERLAG_FRAN_SDF_INKOMMEN',
        toStatusLabel: 'Underlag från SDF inkommet',
        reason: 'Beslut bifogat',
      },
    ],
    supplementRequests: [
      {
        id: 's-1',
        description: 'Insatsbeslut saknas',
        replyBy: '2026-11-01',
        requestedAt: '2026-10-20T08:00:00Z',
        answer: null,
        answeredAt: null,
        overdue: true,
      },
    ],
    allowedTransitions: [ACCEPT, REJECT],
    ...overrides,
  };
}

const ok = (field: string) => () => ({ data: { [field]: { id: 'claim-1', status: 'X', statusLabel: 'X' } } });

function setup(node: ClaimDetailNode, handlers: Handlers = {}) {
  // The sections on the page run their own queries (tested in their own modules); here they show nothing.
  const sections: Handlers = {
    ClaimDetailsSection: () => ({ data: { me: { username: 'x', roles: [] }, claim: null, claimTypes: [] } }),
    ClaimMessages: () => ({ data: { claim: { id: node.id, messages: [] }, me: { roles: [] } } }),
    ClaimAttachments: () => ({ data: { claim: null } }),
    ClaimDecisions: () => ({ data: { claim: null } }),
  };
  const mock = mockClient({ ClaimDetail: () => ({ data: { claim: node } }), ...sections, ...handlers });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <ClaimDetail id={node.id} navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}

async function choose(label: string, option: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: new RegExp(label) }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

/** Opens the step's dialog with its button on the page. */
async function openStep(command: string) {
  await act(async () => {
    fireEvent.click(screen.getByTestId(`claim-action-${command}`));
  });
  return screen.getByTestId('claim-transition-dialog');
}

/** The dialog's own confirm button (named like the step). */
async function confirmIn(dialog: HTMLElement, name: string) {
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name }));
  });
}

describe('ClaimDetail', () => {
  it('shows the claim: person link, district, type with code, period, amount in kronor, status and question', async () => {
    const { navigate } = setup(claim());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Återsökning: Ensamkommande barn (EKB-1)');
    expect(screen.getByTestId('claim-status').textContent).toBe('Underlag från SDF inkommet');
    expect(screen.getByTestId('claim-district').textContent).toBe('Järva');
    expect(screen.getByTestId('claim-type').textContent).toBe('Ensamkommande barn (kod EKB-1)');
    expect(screen.getByTestId('claim-period').textContent).toBe('2026-01-01 – 2026-03-31');
    expect(screen.getByTestId('claim-amount').textContent).toBe('12\u00a0345,67\u00a0kr');
    expect(screen.getByTestId('claim-question').textContent).toBe('Räknas tolkkostnaden?');
    const person = screen.getByRole('link', { name: 'Amina Hassan' });
    expect(person.getAttribute('href')).toBe('/personer/person-7');
    await act(async () => {
      fireEvent.click(person);
    });
    expect(navigate).toHaveBeenCalledWith('/personer/person-7');
  });

  it('shows the MiG diarienummer, channel and sent date, and a rejection reason', () => {
    setup(
      claim({
        migCaseNumber: 'MIG-2026-0042',
        sentToMigAt: '2026-11-22T12:00:00Z',
        sentChannel: 'E_TJANST',
        rejectionReasonLabel: 'Saknar underlag',
        rejectionReasonText: 'Insatsbeslut saknas',
        allowedTransitions: [],
      }),
    );
    expect(screen.getByTestId('claim-mig-case-number').textContent).toBe('MIG-2026-0042');
    expect(screen.getByTestId('claim-sent').textContent).toBe('2026-11-22, via MiG:s e-tjänst');
    expect(screen.getByTestId('claim-rejection').textContent).toBe('Saknar underlag: Insatsbeslut saknas');
  });

  it('shows the history in Swedish: when, from, to, who and reason', () => {
    setup(claim());
    const rows = screen.getAllByTestId('history-row');
    expect(rows).toHaveLength(2);
    const second = within(rows[1]!);
    expect(second.getByTestId('history-at').textContent).toBe('2026-11-21 11:30');
    expect(second.getByTestId('history-from').textContent).toBe('Initierad av SDF');
    expect(second.getByTestId('history-to').textContent).toBe('Underlag från SDF inkommet');
    expect(second.getByTestId('history-who').textContent).toBe('olle.handlaggare');
    expect(second.getByTestId('history-reason').textContent).toBe('Beslut bifogat');
    expect(within(rows[0]!).getByTestId('history-from').textContent).toBe('Ny');
  });

  it('shows the supplement requests with reply-by date, overdue badge and answer', () => {
    setup(
      claim({
        supplementRequests: [
          { id: 's-1', description: 'Insatsbeslut saknas', replyBy: '2026-11-01', requestedAt: '2026-10-20T08:00:00Z', answer: null, answeredAt: null, overdue: true },
          { id: 's-2', description: 'Läkarintyg', replyBy: '2026-12-01', requestedAt: '2026-11-20T08:00:00Z', answer: 'Bifogat nu', answeredAt: '2026-11-21T08:00:00Z', overdue: false },
        ],
      }),
    );
    const [first, second] = screen.getAllByTestId('claim-supplement');
    expect(within(first!).getByTestId('supplement-description').textContent).toBe('Insatsbeslut saknas');
    expect(within(first!).getByTestId('supplement-reply-by').textContent).toBe('2026-11-01');
    expect(within(first!).getByTestId('supplement-overdue').textContent).toContain('Försenad');
    expect(within(second!).queryByTestId('supplement-overdue')).toBeNull();
    expect(within(second!).getByTestId('supplement-answer').textContent).toBe('Bifogat nu');
  });

  it('has no status buttons when the server allows no step', () => {
    setup(claim({ allowedTransitions: [] }));
    expect(screen.queryByTestId('claim-actions')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows one button per allowed step, named by the server', () => {
    setup(claim());
    expect(within(screen.getByTestId('claim-actions')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Acceptera', 'Avvisa']);
  });

  it('accepts with an optional comment and refreshes the claim', async () => {
    const { calls, executeQuery } = setup(claim(), { AcceptClaim: ok('acceptClaim') });
    const dialog = await openStep('ACCEPT');
    // The form starts at its first field.
    expect(document.activeElement).toBe(screen.getByLabelText('Kommentar (frivillig)'));
    await type('Kommentar (frivillig)', 'Ser bra ut');
    const queries = executeQuery.mock.calls.length;
    await confirmIn(dialog, 'Acceptera');
    expect(calls('AcceptClaim')).toEqual([{ input: { claimId: 'claim-1', comment: 'Ser bra ut' } }]);
    expect(screen.queryByTestId('claim-transition-dialog')).toBeNull();
    expect(screen.getByTestId('claim-transition-done').textContent).toContain('Återsökning accepterad av AmF');
    expect(executeQuery.mock.calls.length).toBeGreaterThan(queries);
  });

  it('rejects with a reason from the list and a text, after a second question', async () => {
    const { calls } = setup(claim(), { RejectClaim: ok('rejectClaim') });
    const dialog = await openStep('REJECT');
    await confirmIn(dialog, 'Avvisa');
    expect(within(dialog).getByTestId('claim-error-reasonCode').textContent).toBe('Välj orsak till avvisningen.');
    expect(calls('RejectClaim')).toEqual([]);
    await choose('Orsak', 'Dubblett');
    await type('Anledning', 'Finns redan som återsökning 17');
    await confirmIn(dialog, 'Avvisa');
    const confirm = screen.getByTestId('claim-transition-confirm');
    expect(confirm.textContent).toContain('kan inte öppnas igen');
    expect(calls('RejectClaim')).toEqual([]);
    await confirmIn(confirm, 'Ja, avvisa');
    expect(calls('RejectClaim')).toEqual([{ input: { claimId: 'claim-1', reasonCode: 'DUBBLETT', reason: 'Finns redan som återsökning 17' } }]);
  });

  it('declines with a reason after a second question', async () => {
    const DECLINE: ClaimTransition = { command: 'DECLINE', label: 'Avvisa förslaget', toStatus: 'ATERSOKNING_AVVISAD_SDF', toStatusLabel: 'Återsökning avvisad av SDF' };
    const { calls } = setup(claim({ status: 'INITIERAD_TILL_SDF', allowedTransitions: [DECLINE] }), { DeclineClaim: ok('declineClaim') });
    const dialog = await openStep('DECLINE');
    await type('Anledning', 'Personen har flyttat');
    await confirmIn(dialog, 'Avvisa förslaget');
    await confirmIn(screen.getByTestId('claim-transition-confirm'), 'Ja, avvisa förslaget');
    expect(calls('DeclineClaim')).toEqual([{ input: { claimId: 'claim-1', reason: 'Personen har flyttat' } }]);
  });

  it('requests a supplement with a description and a reply-by date (ÅÅÅÅMMDD accepted)', async () => {
    const REQUEST: ClaimTransition = { command: 'REQUEST_SUPPLEMENT', label: 'Begär komplettering', toStatus: 'KOMPLETTERING_FRAN_SDF_BEGARD', toStatusLabel: 'Komplettering från SDF begärd' };
    const { calls } = setup(claim({ status: 'ATERSOK_FORBEREDS_AMF', allowedTransitions: [REQUEST] }), { RequestClaimSupplement: ok('requestClaimSupplement') });
    const dialog = await openStep('REQUEST_SUPPLEMENT');
    await type('Vad behöver kompletteras?', 'Skicka insatsbeslutet');
    await type(/Svara senast/, '2099-02-30');
    await confirmIn(dialog, 'Begär komplettering');
    expect(within(dialog).getByText(/2099-02-30 är inget giltigt datum/)).toBeTruthy();
    expect(calls('RequestClaimSupplement')).toEqual([]);
    await type(/Svara senast/, '20991231');
    await confirmIn(dialog, 'Begär komplettering');
    expect(calls('RequestClaimSupplement')).toEqual([{ input: { claimId: 'claim-1', description: 'Skicka insatsbeslutet', replyBy: '2099-12-31' } }]);
  });

  it('answers a supplement', async () => {
    const ANSWER: ClaimTransition = { command: 'ANSWER_SUPPLEMENT', label: 'Komplettera', toStatus: 'KOMPLETTERING_FRAN_SDF_INKOMMEN', toStatusLabel: 'Komplettering från SDF inkommen' };
    const { calls } = setup(claim({ status: 'KOMPLETTERING_FRAN_SDF_BEGARD', allowedTransitions: [ANSWER] }), { AnswerClaimSupplement: ok('answerClaimSupplement') });
    const dialog = await openStep('ANSWER_SUPPLEMENT');
    await type('Svar på kompletteringen', 'Insatsbeslutet är bifogat');
    await confirmIn(dialog, 'Komplettera');
    expect(calls('AnswerClaimSupplement')).toEqual([{ input: { claimId: 'claim-1', answer: 'Insatsbeslutet är bifogat' } }]);
  });

  it.each([
    ['MARK_DOCUMENTS_RECEIVED', 'MarkClaimDocumentsReceived', 'markClaimDocumentsReceived'],
    ['CONFIRM', 'ConfirmClaim', 'confirmClaim'],
    ['START_PREPARING', 'StartPreparingClaim', 'startPreparingClaim'],
    ['RESUME_PREPARATION', 'ResumeClaimPreparation', 'resumeClaimPreparation'],
    ['FINISH', 'FinishClaim', 'finishClaim'],
    ['MARK_PARTLY_GRANTED', 'MarkClaimPartlyGranted', 'markClaimPartlyGranted'],
  ] as const)('%s sends %s with the claim id only when no comment is written', async (command, operation, field) => {
    const step: ClaimTransition = { command, label: `Steg ${command}`, toStatus: 'X', toStatusLabel: 'Ny status' };
    const { calls } = setup(claim({ allowedTransitions: [step] }), { [operation]: ok(field) });
    const dialog = await openStep(command);
    await confirmIn(dialog, `Steg ${command}`);
    expect(calls(operation)).toEqual([{ input: { claimId: 'claim-1' } }]);
  });

  it('marks the claim sent to MiG with diarienummer and channel, and shows the server’s field error next to the field', async () => {
    const SENT: ClaimTransition = { command: 'MARK_SENT_TO_MIG', label: 'Markera inskickad till MiG', toStatus: 'ATERSOKNING_INSKICKAD_MIG', toStatusLabel: 'Återsökning inskickad till MiG' };
    let refuse = true;
    const { calls } = setup(claim({ status: 'ATERSOK_FORBEREDS_AMF', allowedTransitions: [SENT] }), {
      MarkClaimSentToMig: () =>
        refuse
          ? {
              error: new CombinedError({
                graphQLErrors: [
                  {
                    message: 'Diarienumret får vara högst 50 tecken.',
                    extensions: { code: 'BAD_USER_INPUT', field: 'migCaseNumber', reason: 'TOO_LONG', problems: [{ field: 'migCaseNumber', reason: 'TOO_LONG', message: 'Diarienumret får vara högst 50 tecken.' }] },
                  },
                ],
              }),
            }
          : ok('markClaimSentToMig')(),
    });
    const dialog = await openStep('MARK_SENT_TO_MIG');
    await type("MiG:s diarienummer", 'MIG-'.repeat(20));
    await choose('Inskickad', 'Via MiG:s e-tjänst');
    await confirmIn(dialog, 'Markera inskickad till MiG');
    expect(calls('MarkClaimSentToMig')).toEqual([{ input: { claimId: 'claim-1', migCaseNumber: 'MIG-'.repeat(20), channel: 'E_TJANST' } }]);
    const field = screen.getByLabelText("MiG:s diarienummer");
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Diarienumret får vara högst 50 tecken.')).toBeTruthy();
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText('Diarienumret får vara högst 50 tecken.').id);
    refuse = false;
    await type("MiG:s diarienummer", 'MIG-2026-0042');
    await confirmIn(dialog, 'Markera inskickad till MiG');
    expect(calls('MarkClaimSentToMig')[1]).toEqual({ input: { claimId: 'claim-1', migCaseNumber: 'MIG-2026-0042', channel: 'E_TJANST' } });
    expect(screen.getByTestId('claim-transition-done').textContent).toContain('Återsökning inskickad till MiG');
  });

  it('shows the server’s CONFLICT message when the claim changed status meanwhile', async () => {
    const message = 'Återsökningen kan inte accepteras: den har status "Återsökning avvisad av AmF".';
    setup(claim(), {
      AcceptClaim: () => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'CONFLICT', reason: 'WRONG_STATUS', status: 'ATERSOK_AVVISA_AMF' } }] }) }),
    });
    const dialog = await openStep('ACCEPT');
    await confirmIn(dialog, 'Acceptera');
    expect(within(dialog).getByTestId('claim-transition-error').textContent).toContain(message);
  });
});

describe('ClaimDetail without a claim', () => {
  it('says that the claim does not exist', () => {
    const mock = mockClient({ ClaimDetail: () => ({ data: { claim: null } }) });
    render(
      <Provider value={mock.client}>
        <ClaimDetail id="nope" />
      </Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Återsökningen finns inte');
    expect(screen.getByRole('link', { name: 'Till alla återsökningar' }).getAttribute('href')).toBe('/atersokningar');
  });
});
