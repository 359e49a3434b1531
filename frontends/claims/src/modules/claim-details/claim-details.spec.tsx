import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider } from 'urql';
import { ClaimDetailsSection } from './components/claim-details-section.js';
import type { ClaimDetailsData, ClaimDetailsNode } from './graphql/claim-details.graphql.js';

function claim(overrides: Partial<ClaimDetailsNode> = {}): ClaimDetailsNode {
  return {
    id: 'claim-1',
    status: 'INITIERAD_TILL_SDF',
    amount: null,
    periodFrom: null,
    periodTo: null,
    unitCode: null,
    officerUsername: null,
    responsibleUsername: null,
    responsibleLabel: 'Statsbidragsgruppen',
    editableDetails: ['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO'],
    claimType: { code: 'GSKA', name: 'Grundskola – asyl' },
    district: { code: 'JARVA', name: 'Järva', units: [{ code: 'JARVA_FH', name: 'Försörjningsstöd Järva' }] },
    edits: [],
    ...overrides,
  };
}

const CONTACT = { username: 'jarva.kontakt', roles: ['DISTRICT_CONTACT'] };
const COORDINATOR = { username: 'samordnare', roles: ['COORDINATOR'] };
const TYPES = [
  { code: 'GSKA', name: 'Grundskola – asyl' },
  { code: 'FSKA', name: 'Förskola – asyl' },
];

function setup(node: ClaimDetailsNode, me = CONTACT, handlers: Handlers = {}) {
  const data: ClaimDetailsData = { me, claim: node, claimTypes: TYPES };
  const mock = mockClient({
    ClaimDetailsSection: () => ({ data }),
    ClaimResponsibleStaff: () => ({ data: { staffMembers: { edges: [{ node: { username: 'amf.anna', name: 'Anna Andersson', active: true } }] } } }),
    ClaimDistrictStaff: () => ({
      data: {
        staffMembers: {
          edges: [
            { node: { username: 'jarva.handlaggare', name: 'Hedda Handläggare', active: true, roles: ['DISTRICT_OFFICER'] } },
            { node: { username: 'jarva.slutat', name: 'Sluta Slutat', active: false, roles: ['DISTRICT_OFFICER'] } },
          ],
        },
      },
    }),
    ...handlers,
  });
  render(
    <Provider value={mock.client}>
      <ClaimDetailsSection claimId={node.id} />
    </Provider>,
  );
  return mock;
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}
async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  });
}
async function choose(label: string, option: string) {
  await click(screen.getByRole('button', { name: new RegExp(label) }));
  await click(screen.getByRole('option', { name: option }));
}

const saved = (field: string) => () => ({ data: { [field]: { id: 'claim-1', status: 'INITIERAD_TILL_SDF', statusLabel: 'Initierad till SDF' } } });

describe('ClaimDetailsSection', () => {
  it('shows unit, district officer and AmF responsible, and the edit history with kronor and "Statsbidragsgruppen"', () => {
    setup(
      claim({
        unitCode: 'JARVA_FH',
        officerUsername: 'jarva.handlaggare',
        responsibleUsername: 'amf.anna',
        responsibleLabel: 'amf.anna',
        edits: [
          { at: '2026-11-24T08:00:00Z', changedBy: 'jarva.handlaggare', reason: 'Enligt beslut', changes: [{ field: 'AMOUNT', fieldLabel: 'Belopp', before: null, after: '1250050' }] },
          { at: '2026-11-24T09:00:00Z', changedBy: 'samordnare', reason: null, changes: [{ field: 'RESPONSIBLE', fieldLabel: 'Ansvarig AmF', before: null, after: 'amf.anna' }] },
        ],
      }),
    );
    expect(screen.getByTestId('claim-unit').textContent).toBe('Försörjningsstöd Järva');
    expect(screen.getByTestId('claim-officer').textContent).toBe('jarva.handlaggare');
    expect(screen.getByTestId('claim-responsible').textContent).toBe('amf.anna');
    expect(screen.getAllByTestId('edit-field').map((c) => c.textContent)).toEqual(['Belopp', 'Ansvarig AmF']);
    expect(screen.getAllByTestId('edit-before').map((c) => c.textContent)).toEqual(['–', 'Statsbidragsgruppen']);
    expect(screen.getAllByTestId('edit-after').map((c) => c.textContent)).toEqual(['12\u00a0500,50\u00a0kr', 'amf.anna']);
    expect(screen.getAllByTestId('edit-reason').map((c) => c.textContent)).toEqual(['Enligt beslut', '']);
    // A district user: no AmF buttons.
    expect(screen.queryByTestId('claim-details-assign')).toBeNull();
    expect(screen.queryByTestId('claim-details-hand-back')).toBeNull();
  });

  it('the contact person assigns unit and officer; only the changed details are sent', async () => {
    const mock = setup(claim(), CONTACT, { UpdateClaimDetails: saved('updateClaimDetails') });
    await click(screen.getByTestId('claim-details-edit'));
    const dialog = screen.getByTestId('claim-details-dialog');
    // The fields the server allows, and no claim type for a district.
    expect(within(dialog).queryByText('Ersättningstyp')).toBeNull();
    await choose('Enhet', 'Försörjningsstöd Järva');
    // The officer is chosen among the district's active staff.
    await click(screen.getByRole('button', { name: /Handläggare SDF/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Hedda Handläggare (jarva.handlaggare)']);
    await click(screen.getByRole('option', { name: 'Hedda Handläggare (jarva.handlaggare)' }));
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(mock.calls('UpdateClaimDetails')).toEqual([{ input: { claimId: 'claim-1', unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare' } }]);
    expect(screen.getByTestId('claim-details-done').textContent).toBe('Uppgifterna är sparade.');
  });

  it('checks the amount and period in the dialog, says when nothing changed, and shows the server’s refusal', async () => {
    const mock = setup(claim({ amount: 100_000, periodFrom: '2025-01-01', periodTo: '2025-03-31' }), CONTACT, {
      UpdateClaimDetails: () => ({
        error: { graphQLErrors: [{ message: 'Beloppet måste vara större än noll (anges i hela öre).', extensions: { code: 'BAD_USER_INPUT', field: 'amount', problems: [{ field: 'amount', reason: 'RANGE', message: 'Beloppet måste vara större än noll (anges i hela öre).' }] } }] },
      }),
    });
    await click(screen.getByTestId('claim-details-edit'));
    const dialog = screen.getByTestId('claim-details-dialog');
    expect((screen.getByLabelText('Belopp i kronor') as HTMLInputElement).value).toBe('1000,00');
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(screen.getByTestId('claim-details-error').textContent).toContain('Inga ändringar att spara.');

    await type('Belopp i kronor', 'noll');
    await type('Period till', '2024-12-31');
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(within(dialog).getByText('Skriv beloppet i kronor, till exempel 12 500 eller 12 500,50.')).toBeTruthy();
    expect(within(dialog).getByText('Perioden måste sluta samma dag som den börjar eller senare.')).toBeTruthy();
    expect(mock.calls('UpdateClaimDetails')).toEqual([]);

    await type('Belopp i kronor', '1 200');
    await type('Period till', '2025-06-30');
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(mock.calls('UpdateClaimDetails')).toEqual([{ input: { claimId: 'claim-1', amount: 120_000, periodTo: '2025-06-30' } }]);
    expect(within(dialog).getByText('Beloppet måste vara större än noll (anges i hela öre).')).toBeTruthy();
  });

  it('a coordinator changes the claim type and the person, and sees the new status when the edit started the preparation', async () => {
    const mock = setup(
      claim({ status: 'ATERSOK_ACCEPTERAD_AMF', amount: 100_000, periodFrom: '2025-01-01', periodTo: '2025-03-31', editableDetails: ['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO', 'CLAIM_TYPE', 'PERSON'] }),
      COORDINATOR,
      {
        UpdateClaimDetails: () => ({ data: { updateClaimDetails: { id: 'claim-1', status: 'ATERSOK_FORBEREDS_AMF', statusLabel: 'Återsökning förbereds av AmF' } } }),
        ClaimProposalPersonSearch: () => ({
          data: { persons: { totalCount: 1, edges: [{ node: { id: 'p-amina', fullName: 'Amina Hassan', personalIdentityNumber: '19900101-0017', district: { code: 'JARVA', name: 'Järva' } } }] } },
        }),
      },
    );
    await click(screen.getByTestId('claim-details-edit'));
    await choose('Ersättningstyp', 'Förskola – asyl (FSKA)');
    await type('Sök person (namn eller personnummer)', 'amina');
    await click(screen.getByTestId('details-person-search-button'));
    expect(mock.calls('ClaimProposalPersonSearch')).toEqual([{ search: 'amina', first: 20 }]);
    await choose('Ny person', 'Amina Hassan (19900101-0017)');
    await type('Anledning (frivillig)', 'Förskola');
    await click(within(screen.getByTestId('claim-details-dialog')).getByRole('button', { name: 'Spara' }));
    expect(mock.calls('UpdateClaimDetails')).toEqual([{ input: { claimId: 'claim-1', claimTypeCode: 'FSKA', personId: 'p-amina', reason: 'Förskola' } }]);
    expect(screen.getByTestId('claim-details-done').textContent).toBe('Uppgifterna är sparade. Återsökningen har nu status "Återsökning förbereds av AmF".');
  });

  it('a coordinator assigns a responsible officer from AmF’s staff, and hands a sent claim back to Statsbidragsgruppen', async () => {
    const mock = setup(claim({ status: 'ATERSOKNING_INSKICKAD_MIG', editableDetails: [], responsibleUsername: 'amf.anna', responsibleLabel: 'amf.anna' }), COORDINATOR, {
      AssignClaimResponsible: saved('assignClaimResponsible'),
    });
    expect(screen.queryByTestId('claim-details-edit')).toBeNull();
    await click(screen.getByTestId('claim-details-hand-back'));
    await click(within(screen.getByTestId('hand-back-dialog')).getByRole('button', { name: 'Ja, lämna tillbaka' }));
    expect(mock.calls('AssignClaimResponsible')).toEqual([{ input: { claimId: 'claim-1', username: null } }]);
    expect(screen.getByTestId('claim-details-done').textContent).toBe('Ansvarig AmF är nu Statsbidragsgruppen.');

    await click(screen.getByTestId('claim-details-assign'));
    const dialog = screen.getByTestId('assign-responsible-dialog');
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(screen.getByTestId('assign-responsible-error').textContent).toBe('Inga ändringar att spara.');
    await choose('Ansvarig handläggare på AmF', 'Statsbidragsgruppen');
    await click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(mock.calls('AssignClaimResponsible').at(-1)).toEqual({ input: { claimId: 'claim-1', username: null } });
  });
});
