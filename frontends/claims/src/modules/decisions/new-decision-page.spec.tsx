import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError, Provider } from 'urql';
import { checkDecisionForm, EMPTY_DECISION_FORM, splitName } from './components/decision-form.js';
import { NewDecisionPage } from './components/new-decision-page.js';
import { OPTIONS } from './decisions-test-data.js';

const TODAY = '2026-11-24';

function setup(handlers: Handlers = {}) {
  const mock = mockClient({
    DecisionOptions: () => ({ data: OPTIONS }),
    RegisterDecision: () => ({ data: { registerDecision: { id: 'd-42' } } }),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <NewDecisionPage navigate={navigate} today={TODAY} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
const type = (label: string | RegExp, value: string) => act(async () => void fireEvent.change(screen.getByLabelText(label), { target: { value } }));
async function choose(button: RegExp, option: string) {
  await click(screen.getByRole('button', { name: button }));
  await click(screen.getByRole('option', { name: option }));
}
const submit = () => click(screen.getByRole('button', { name: 'Registrera beslut' }));

async function fillValid() {
  await type(/^Diarienummer/, '4.2.1-2026-00042');
  await type(/^Individnummer/, '9876543');
  await type(/^Födelsedata/, '20120304');
  await type('Förnamn', 'Testa');
  await type('Efternamn', 'Testsson');
  await type(/^Period från/, '2026-01-01');
  await type(/^Period till/, '2026-03-31');
  await type(/^Beviljat belopp/, '12 345,50');
  await type('Referens', 'REF-1');
  await choose(/Ersättning/, 'Ensamkommande barn (EKB)');
  await choose(/Utfall/, 'Delvis beviljad');
  await type(/^Beslutsdatum/, '2026-04-10');
}

describe('NewDecisionPage ("MiG beslutsunderlag")', () => {
  it('registers the decision with the amount in öre and opens its card', async () => {
    const { calls, navigate } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Registrera beslut' })).toBeTruthy();
    await fillValid();
    await type(/^Återsökningens id/, 'claim-9');
    await submit();
    expect(calls('RegisterDecision')).toEqual([
      {
        input: {
          migCaseNumber: '4.2.1-2026-00042',
          outcome: 'DELVIS_BEVILJAD',
          decidedAt: '2026-04-10',
          grantedAmount: 1_234_550,
          claimId: 'claim-9',
          claimTypeCode: 'EKB',
          periodFrom: '2026-01-01',
          periodTo: '2026-03-31',
          migIndividualNumber: '9876543',
          birthData: '2012-03-04',
          firstName: 'Testa',
          lastName: 'Testsson',
          reference: 'REF-1',
        },
      },
    ]);
    expect(navigate).toHaveBeenCalledWith('/beslut/d-42');
  });

  it('refuses a negative amount, a bad date and missing fields before sending anything', async () => {
    const { calls } = setup();
    await type(/^Beviljat belopp/, '-500');
    await type(/^Beslutsdatum/, '2026-02-30');
    await type(/^Period från/, '2026-04-01');
    await type(/^Period till/, '2026-01-01');
    await type(/^Individnummer/, '12ab');
    await submit();
    expect(screen.getByText('Beviljat belopp kan inte vara negativt.')).toBeTruthy();
    expect(screen.getByText('2026-02-30 är inget giltigt datum. Skriv beslutsdatum som ÅÅÅÅ-MM-DD.')).toBeTruthy();
    expect(screen.getByText('Period till kan inte vara före period från.')).toBeTruthy();
    expect(screen.getByText('Ange MiG:s diarienummer.')).toBeTruthy();
    expect(screen.getByTestId('decision-form-outcome-error').textContent).toBe('Välj beslutets utfall.');
    expect(screen.getByText('Individnumret ska vara 7 eller 8 siffror.')).toBeTruthy();
    expect(screen.getByTestId('decision-form-error').textContent).toContain('Rätta uppgifterna som är markerade.');
    expect(calls('RegisterDecision')).toEqual([]);
  });

  it('refuses a decision date in the future and an amount on a rejection', async () => {
    const { calls } = setup();
    await fillValid();
    await type(/^Beslutsdatum/, '2026-12-01');
    await choose(/Utfall/, 'Avslag');
    await submit();
    expect(screen.getByText('Beslutsdatum kan inte vara ett datum i framtiden.')).toBeTruthy();
    expect(screen.getByText('Vid avslag eller avvisning är beviljat belopp 0 kr.')).toBeTruthy();
    expect(calls('RegisterDecision')).toEqual([]);
  });

  it("shows the server's message at the field it names (extensions.field)", async () => {
    const refused = new CombinedError({
      graphQLErrors: [new GraphQLError('Det finns redan ett beslut med diarienummer 4.2.1-2026-00042 och detta beslutsdatum.', { extensions: { code: 'BAD_USER_INPUT', field: 'migCaseNumber', reason: 'DUPLICATE' } })],
    });
    const { navigate } = setup({ RegisterDecision: () => ({ error: refused }) });
    await fillValid();
    await submit();
    const field = screen.getByLabelText(/^Diarienummer/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Det finns redan ett beslut med diarienummer 4.2.1-2026-00042 och detta beslutsdatum.').length).toBeGreaterThanOrEqual(1);
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('the decision form rules', () => {
  it('allows 0 kr on a rejection and needs more than 0 kr when something is granted', () => {
    const base = { ...EMPTY_DECISION_FORM, migCaseNumber: 'X-1', decidedAt: '2026-01-10' };
    expect(checkDecisionForm({ ...base, outcome: 'AVSLAG', grantedAmount: '0' }, TODAY)).toMatchObject({ ok: true, input: { grantedAmount: 0, outcome: 'AVSLAG' } });
    expect(checkDecisionForm({ ...base, outcome: 'BEVILJAD', grantedAmount: '0' }, TODAY)).toEqual({
      ok: false,
      errors: { grantedAmount: 'Beviljat belopp måste vara större än noll när ersättning beviljas.' },
    });
    expect(checkDecisionForm({ ...base, outcome: 'BEVILJAD', grantedAmount: '' }, TODAY)).toEqual({ ok: false, errors: { grantedAmount: 'Ange beviljat belopp (0 vid avslag eller avvisning).' } });
  });

  it('splits MiG\'s name into first and last name', () => {
    expect(splitName('Testa Maria Testsson')).toEqual({ firstName: 'Testa Maria', lastName: 'Testsson' });
    expect(splitName('Testsson, Testa')).toEqual({ firstName: 'Testa', lastName: 'Testsson' });
    expect(splitName(null)).toEqual({ firstName: '', lastName: '' });
  });
});
