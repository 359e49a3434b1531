import { jest } from '@jest/globals';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError, Provider } from 'urql';
import { GraphQLError } from 'graphql';
import { NewMigApplicationPage, overlaps } from './components/new-mig-application-page.js';
import type { CandidateClaim } from './graphql/mig-application.graphql.js';

const PROFILE = {
  municipalityName: 'Stockholms stad',
  municipalityCode: '0180',
  postalAddress: 'Box 1234',
  postalCode: '105 35',
  city: 'Stockholm',
  contactName: 'Åsa Öberg',
  phone: '08-508 000 00',
  email: 'asa.oberg@stockholm.se',
  reference: null,
};

const claim = (id: string, district: { code: string; name: string }, period: [string, string], amount: number, name: string): CandidateClaim => ({
  id,
  status: 'ATERSOK_FORBEREDS_AMF',
  statusLabel: 'Återsökning förbereds av AmF',
  amount,
  periodFrom: period[0],
  periodTo: period[1],
  district,
  person: { id: `p-${id}`, fullName: name },
  migApplications: id === 'c-2' ? [{ id: 'app-0', reference: 'ANS-2026-0003' }] : [],
});
const JARVA = { code: 'JARVA', name: 'Järva' };
const HV = { code: 'HASSELBY_VALLINGBY', name: 'Hässelby-Vällingby' };
const CLAIMS = [
  claim('c-1', JARVA, ['2026-01-01', '2026-03-31'], 100_000, 'Amina Hassan'),
  claim('c-2', HV, ['2026-02-01', '2026-02-28'], 50_000, 'Åsa Öberg'),
  claim('c-3', JARVA, ['2025-01-01', '2025-06-30'], 70_000, 'Omar Ali'),
];

function setup(search: string, handlers: Handlers = {}, profile: typeof PROFILE | null = PROFILE) {
  const mock = mockClient({
    NewMigApplication: () => ({ data: { claimTypes: [{ code: 'GSKA', name: 'Grundskola' }], applicantProfile: profile } }),
    MigApplicationCandidates: () => ({ data: { claims: { totalCount: CLAIMS.length, edges: CLAIMS.map((node) => ({ node })) } } }),
    CompileMigApplication: () => ({ data: { compileMigApplication: { id: 'app-1', reference: 'ANS-2026-0001' } } }),
    ...handlers,
  });
  const navigate = jest.fn();
  render(
    <Provider value={mock.client}>
      <NewMigApplicationPage navigate={navigate} search={search} />
    </Provider>,
  );
  return { ...mock, navigate };
}

async function type(label: string | RegExp, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}
async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
const submit = () => click(screen.getByRole('button', { name: 'Skapa ansökan' }));

describe('NewMigApplicationPage', () => {
  it('lists the prepared and accepted claims of the type in the period, all selected, and the applicant from the profile', async () => {
    const { calls } = setup('?typ=GSKA&fran=2026-01-01&till=2026-06-30');
    expect(calls('MigApplicationCandidates')[0]).toMatchObject({ filter: { statuses: ['ATERSOK_FORBEREDS_AMF', 'ATERSOK_ACCEPTERAD_AMF'], claimTypeCode: 'GSKA' } });
    const boxes = screen.getAllByTestId('new-mig-application-claim') as HTMLInputElement[];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual([
      ['c-1', true],
      ['c-2', true],
    ]);
    expect(within(screen.getByTestId('new-mig-application-claims')).getByText(/valda/).textContent).toBe('Välj återsökningar (2 av 2 valda, summa 1\u00a0500,00\u00a0kr)');
    const applicant = screen.getByTestId('new-mig-application-applicant');
    expect(within(applicant).getByText('Stockholms stad')).toBeTruthy();
    expect(within(applicant).getByText('Åsa Öberg')).toBeTruthy();
    expect(screen.getByLabelText('Kommentar för Järva (frivillig)')).toBeTruthy();
    expect(screen.getByLabelText('Kommentar för Hässelby-Vällingby (frivillig)')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Åsa Öberg/ }).parentElement!.textContent).toContain('ingår redan i ANS-2026-0003');
  });

  it('sends the selected claims, the overridden applicant and the comments, then opens the application', async () => {
    const { calls, navigate } = setup('?typ=GSKA&fran=2026-01-01&till=2026-06-30');
    await click(screen.getByRole('checkbox', { name: /Åsa Öberg/ }));
    expect(screen.queryByLabelText('Kommentar för Hässelby-Vällingby (frivillig)')).toBeNull();
    await click(screen.getByRole('button', { name: 'Ändra för denna ansökan' }));
    await type('Kontaktperson', 'Björn Ek');
    await type('Referens (frivillig)', 'Dnr 2026/17');
    await type('Kommentar för Järva (frivillig)', 'Beslut bifogas.');
    await submit();
    expect(calls('CompileMigApplication')).toEqual([
      {
        input: {
          claimIds: ['c-1'],
          applicant: { ...PROFILE, contactName: 'Björn Ek', reference: 'Dnr 2026/17' },
          districtComments: [{ districtCode: 'JARVA', comment: 'Beslut bifogas.' }],
        },
      },
    ]);
    expect(navigate).toHaveBeenCalledWith('/ansokningar/app-1');
  });

  it('shows Swedish messages next to the fields and sends nothing while something is wrong', async () => {
    const { calls } = setup('?typ=GSKA');
    await click(screen.getByRole('button', { name: 'Välj ingen' }));
    await click(screen.getByRole('button', { name: 'Ändra för denna ansökan' }));
    await type('E-post', 'asa.stockholm.se');
    await type('Postnummer', '10535');
    await type('Telefon', 'ring mig');
    await type('Kontaktperson', '');
    await type('Period från', '2026-13-01');
    await submit();
    expect(calls('CompileMigApplication')).toEqual([]);
    expect(screen.getByTestId('new-mig-application-error').textContent).toContain('Rätta uppgifterna');
    expect(screen.getByTestId('new-mig-application-claims-error').textContent).toBe('Välj minst en återsökning.');
    const message = (label: string) => {
      const input = screen.getByLabelText(label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    };
    expect(message('E-post')).toContain('E-post har fel format, t.ex. namn@stockholm.se.');
    expect(message('Postnummer')).toContain('Postnummer ska skrivas NNN NN, t.ex. 105 35.');
    expect(message('Telefon')).toContain('Telefon får bara innehålla siffror');
    expect(message('Kontaktperson')).toContain('Kontaktperson måste anges.');
    expect(message('Period från')).toContain('2026-13-01 är inget giltigt datum.');
  });

  it('shows the server refusal, with its field messages', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Bara återsökningar med status ... kan ingå i en ansökan. Dessa har annan status: c-2.', { extensions: { code: 'BAD_USER_INPUT', field: 'claimIds', reason: 'WRONG_STATUS' } }),
      ],
    });
    const { navigate } = setup('?typ=GSKA&fran=2026-01-01', { CompileMigApplication: () => ({ error: refusal }) });
    await submit();
    expect(screen.getByTestId('new-mig-application-error').textContent).toContain('Dessa har annan status: c-2.');
    expect(screen.getByTestId('new-mig-application-claims-error').textContent).toContain('c-2');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for the applicant when no profile is registered', async () => {
    setup('?typ=GSKA', {}, null);
    expect(screen.getByTestId('new-mig-application-applicant-form')).toBeTruthy();
    expect((screen.getByLabelText(/^Kommun/, { selector: 'input[name="applicant.municipalityName"]' }) as HTMLInputElement).value).toBe('');
  });
});

describe('overlaps', () => {
  it('keeps claims whose period overlaps, with open ends', () => {
    expect(overlaps({ periodFrom: '2026-01-01', periodTo: '2026-03-31' }, '2026-03-31', '')).toBe(true);
    expect(overlaps({ periodFrom: '2026-01-01', periodTo: '2026-03-31' }, '2026-04-01', '')).toBe(false);
    expect(overlaps({ periodFrom: '2026-01-01', periodTo: '2026-03-31' }, '', '2025-12-31')).toBe(false);
    expect(overlaps({ periodFrom: null, periodTo: null }, '', '')).toBe(false);
  });
});
