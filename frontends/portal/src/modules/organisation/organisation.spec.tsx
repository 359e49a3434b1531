import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';
import { OrganisationPage } from './components/organisation-page.js';
import type { ApplicantProfile, DistrictRow, StaffMember } from './graphql/organisation.graphql.js';

const profile: ApplicantProfile = {
  municipalityName: 'Stockholms stad',
  municipalityCode: '0180',
  postalAddress: 'Box 1',
  postalCode: '105 35',
  city: 'Stockholm',
  contactName: 'Anna Andersson',
  phone: '08-508 000 00',
  email: 'anna@stockholm.se',
  reference: null,
  updatedAt: '2025-01-01T10:00:00Z',
  updatedBy: 'admin',
};

const districts: DistrictRow[] = [
  { code: 'RK', name: 'Rinkeby-Kista', contact: { username: 'kalle', name: 'Kalle Kontakt', email: 'kalle@stockholm.se' }, units: [{ code: 'U1', name: 'Mottagningsenheten' }] },
];

const lisa: StaffMember = { username: 'lisa', name: 'Lisa Larsson', email: 'lisa@stockholm.se', roles: ['DISTRICT_CONTACT'], districtCodes: ['RK'], active: true };

const staffPage = (nodes: StaffMember[]) => ({
  data: { staffMembers: { totalCount: nodes.length, edges: nodes.map((node) => ({ cursor: node.username, node })), pageInfo: { hasNextPage: false, endCursor: null } } },
});

const base = {
  ApplicantProfile: () => ({ data: { applicantProfile: profile } }),
  OrganisationChanges: () => ({
    data: {
      organisationChanges: [
        { id: 'c1', at: '2025-01-01T10:00:00Z', username: 'admin', entityType: 'APPLICANT_PROFILE', entityKey: 'DEFAULT', before: '{"phone":"08-1","city":"Stockholm"}', after: '{"phone":"08-2","city":"Stockholm"}' },
      ],
    },
  }),
  OrganisationDistricts: () => ({ data: { districts } }),
  DistrictRegister: () => ({ data: { districts: districts.map((d) => ({ ...d, validFrom: '2020-07-01', validTo: null, successor: null })) } }),
  StaffMembers: () => staffPage([lisa]),
};

function renderPage(client: Client, section: string) {
  return render(
    <Provider value={client}>
      <OrganisationPage section={section} navigate={() => undefined} />
    </Provider>,
  );
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('Organisation', () => {
  it('saves the applicant profile with the typed values and shows the change history', async () => {
    const { client, calls } = mockClient({ ...base, UpdateApplicantProfile: ({ input }) => ({ data: { updateApplicantProfile: { ...profile, ...(input as object) } } }) });
    renderPage(client, 'kommun');
    expect(screen.getAllByTestId('organisation-change-fields')[0]!.textContent).toBe('Telefon');
    type(/^Kontaktperson/, 'Bo Berg');
    type(/^Referens/, 'Ref 12');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    expect(calls('UpdateApplicantProfile')).toEqual([
      {
        input: {
          municipalityName: 'Stockholms stad',
          municipalityCode: '0180',
          postalAddress: 'Box 1',
          postalCode: '105 35',
          city: 'Stockholm',
          contactName: 'Bo Berg',
          phone: '08-508 000 00',
          email: 'anna@stockholm.se',
          reference: 'Ref 12',
        },
      },
    ]);
    expect(screen.getByTestId('applicant-profile-saved').textContent).toContain('Uppgifterna är sparade.');
  });

  it('shows a client-side format hint and does not send an invalid postnummer', async () => {
    const { client, calls } = mockClient(base);
    renderPage(client, 'kommun');
    type(/^Postnummer/, '12');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    expect(calls('UpdateApplicantProfile')).toEqual([]);
    expect(screen.getByLabelText(/^Postnummer/).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the server field error on the field it names', async () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Telefonnumret ska ha 7–15 siffror.', { extensions: { code: 'BAD_USER_INPUT', field: 'phone' } })] });
    const { client } = mockClient({ ...base, UpdateApplicantProfile: () => ({ error }) });
    renderPage(client, 'kommun');
    type(/^Telefon/, '08-123 456 78');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    });
    const phone = screen.getByLabelText(/^Telefon/);
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (phone.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(describedBy.join(' ')).toContain('Telefonnumret ska ha 7–15 siffror.');
    expect(screen.getByLabelText(/^E-post/).getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByTestId('applicant-profile-saved')).toBeNull();
  });

  it('asks before changing a district contact and sends setDistrictContact', async () => {
    const { client, calls } = mockClient({
      ...base,
      SetDistrictContact: () => ({ data: { setDistrictContact: { ...districts[0], contact: { username: 'lisa', name: 'Lisa Larsson', email: 'lisa@stockholm.se' } } } }),
    });
    renderPage(client, 'stadsdelar');
    expect(screen.getByTestId('district-contact').textContent).toBe('Kalle Kontakt');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Byt kontaktperson för Rinkeby-Kista' }));
    });
    expect(calls('StaffMembers')).toEqual([{ filter: { districtCode: 'RK', role: 'DISTRICT_CONTACT' }, first: 100, after: null }]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Ny kontaktperson/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Lisa Larsson (lisa@stockholm.se)' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara kontaktperson' }));
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Byta kontaktperson för Rinkeby-Kista?' });
    expect(calls('SetDistrictContact')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Byt kontaktperson' }));
    });
    expect(calls('SetDistrictContact')).toEqual([{ input: { districtCode: 'RK', username: 'lisa' } }]);
    expect(screen.getByTestId('district-contact-saved').textContent).toContain('Kontaktpersonen för Rinkeby-Kista är bytt.');
  });

  it('shows the server message in Swedish when the district contact cannot be changed', async () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('Användaren är inte aktiv.', { extensions: { code: 'BAD_USER_INPUT', field: 'username' } })] });
    const { client } = mockClient({ ...base, SetDistrictContact: () => ({ error }) });
    renderPage(client, 'stadsdelar');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Byt kontaktperson för Rinkeby-Kista' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Ny kontaktperson/ }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Lisa Larsson (lisa@stockholm.se)' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara kontaktperson' }));
    });
    await act(async () => {
      fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Byt kontaktperson' }));
    });
    expect(screen.getByTestId('district-contact-error').textContent).toContain('Användaren är inte aktiv.');
  });

  it('lists staff with Swedish role names and adds a member with the selected roles', async () => {
    const { client, calls } = mockClient({ ...base, UpsertStaffMember: ({ input }) => ({ data: { upsertStaffMember: input } }) });
    renderPage(client, 'personal');
    expect(screen.getByTestId('staff-roles').textContent).toBe('Kontaktperson SDF');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lägg till medarbetare' }));
    });
    type(/^Användarnamn/, 'nils');
    type(/^Namn/, 'Nils Nilsson');
    type(/^E-post/, 'nils@stockholm.se');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Handläggare SDF' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kontaktperson SDF' }));
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('staff-district')).getByRole('button'));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('option', { name: 'Rinkeby-Kista' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara medarbetare' }));
    });
    expect(calls('UpsertStaffMember')).toEqual([
      { input: { username: 'nils', name: 'Nils Nilsson', email: 'nils@stockholm.se', roles: ['DISTRICT_CONTACT', 'DISTRICT_OFFICER'], districtCodes: ['RK'], active: true } },
    ]);
    expect(screen.getByTestId('staff-saved').textContent).toContain('Nils Nilsson är sparad.');
  });

  it('asks before deactivating a member, and shows the server field error on the field', async () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('E-postadressen används redan.', { extensions: { code: 'BAD_USER_INPUT', field: 'email' } })] });
    const { client, calls } = mockClient({ ...base, UpsertStaffMember: () => ({ error }) });
    renderPage(client, 'personal');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ändra Lisa Larsson' }));
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Aktiv' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Spara medarbetare' }));
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Inaktivera Lisa Larsson?' });
    expect(calls('UpsertStaffMember')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Inaktivera' }));
    });
    expect(calls('UpsertStaffMember')).toEqual([{ input: { ...lisa, active: false } }]);
    expect(screen.getByLabelText(/^E-post/).getAttribute('aria-invalid')).toBe('true');
  });
});
