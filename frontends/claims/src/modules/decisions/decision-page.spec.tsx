import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError, Provider } from 'urql';
import { DecisionPage } from './components/decision-page.js';
import { OPTIONS, decisionCard } from './decisions-test-data.js';
import type { DecisionNode } from './graphql/decisions.graphql.js';

const TODAY = '2026-11-24';

function setup(roles: string[] = ['COORDINATOR'], node: DecisionNode | null = decisionCard(), handlers: Handlers = {}) {
  const mock = mockClient({
    Decision: () => ({ data: { decision: node } }),
    DecisionOptions: () => ({ data: OPTIONS }),
    CorrectDecision: () => ({ data: { correctDecision: node } }),
    SetDecisionPurgeDate: (v) => ({ data: { setDecisionPurgeDate: { ...node, purgeAt: v.purgeAt ?? '2026-05-22', purgeAtManual: v.purgeAt != null } } }),
    MarkDecisionAppealed: (v) => ({ data: { markDecisionAppealed: { ...node, appealed: v.appealed } } }),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <DecisionPage id="1" navigate={navigate} roles={roles} today={TODAY} />
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
const field = (testId: string) => screen.getByTestId(testId).textContent?.replace(/[✓⚠✕]/g, '');

describe('DecisionPage', () => {
  it('shows every field of the decision, laga kraft, the purge date, the payments and links to the claim and the person', async () => {
    const { navigate } = setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Beslut 4.2.1-2026-00001: Beviljad');
    expect(field('decision-granted')).toBe('12\u00a0345,50\u00a0kr');
    expect(field('decision-paid')).toBe('12\u00a0345,50\u00a0kr (senast 2026-05-25)');
    expect(field('decision-period')).toBe('2026-01-01 – 2026-03-31');
    expect(field('decision-final-at')).toBe('2026-05-01 Laga kraft');
    expect(field('decision-purge-at')).toBe('2026-05-22 (automatiskt)');
    expect(field('decision-person-name')).toBe('Testa Testsson');
    expect(field('decision-individual-number')).toBe('9876543');
    expect(field('decision-birth-data')).toBe('2012-03-04');
    expect(field('decision-reference')).toBe('REF-77');
    expect(field('decision-district')).toBe('Järva');
    expect(field('decision-source')).toBe('Import från MiG');
    const rows = screen.getAllByTestId('decision-payment-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('decision-payment-amount').textContent).toBe('12\u00a0345,50\u00a0kr');
    expect(within(rows[1]!).getByTestId('decision-payment-amount').textContent?.replace('✕', '')).toBe('−200,00\u00a0kr Återkrav');
    const claim = screen.getByRole('link', { name: 'Öppna återsökningen' });
    expect(claim.getAttribute('href')).toBe('/atersokningar/claim-9');
    expect(screen.getByRole('link', { name: 'Öppna personkortet' }).getAttribute('href')).toBe('/personer/person-3');
    await click(claim);
    expect(navigate).toHaveBeenCalledWith('/atersokningar/claim-9');
  });

  it('says when the decision is appealed and when the purge date was set by hand', () => {
    setup(['DISTRICT_OFFICER'], decisionCard({ appealed: true, isFinal: false, purgeAt: '2027-01-31', purgeAtManual: true }));
    expect(field('decision-final-at')).toBe('2026-05-01 – vinner inte laga kraft förrän överklagandet är avgjort Överklagat');
    expect(field('decision-purge-at')).toBe('2027-01-31 (manuellt satt)');
    // A district's officer reads the card but gets no actions.
    expect(screen.queryByTestId('decision-actions')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rätta beslut' })).toBeNull();
  });

  it('says so when the decision does not exist or is not the district’s', () => {
    setup(['DISTRICT_OFFICER'], null);
    expect(screen.getByRole('status').textContent).toContain('Beslutet finns inte');
  });

  it('"Rätta beslut" opens the form filled in with the decision and sends the correction', async () => {
    const { calls } = setup();
    await click(screen.getByRole('button', { name: 'Rätta beslut' }));
    const form = within(screen.getByTestId('correct-decision'));
    expect((form.getByLabelText(/^Diarienummer/) as HTMLInputElement).value).toBe('4.2.1-2026-00001');
    expect((form.getByLabelText(/^Beviljat belopp/) as HTMLInputElement).value).toBe('12345,50');
    expect((form.getByLabelText('Förnamn') as HTMLInputElement).value).toBe('Testa');
    expect((form.getByLabelText('Efternamn') as HTMLInputElement).value).toBe('Testsson');
    expect((form.getByLabelText(/^Återsökningens id/) as HTMLInputElement).value).toBe('claim-9');
    await type(/^Beviljat belopp/, '10 000');
    await click(form.getByRole('button', { name: 'Spara rättelse' }));
    expect(calls('CorrectDecision')).toEqual([
      {
        id: '1',
        input: {
          migCaseNumber: '4.2.1-2026-00001',
          outcome: 'BEVILJAD',
          decidedAt: '2026-04-10',
          grantedAmount: 1_000_000,
          claimId: 'claim-9',
          claimTypeCode: 'EKB',
          periodFrom: '2026-01-01',
          periodTo: '2026-03-31',
          migIndividualNumber: '9876543',
          birthData: '2012-03-04',
          firstName: 'Testa',
          lastName: 'Testsson',
          reference: 'REF-77',
          personId: 'person-3',
          districtCode: 'JARVA',
        },
      },
    ]);
    expect(screen.getByTestId('decision-done').textContent).toBe('Beslutet är rättat.');
    expect(screen.queryByTestId('correct-decision')).toBeNull();
  });

  it('"Rätta beslut" refuses a negative amount without sending it', async () => {
    const { calls } = setup(['ADMINISTRATOR']);
    await click(screen.getByRole('button', { name: 'Rätta beslut' }));
    await type(/^Beviljat belopp/, '-1 000');
    await click(screen.getByRole('button', { name: 'Spara rättelse' }));
    expect(screen.getByText('Beviljat belopp kan inte vara negativt.')).toBeTruthy();
    expect(calls('CorrectDecision')).toEqual([]);
  });

  it('"Ändra gallringsdatum" asks first, checks the date and saves it, or sets it back to automatic', async () => {
    const { calls } = setup();
    await click(screen.getByRole('button', { name: 'Ändra gallringsdatum' }));
    const dialog = within(screen.getByRole('alertdialog', { name: 'Ändra gallringsdatum' }));
    await click(dialog.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls('SetDecisionPurgeDate')).toEqual([]);

    await click(screen.getByRole('button', { name: 'Ändra gallringsdatum' }));
    await type('Nytt gallringsdatum', '2027-02-30');
    await click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByTestId('purge-date-error').textContent).toBe('2027-02-30 är inget giltigt datum. Skriv gallringsdatum som ÅÅÅÅ-MM-DD.');
    await type('Nytt gallringsdatum', '2026-01-31');
    await click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByTestId('purge-date-error').textContent).toBe('Gallringsdatumet kan inte vara ett passerat datum.');
    await type('Nytt gallringsdatum', '2027-01-31');
    await click(screen.getByRole('button', { name: 'Spara' }));
    expect(calls('SetDecisionPurgeDate')).toEqual([{ id: '1', purgeAt: '2027-01-31' }]);
    expect(screen.getByTestId('decision-done').textContent).toBe('Gallringsdatumet är nu 2027-01-31 (manuellt satt).');

    await click(screen.getByRole('button', { name: 'Ändra gallringsdatum' }));
    await click(screen.getByRole('checkbox', { name: 'Återställ automatiskt' }));
    await click(screen.getByRole('button', { name: 'Spara' }));
    expect(calls('SetDecisionPurgeDate')[1]).toEqual({ id: '1', purgeAt: null });
    expect(screen.getByTestId('decision-done').textContent).toBe('Gallringsdatumet räknas åter automatiskt: 2026-05-22.');
  });

  it('"Markera som överklagat" asks for confirmation before marking', async () => {
    const { calls } = setup();
    await click(screen.getByRole('button', { name: 'Markera som överklagat' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Markera beslutet som överklagat?' });
    expect(dialog.textContent).toContain('vinner då inte laga kraft 2026-05-01');
    await click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(calls('MarkDecisionAppealed')).toEqual([]);
    await click(screen.getByRole('button', { name: 'Markera som överklagat' }));
    await click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Markera som överklagat' }));
    expect(calls('MarkDecisionAppealed')).toEqual([{ id: '1', appealed: true }]);
    expect(screen.getByTestId('decision-done').textContent).toBe('Beslutet är markerat som överklagat.');
  });

  it('"Ta bort markering" on an appealed decision, and the server’s refusal in Swedish', async () => {
    const refused = new CombinedError({ graphQLErrors: [new GraphQLError('Du har inte behörighet att ändra beslut.', { extensions: { code: 'FORBIDDEN' } })] });
    const { calls } = setup(['COORDINATOR'], decisionCard({ appealed: true, isFinal: false }), { MarkDecisionAppealed: () => ({ error: refused }) });
    await click(screen.getByRole('button', { name: 'Ta bort markering' }));
    await click(within(screen.getByRole('alertdialog', { name: 'Ta bort markeringen som överklagat?' })).getByRole('button', { name: 'Ta bort markering' }));
    expect(calls('MarkDecisionAppealed')).toEqual([{ id: '1', appealed: false }]);
    await waitFor(() => expect(screen.getByTestId('appeal-error').textContent).toBe('Du har inte behörighet att ändra beslut.'));
  });
});
