import { jest } from '@jest/globals';
import { mockClient } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Provider } from 'urql';
import { MigApplicationPage } from './components/mig-application-page.js';
import { toDocumentData, type MigApplicationNode } from './graphql/mig-application.graphql.js';

const APP: MigApplicationNode = {
  id: 'app-1',
  reference: 'ANS-2026-0001',
  claimType: { code: 'GSKA', name: 'Grundskola' },
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  claimCount: 2,
  totalAmount: 150_000,
  createdAt: '2026-11-24T08:00:00Z',
  createdBy: 'samordnare',
  applicant: { municipalityName: 'Stockholms stad', municipalityCode: '0180', postalAddress: 'Box 1234', postalCode: '105 35', city: 'Stockholm', contactName: 'Åsa Öberg', phone: '08-508 000 00', email: 'asa@stockholm.se', reference: null },
  districtComments: [{ districtCode: 'HASSELBY_VALLINGBY', comment: 'Se bilaga.' }],
  claims: [
    {
      id: 'c-1', status: 'ATERSOK_FORBEREDS_AMF', statusLabel: 'Återsökning förbereds av AmF', amount: 100_000, periodFrom: '2026-01-01', periodTo: '2026-01-31',
      district: { code: 'JARVA', name: 'Järva' }, person: { id: 'p-1', fullName: 'Amina Hassan', personalIdentityNumber: '201001011234', migIndividualNumber: '1234567' },
    },
    {
      id: 'c-2', status: 'ATERSOK_ACCEPTERAD_AMF', statusLabel: 'Återsökning accepterad av AmF', amount: 50_000, periodFrom: '2026-02-01', periodTo: '2026-03-31',
      district: { code: 'HASSELBY_VALLINGBY', name: 'Hässelby-Vällingby' }, person: null,
    },
  ],
};

describe('MigApplicationPage', () => {
  it('shows the summary, the three downloads, the claims with links and the next step', async () => {
    const mock = mockClient({ MigApplication: () => ({ data: { migApplication: APP } }) });
    const navigate = jest.fn();
    render(
      <Provider value={mock.client}>
        <MigApplicationPage id="app-1" navigate={navigate} />
      </Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ansökan ANS-2026-0001: Grundskola (GSKA)');
    expect(screen.getByTestId('mig-application-total').textContent).toBe('1\u00a0500,00\u00a0kr');
    for (const name of ['Ladda ned Excel', 'Ladda ned ansökningsblankett (PDF)', 'Ladda ned bilagor (PDF)']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByTestId('mig-application-missing-persons').textContent).toContain('1 av återsökningarnas personer');
    const next = screen.getByTestId('mig-application-next-step');
    expect(next.textContent).toContain('Nästa steg: markera återsökningarna som inskickade med MiG:s diarienummer');
    const link = within(next).getByRole('link', { name: /Amina Hassan/ });
    expect(link.getAttribute('href')).toBe('/atersokningar/c-1');
    await act(async () => {
      fireEvent.click(link);
    });
    expect(navigate).toHaveBeenCalledWith('/atersokningar/c-1');
  });

  it('turns the federated persons into document rows (dossiernummer, personnummer, district names)', () => {
    const doc = toDocumentData(APP);
    expect(doc.rows[0]).toMatchObject({ dossierNumber: '1234567', name: 'Amina Hassan', personalIdentityNumber: '201001011234', amount: 100_000, districtName: 'Järva' });
    expect(doc.rows[1]).toMatchObject({ dossierNumber: null, name: null, districtName: 'Hässelby-Vällingby' });
    expect(doc.districtComments).toEqual([{ districtCode: 'HASSELBY_VALLINGBY', districtName: 'Hässelby-Vällingby', comment: 'Se bilaga.' }]);
  });
});
