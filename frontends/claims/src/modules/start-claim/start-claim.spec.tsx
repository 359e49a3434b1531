import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { StartClaimPage, validateStartClaim } from './start-claim-page.js';
import type { StartClaimOptions } from './start-claim.graphql.js';

const options: StartClaimOptions = {
  me: { username: 'jarva.handlaggare', name: 'Hedda Handläggare', roles: ['DISTRICT_OFFICER'], districts: [{ code: 'JARVA', name: 'Järva', units: [{ code: 'JARVA_IFO', name: 'Individ- och familjeomsorg' }] }] },
  claimTypes: [
    { code: 'GSKA', name: 'Grundskola', group: 'Skola', requiredAttachmentKinds: ['EKONOMISKT_UNDERLAG'] },
    { code: 'EKB-1', name: 'Ensamkommande barn', group: 'Barn', requiredAttachmentKinds: ['EKONOMISKT_UNDERLAG', 'INSATSBESLUT'] },
  ],
  staffMembers: {
    edges: [
      { node: { username: 'jarva.handlaggare', name: 'Hedda Handläggare', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'], active: true } },
      { node: { username: 'jarva.kontakt', name: 'Kim Kontakt', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'], active: true } },
    ],
  },
};
const amina = { id: 'p-1', fullName: 'Amina Hassan', personalIdentityNumber: '19850412-9801', migIndividualNumber: null, birthDate: '1985-04-12' };
const viewer = { name: 'Hedda', roles: ['DISTRICT_OFFICER'], districts: [{ code: 'JARVA', name: 'Järva' }] };

function setup(handlers: Handlers = {}) {
  const mock = mockClient({
    StartClaimOptions: () => ({ data: options }),
    StartClaimFindPerson: () => ({ data: { persons: { totalCount: 1, edges: [{ node: amina }] } } }),
    StartClaim: () => ({ data: { initiateClaim: { id: 'c-9', status: 'INITIERAD_AV_SDF', statusLabel: 'Initierad av SDF' } } }),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <StartClaimPage navigate={navigate} params={{}} viewer={viewer} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function type(testId: string, value: string) {
  const root = screen.getByTestId(testId);
  const input = root.tagName === 'INPUT' || root.tagName === 'TEXTAREA' ? root : root.querySelector('input, textarea')!;
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}
async function press(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
async function choose(label: string, option: string) {
  await press(screen.getByRole('button', { name: new RegExp(label) }));
  await press(screen.getByRole('option', { name: option }));
}

describe('StartClaimPage (step 1a)', () => {
  it('names every missing field in Swedish and sends nothing', async () => {
    const mock = setup();
    await press(screen.getByTestId('start-claim-submit'));
    const summary = screen.getByTestId('start-claim-errors').textContent!;
    for (const text of ['Välj eller registrera personen.', 'Välj kostnadsbärande enhet.', 'Välj ersättningstyp.', 'Fyll i belopp.', 'Fyll i när perioden börjar (ÅÅÅÅ-MM-DD).']) {
      expect(summary).toContain(text);
    }
    expect(mock.calls('StartClaim')).toEqual([]);
  });

  it('finds the person, shows the type code and starts the claim with the amount in öre, then opens it', async () => {
    const mock = setup();
    expect(screen.getByTestId('start-claim-district').textContent).toBe('Järva');
    await type('start-claim-person-search', '198504129801');
    await press(screen.getByTestId('start-claim-person-search-button'));
    await press(within(screen.getByTestId('start-claim-matches')).getByRole('button', { name: 'Välj Amina Hassan' }));
    expect(screen.getByTestId('start-claim-person').textContent).toBe('Amina Hassan (19850412-9801)');
    await choose('Kostnadsbärande enhet', 'Individ- och familjeomsorg');
    await choose('Ersättningstyp', 'Ensamkommande barn (EKB-1)');
    expect(screen.getByTestId('start-claim-type-code').textContent).toBe('Kod hos Migrationsverket: EKB-1');
    await type('start-claim-amount', '12 345,50');
    await type('start-claim-periodFrom', '2026-01-01');
    await type('start-claim-periodTo', '2026-03-31');
    await type('start-claim-question', 'Räknas tolkkostnaden?');
    await press(screen.getByTestId('start-claim-submit'));
    expect(mock.calls('StartClaim')).toEqual([
      {
        input: {
          personId: 'p-1', districtCode: 'JARVA', unitCode: 'JARVA_IFO', officerUsername: 'jarva.handlaggare', claimTypeCode: 'EKB-1',
          amount: 1_234_550, periodFrom: '2026-01-01', periodTo: '2026-03-31', question: 'Räknas tolkkostnaden?',
        },
      },
    ]);
    expect(mock.navigate).toHaveBeenCalledWith('/atersokningar/c-9');
  });

  it('registers a missing person in the district and selects them', async () => {
    const mock = setup({
      StartClaimFindPerson: () => ({ data: { persons: { totalCount: 0, edges: [] } } }),
      StartClaimRegisterPerson: () => ({ data: { registerPerson: { ...amina, id: 'p-new', personalIdentityNumber: '19850412-9801' } } }),
    });
    await type('start-claim-person-search', 'Amina');
    await press(screen.getByTestId('start-claim-person-search-button'));
    expect(screen.getByTestId('start-claim-no-person').textContent).toBe('Ingen person i din stadsdel matchar sökningen.');
    await press(screen.getByTestId('start-claim-register-open'));
    await press(screen.getByTestId('start-claim-register-save'));
    expect(screen.getByTestId('start-claim-register').textContent).toContain('Fyll i förnamn.');
    expect(mock.calls('StartClaimRegisterPerson')).toEqual([]);
    await type('register-firstName', 'Amina');
    await type('register-lastName', 'Hassan');
    await type('register-personalIdentityNumber', '198504129801');
    await press(screen.getByTestId('start-claim-register-save'));
    expect(mock.calls('StartClaimRegisterPerson')).toEqual([
      { input: { firstName: 'Amina', lastName: 'Hassan', personalIdentityNumber: '198504129801', migIndividualNumber: null, birthDate: null, districtCode: 'JARVA' } },
    ]);
    expect(screen.getByTestId('start-claim-person').textContent).toBe('Amina Hassan (19850412-9801)');
  });

  it('shows the server’s refusal at the field it names', async () => {
    setup({ StartClaim: () => ({ error: { graphQLErrors: [{ message: 'Ersättningstypen XX finns inte.', extensions: { code: 'BAD_USER_INPUT', field: 'claimTypeCode' } }] } }) });
    await type('start-claim-person-search', 'Amina');
    await press(screen.getByTestId('start-claim-person-search-button'));
    await press(screen.getByRole('button', { name: 'Välj Amina Hassan' }));
    await choose('Kostnadsbärande enhet', 'Individ- och familjeomsorg');
    await choose('Ersättningstyp', 'Grundskola (GSKA)');
    await type('start-claim-amount', '100');
    await type('start-claim-periodFrom', '2026-01-01');
    await type('start-claim-periodTo', '2026-01-31');
    await press(screen.getByTestId('start-claim-submit'));
    expect(screen.getByTestId('start-claim-error-claimTypeCode').textContent).toContain('Ersättningstypen XX finns inte.');
  });
});

describe('StartClaimPage attachments', () => {
  async function fillIn() {
    await type('start-claim-person-search', 'Amina');
    await press(screen.getByTestId('start-claim-person-search-button'));
    await press(screen.getByRole('button', { name: 'Välj Amina Hassan' }));
    await choose('Kostnadsbärande enhet', 'Individ- och familjeomsorg');
    await choose('Ersättningstyp', 'Ensamkommande barn (EKB-1)');
    await type('start-claim-amount', '100');
    await type('start-claim-periodFrom', '2026-01-01');
    await type('start-claim-periodTo', '2026-01-31');
  }
  async function pick(kind: string, file: File) {
    await choose('Vad är filen', kind);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Fil'), { target: { files: [file] } });
    });
    await press(screen.getByTestId('attachment-picker-add'));
  }

  it('lists the kinds the claim type needs and uploads the chosen files once the claim is started', async () => {
    const mock = setup({ AddClaimAttachment: () => ({ data: { addClaimAttachment: { id: 'a-1', claim: { id: 'c-9', status: 'UNDERLAG_FRAN_SDF_INKOMMEN', statusLabel: 'Underlag från SDF inkommet' } } } }) });
    await fillIn();
    expect(screen.getByTestId('attachment-picker-missing').textContent).toContain('Insatsbeslut');
    await pick('Ekonomiskt underlag', new File(['%PDF-1.7 faktura'], 'faktura.pdf', { type: 'application/pdf' }));
    await press(screen.getByTestId('start-claim-submit'));
    // The file is read and sent after the claim exists: wait for the page to move on.
    await waitFor(() => expect(mock.navigate).toHaveBeenCalledWith('/atersokningar/c-9'), { timeout: 10_000 });
    const uploads = mock.calls('AddClaimAttachment') as { input: { claimId: string; kind: string; fileName: string; contentBase64: string } }[];
    expect(uploads.map((u) => [u.input.claimId, u.input.kind, u.input.fileName])).toEqual([['c-9', 'EKONOMISKT_UNDERLAG', 'faktura.pdf']]);
    expect(Buffer.from(uploads[0]!.input.contentBase64, 'base64').toString()).toBe('%PDF-1.7 faktura');
    expect(mock.navigate).toHaveBeenCalledWith('/atersokningar/c-9');
  });

  it('names a file the server refused and still lets the user open the started claim', async () => {
    const mock = setup({
      AddClaimAttachment: () => ({ error: { graphQLErrors: [{ message: 'Filen faktura.pdf är inte en PDF – innehållet är PNG.', extensions: { code: 'BAD_USER_INPUT' } }] } }),
    });
    await fillIn();
    await pick('Ekonomiskt underlag', new File(['%PDF-1.7'], 'faktura.pdf', { type: 'application/pdf' }));
    await press(screen.getByTestId('start-claim-submit'));
    expect((await screen.findByTestId('start-claim-partly', {}, { timeout: 10_000 })).textContent).toContain('faktura.pdf: Filen faktura.pdf är inte en PDF – innehållet är PNG.');
    expect(mock.navigate).not.toHaveBeenCalled();
    await press(screen.getByRole('button', { name: 'Öppna återsökningen' }));
    expect(mock.navigate).toHaveBeenCalledWith('/atersokningar/c-9');
  });
});

describe('validateStartClaim', () => {
  const values = { districtCode: 'JARVA', unitCode: 'U', officerUsername: 'o', claimTypeCode: 'GSKA', amount: '100', periodFrom: '2026-02-01', periodTo: '2026-01-31', question: '' };
  it('refuses a period that ends before it starts and a negative amount', () => {
    const result = validateStartClaim({ ...values, amount: '-5' }, amina);
    expect(result).toEqual({ ok: false, errors: { amount: 'Beloppet kan inte vara negativt.', periodTo: 'Perioden måste sluta samma dag som den börjar eller senare.' } });
  });
});
