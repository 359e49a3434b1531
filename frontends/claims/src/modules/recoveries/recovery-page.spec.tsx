import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { RecoveryPage } from './components/recovery-page.js';
import type { RecoveryNode } from './graphql/recoveries.graphql.js';
import { JARVA, SODERMALM, recoveryNode, viewerOf } from './test-data.js';

function setup(viewer: { roles: string[]; districts: { code: string; name: string }[] }, recovery: () => RecoveryNode | null = () => recoveryNode(), handlers: Handlers = {}) {
  const mock = mockClient({ Recovery: () => ({ data: { recovery: recovery() } }), ...handlers });
  const navigate = jest.fn();
  const { unmount } = render(
    <Provider value={mock.client}>
      <RecoveryPage id="r-1" navigate={navigate} viewer={viewer} />
    </Provider>,
  );
  return { ...mock, navigate, unmount };
}

const COORDINATOR = viewerOf(['COORDINATOR']);
const CONTACT = viewerOf(['DISTRICT_CONTACT'], [JARVA]);

async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function typeIn(element: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
  });
}

function file(name: string, type: string, size?: number): File {
  const f = new File(['%PDF-1.7 test'], name, { type });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  return f;
}

async function pickFile(f: File) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Dokument (valfritt)'), { target: { files: [f] } });
  });
}

describe('RecoveryPage', () => {
  it('shows the facts, "Kvar att kvitta" while money remains, the decision link, the deadline and the offsets', async () => {
    const { navigate } = setup(viewerOf(['ANALYST']));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Återkrav FSKA 2026-01-01 – 2026-03-31');
    expect(screen.getByTestId('recovery-remaining-alert').textContent).toContain('Kvar att kvitta: 1\u00a0234,50\u00a0kr');
    expect(screen.getByTestId('recovery-fact-amount').textContent).toBe('2\u00a0500,00\u00a0kr');
    expect(screen.getByTestId('recovery-fact-offset').textContent).toBe('1\u00a0265,50\u00a0kr');
    expect(screen.getByTestId('recovery-fact-deadline').textContent).toBe('2026-12-15');
    expect(screen.getByTestId('recovery-status').textContent).toContain('Delvis kvittat');
    const decision = screen.getByTestId('recovery-decision-link');
    expect(decision.getAttribute('href')).toBe('/beslut/d-1');
    expect(decision.textContent).toBe('4321-2026-000123');
    const offsets = within(screen.getByRole('grid', { name: 'Kvittningar' }));
    expect(offsets.getByText('2026-10')).toBeTruthy();
    expect(offsets.getByTestId('recovery-offset-amount').textContent).toBe('1\u00a0265,50\u00a0kr');
    expect(screen.getByTestId('recovery-proposed-action').textContent).toBe('Godta kvittning vid nästa utbetalning.');
    await press(screen.getByRole('link', { name: 'Testperson r-1' }));
    expect(navigate).toHaveBeenCalledWith('/personer/p-r-1');
  });

  it('no longer shows "Kvar att kvitta" when the recovery is settled', async () => {
    setup(COORDINATOR, () => recoveryNode({ status: 'SETTLED', statusLabel: 'Kvittat', offsetAmount: 250_000, remainingAmount: 0 }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('recovery-remaining-alert')).toBeNull();
    expect(screen.queryByText(/Kvar att kvitta/)).toBeNull();
  });

  it('refuses a too large document and a document of the wrong type before sending', async () => {
    const { calls } = setup(CONTACT);
    await screen.findByTestId('recovery-thread');
    await typeIn(screen.getByLabelText('Nytt meddelande'), 'Vi vill överklaga, se underlag.');
    await pickFile(file('stor.pdf', 'application/pdf', 11 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toContain('Filen stor.pdf är 11,0 MB. Största tillåtna storlek är 10 MB.');
    await press(screen.getByRole('button', { name: 'Skicka' }));
    await pickFile(file('bild.gif', 'image/gif'));
    expect(screen.getByText(/Filen bild.gif är inte en tillåten filtyp/)).toBeTruthy();
    await press(screen.getByRole('button', { name: 'Skicka' }));
    expect(calls('PostRecoveryMessage')).toEqual([]);
  });

  it('sends a message with a document as base64 and downloads a document of the thread', async () => {
    const posted = { id: 'm-2', side: 'DISTRICT', authorUsername: 'jarva.kontakt', body: 'Se bifogat.', fileName: 'yttrande.docx', contentType: 'x', createdAt: '2026-11-24T10:00:00Z' };
    const { calls } = setup(CONTACT, undefined, {
      PostRecoveryMessage: () => ({ data: { postRecoveryMessage: posted } }),
      RecoveryDocument: () => ({ data: { recoveryDocument: { fileName: 'underlag.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') } } }),
    });
    await screen.findByTestId('recovery-thread');
    await typeIn(screen.getByLabelText('Nytt meddelande'), '  Se bifogat.  ');
    await pickFile(new File(['yttrande'], 'yttrande.docx'));
    await press(screen.getByRole('button', { name: 'Skicka' }));
    await waitFor(() => expect(calls('PostRecoveryMessage')).toHaveLength(1));
    expect(calls('PostRecoveryMessage')[0]).toEqual({
      input: {
        recoveryId: 'r-1',
        body: 'Se bifogat.',
        fileName: 'yttrande.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        contentBase64: Buffer.from('yttrande').toString('base64'),
      },
    });
    expect((await screen.findByTestId('recovery-message-sent')).textContent).toContain('Meddelandet är skickat.');

    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await press(screen.getByRole('button', { name: 'Ladda ned underlag.pdf' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(calls('RecoveryDocument')).toEqual([{ messageId: 'm-1' }]);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(8);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('underlag.pdf');
    click.mockRestore();
  });

  it("lets the district's contact person appeal after confirming, with the deadline in the question, and then shows who decided", async () => {
    let decided = false;
    const { calls } = setup(
      CONTACT,
      () => (decided ? recoveryNode({ appealDecision: 'APPEAL', appealDecidedBy: 'jarva.kontakt', appealDecidedAt: '2026-11-25T09:30:00Z', status: 'APPEALED', statusLabel: 'Överklagat' }) : recoveryNode()),
      { DecideRecoveryAppeal: () => ((decided = true), { data: { decideRecoveryAppeal: recoveryNode() } }) },
    );
    const section = within(await screen.findByTestId('recovery-appeal'));
    await press(section.getByRole('button', { name: 'Registrera beslut' }));
    expect(section.getByRole('alert').textContent).toBe('Välj om återkravet ska överklagas eller godtas.');
    await press(section.getByRole('radio', { name: 'Överklaga' }));
    await typeIn(section.getByLabelText('Kommentar'), 'Personen bodde kvar i kommunen.');
    await press(section.getByRole('button', { name: 'Registrera beslut' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Överklaga återkravet?' });
    expect(dialog.textContent).toContain('senast 2026-12-15');
    expect(calls('DecideRecoveryAppeal')).toEqual([]);
    await press(within(dialog).getByRole('button', { name: 'Ja, överklaga' }));
    await waitFor(() => expect(calls('DecideRecoveryAppeal')).toEqual([{ id: 'r-1', decision: 'APPEAL', comment: 'Personen bodde kvar i kommunen.' }]));
    const done = await screen.findByTestId('recovery-appeal-decided');
    expect(done.textContent).toContain('Överklaga');
    expect(done.textContent).toContain('jarva.kontakt');
    expect(done.textContent).toContain('2026-11-25 10:30');
    expect(screen.queryByRole('button', { name: 'Registrera beslut' })).toBeNull();
  });

  it('does nothing when the appeal confirmation is cancelled', async () => {
    const { calls } = setup(COORDINATOR);
    const section = within(await screen.findByTestId('recovery-appeal'));
    await press(section.getByRole('radio', { name: 'Godta' }));
    await press(section.getByRole('button', { name: 'Registrera beslut' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Godta återkravet?' });
    expect(dialog.textContent).toContain('Överklagandefristen går ut 2026-12-15');
    await press(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(calls('DecideRecoveryAppeal')).toEqual([]);
  });

  it('cancels a recovery with nothing offset after a reason and a confirmation', async () => {
    const { calls } = setup(viewerOf(['ADMINISTRATOR']), () => recoveryNode({ offsetAmount: 0, remainingAmount: 250_000, status: 'OPEN', statusLabel: 'Öppet', offsets: [] }), {
      CancelRecovery: () => ({ data: { cancelRecovery: recoveryNode({ status: 'CANCELLED' }) } }),
    });
    await press(await screen.findByRole('button', { name: 'Makulera återkravet' }));
    await press(screen.getByRole('button', { name: 'Makulera' }));
    expect(screen.getByText('Skriv varför återkravet makuleras.')).toBeTruthy();
    await typeIn(screen.getByLabelText('Skäl till makulering'), 'Registrerat två gånger.');
    await press(screen.getByRole('button', { name: 'Makulera' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Makulera återkravet?' });
    expect(calls('CancelRecovery')).toEqual([]);
    await press(within(dialog).getByRole('button', { name: 'Ja, makulera' }));
    await waitFor(() => expect(calls('CancelRecovery')).toEqual([{ id: 'r-1', reason: 'Registrerat två gånger.' }]));
  });

  it('lets a coordinator change the proposed action', async () => {
    const { calls } = setup(COORDINATOR, undefined, { ProposeRecoveryAction: () => ({ data: { proposeRecoveryAction: recoveryNode() } }) });
    await press(await screen.findByRole('button', { name: 'Ändra förslag' }));
    const input = screen.getByLabelText('Åtgärd');
    expect((input as HTMLTextAreaElement).value).toBe('Godta kvittning vid nästa utbetalning.');
    await typeIn(input, 'Överklaga: personen bodde kvar.');
    await press(screen.getByRole('button', { name: 'Spara förslag' }));
    await waitFor(() => expect(calls('ProposeRecoveryAction')).toEqual([{ id: 'r-1', proposedAction: 'Överklaga: personen bodde kvar.' }]));
  });

  it('hides what the role cannot do', async () => {
    // A coordinator: everything, but no "Makulera" once something is offset.
    const coordinator = setup(COORDINATOR);
    await screen.findByTestId('recovery-thread');
    expect(screen.getByRole('button', { name: 'Ändra förslag' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Registrera beslut' })).toBeTruthy();
    expect(screen.getByLabelText('Nytt meddelande')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Makulera återkravet' })).toBeNull();
    coordinator.unmount();

    // A district officer of the district: writes messages, but neither decides nor proposes nor cancels.
    const officer = setup(viewerOf(['DISTRICT_OFFICER'], [JARVA]), () => recoveryNode({ offsetAmount: 0 }));
    await screen.findByTestId('recovery-thread');
    expect(screen.getByLabelText('Nytt meddelande')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Registrera beslut' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra förslag' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Makulera återkravet' })).toBeNull();
    officer.unmount();

    // Another district's contact person and a BI user: read only.
    for (const viewer of [viewerOf(['DISTRICT_CONTACT'], [SODERMALM]), viewerOf(['ANALYST']), viewerOf(['FINANCE_MANAGER'])]) {
      const reader = setup(viewer, () => recoveryNode({ offsetAmount: 0 }));
      await screen.findByTestId('recovery-thread');
      expect(screen.queryByLabelText('Nytt meddelande')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Registrera beslut' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Ändra förslag' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Makulera återkravet' })).toBeNull();
      reader.unmount();
    }
  });

  it('says so when the recovery does not exist or belongs to another district', async () => {
    setup(CONTACT, () => null);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Återkravet finns inte');
  });
});
