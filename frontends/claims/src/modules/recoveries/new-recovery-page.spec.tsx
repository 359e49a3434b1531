import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Provider } from 'urql';
import { NewRecoveryPage } from './components/new-recovery-page.js';
import { JARVA, SODERMALM } from './test-data.js';

// A coordination number (day + 60) from the test range: no real person.
const PERSON = { id: 'p-1', fullName: 'Testa Testsson', personalIdentityNumber: '201001671234', migIndividualNumber: null, birthDate: null };

function setup(handlers: Handlers = {}) {
  const mock = mockClient({
    RecoveryOptions: () => ({ data: { claimTypes: [{ code: 'FSKA', name: 'Förskola' }], districts: [JARVA, SODERMALM] } }),
    StartClaimFindPerson: () => ({ data: { persons: { totalCount: 1, edges: [{ node: PERSON }] } } }),
    StartRecovery: () => ({ data: { startRecovery: { id: 'r-9' } } }),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <NewRecoveryPage navigate={navigate} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function type(testId: string, value: string) {
  const field = screen.getByTestId(testId);
  const input = field.tagName === 'TEXTAREA' ? field : within(field.closest('.sb-field') as HTMLElement).getByRole('textbox');
  await act(async () => {
    fireEvent.change(input, { target: { value } });
  });
}

async function choose(testId: string, option: string) {
  await act(async () => {
    fireEvent.click(within(screen.getByTestId(testId)).getByRole('button'));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('option', { name: option }));
  });
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

async function pickPerson() {
  await type('recovery-person-search', 'Testa');
  await press('Sök');
  await act(async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Välj Testa Testsson' }));
  });
}

const errorOf = (label: string) => {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

describe('NewRecoveryPage', () => {
  it('refuses an amount of 0, a negative amount, a period that ends before it starts and a missing person', async () => {
    const { calls } = setup();
    await screen.findByRole('heading', { name: 'Nytt återkrav' });
    await type('recovery-period-from', '2026-03-31');
    await type('recovery-period-to', '2026-01-01');
    await type('recovery-amount-input', '0');
    await press('Registrera återkrav');
    expect(errorOf('Belopp (kr)')).toContain('Beloppet måste vara större än noll.');
    expect(errorOf('Period till')).toContain('Perioden kan inte sluta före den börjar.');
    expect(errorOf('Orsak')).toContain('Beskriv varför utbetalningen var felaktig.');
    expect(screen.getByText('Välj den person som återkravet gäller.')).toBeTruthy();
    expect(screen.getByText('Välj ersättning.')).toBeTruthy();
    await type('recovery-amount-input', '-100');
    await press('Registrera återkrav');
    expect(errorOf('Belopp (kr)')).toContain('Beloppet kan inte vara negativt.');
    expect(calls('StartRecovery')).toEqual([]);
  });

  it('starts the recovery with the amount in öre and opens it', async () => {
    const { calls, navigate } = setup();
    await screen.findByRole('heading', { name: 'Nytt återkrav' });
    await pickPerson();
    expect(screen.getByTestId('recovery-person').textContent).toBe('Testa Testsson (201001671234)');
    await choose('recovery-compensation', 'Förskola (FSKA)');
    await type('recovery-period-from', '2026-01-01');
    await type('recovery-period-to', '20260331');
    await type('recovery-amount-input', '1 234,50');
    await type('recovery-reason', 'Personen flyttade i februari.');
    await type('recovery-mig-case', '4321-2026-000123');
    await type('recovery-decided-at', '2026-11-20');
    await choose('recovery-district', 'Södermalm');
    await press('Registrera återkrav');
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/aterkrav/r-9'));
    expect(calls('StartRecovery')).toEqual([
      {
        input: {
          personId: 'p-1',
          compensationCode: 'FSKA',
          periodFrom: '2026-01-01',
          periodTo: '2026-03-31',
          amount: 123_450,
          reason: 'Personen flyttade i februari.',
          migCaseNumber: '4321-2026-000123',
          decidedAt: '2026-11-20',
          proposedAction: null,
          districtCode: 'SODERMALM',
        },
      },
    ]);
  });

  it("shows the server's refusal at the field it names", async () => {
    const { navigate } = setup({
      StartRecovery: () => ({ error: { graphQLErrors: [{ message: 'Perioden ligger utanför personens tid i kommunen.', extensions: { code: 'BAD_USER_INPUT', field: 'periodFrom' } }] } }),
    });
    await screen.findByRole('heading', { name: 'Nytt återkrav' });
    await pickPerson();
    await choose('recovery-compensation', 'Förskola (FSKA)');
    await type('recovery-period-from', '2026-01-01');
    await type('recovery-period-to', '2026-03-31');
    await type('recovery-amount-input', '500');
    await type('recovery-reason', 'Fel period.');
    await press('Registrera återkrav');
    await waitFor(() => expect(errorOf('Period från')).toContain('Perioden ligger utanför personens tid i kommunen.'));
    expect(navigate).not.toHaveBeenCalled();
  });
});
