import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError, Provider, type Client } from 'urql';
import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { OrganisationPage } from './components/organisation-page.js';
import type { CompensationTypeRow, DefaultOfficerRow, DistrictRegisterRow, DistrictUnits } from './graphql/organisation-admin.graphql.js';
import type { StaffMember } from './graphql/organisation.graphql.js';

const register: DistrictRegisterRow[] = [
  { code: 'RINKEBY_KISTA', name: 'Rinkeby-Kista', validFrom: '2020-07-01', validTo: '2023-06-30', successor: { code: 'JARVA', name: 'Järva' }, contact: null, units: [] },
  { code: 'JARVA', name: 'Järva', validFrom: '2023-07-01', validTo: null, successor: null, contact: { username: 'kim', name: 'Kim Kontakt', email: 'kim@example.org' }, units: [] },
];

const units: DistrictUnits[] = [
  {
    code: 'JARVA',
    name: 'Järva',
    units: [
      { code: 'JARVA_IFO', name: 'Individ- och familjeomsorg Järva', districtCode: 'JARVA', active: true },
      { code: 'JARVA_GAMMAL', name: 'Gamla enheten', districtCode: 'JARVA', active: false },
    ],
  },
  { code: 'FARSTA', name: 'Farsta', units: [{ code: 'FARSTA_IFO', name: 'Individ- och familjeomsorg Farsta', districtCode: 'FARSTA', active: true }] },
];

const gska = { code: 'GSKA', name: 'GRUNDSKOLA - ASYL', group: 'SKOLA', groupName: 'Skola' };
const officers: DefaultOfficerRow[] = [
  { claimTypeCode: 'GSKA', claimType: gska, grantsTeam: true, assigneeName: 'Statsbidragsgruppen', officer: null, updatedAt: null, updatedBy: null },
  {
    claimTypeCode: 'HVBAS',
    claimType: { code: 'HVBAS', name: 'HVB-PLACERING EFTER ANVISNING - ASYL', group: 'BUV2', groupName: 'Ensamkommande barn' },
    grantsTeam: false,
    assigneeName: 'Sara Samordnare',
    officer: { username: 'samordnare', name: 'Sara Samordnare', email: 'sara@example.org' },
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'seed',
  },
];

const staff: StaffMember[] = [
  { username: 'samordnare', name: 'Sara Samordnare', email: 'sara@example.org', roles: ['COORDINATOR'], districtCodes: [], active: true },
  { username: 'administrator', name: 'Anna Administratör', email: 'anna@example.org', roles: ['ADMINISTRATOR'], districtCodes: [], active: true },
  { username: 'slutat', name: 'Sigge Slutat', email: 'sigge@example.org', roles: ['COORDINATOR'], districtCodes: [], active: false },
  { username: 'jarva.handlaggare', name: 'Hedda Handläggare', email: 'hedda@example.org', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'], active: true },
];

const code = (c: Partial<CompensationTypeRow> & { code: string }): CompensationTypeRow => ({
  group: 'SKOLA',
  groupName: 'Skola',
  name: c.code,
  paidWithApplication: true,
  validFrom: '2016-01-01',
  validTo: null,
  isRecovery: false,
  isClaimType: true,
  updatedAt: '2026-01-01T10:00:00Z',
  updatedBy: 'seed',
  ...c,
});
const codes: CompensationTypeRow[] = [
  code({ code: 'GSKA', name: 'GRUNDSKOLA - ASYL' }),
  code({ code: 'Å-GSK', name: 'ÅTERKRAV GRUNDSKOLA - ASYL', isRecovery: true, isClaimType: false }),
  code({ code: 'NSCH', group: 'SCHABLON', groupName: 'Schablonersättningar', name: 'GENERALSCHABLON', paidWithApplication: false, isClaimType: false }),
  code({ code: 'PRELH', group: 'BUV2', groupName: 'Ensamkommande barn', name: 'PRELIMINÄR DELUTBETALNING', paidWithApplication: false, isClaimType: false, validFrom: '2016-12-01', validTo: '2016-12-31' }),
];
const page = (rows: CompensationTypeRow[]) => ({
  data: { compensationTypes: { totalCount: rows.length, edges: rows.map((node) => ({ cursor: node.code, node })), pageInfo: { hasNextPage: false, endCursor: null } } },
});

const base: Handlers = {
  OrganisationChanges: () => ({ data: { organisationChanges: [] } }),
  DistrictRegister: () => ({ data: { districts: register } }),
  DistrictUnits: () => ({ data: { districts: units } }),
  DefaultOfficers: () => ({ data: { defaultOfficers: officers } }),
  StaffMembers: () => ({ data: { staffMembers: { totalCount: staff.length, edges: staff.map((node) => ({ cursor: node.username, node })), pageInfo: { hasNextPage: false, endCursor: null } } } }),
  CompensationTypes: () => page(codes),
};

const problemsError = (problems: { field: string; reason: string; message: string }[]) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError(problems.map((p) => p.message).join(' '), { extensions: { code: 'BAD_USER_INPUT', field: problems[0]!.field, reason: problems[0]!.reason, problems } })],
  });

function renderPage(client: Client, section: string) {
  return render(
    <Provider value={client}>
      <OrganisationPage section={section} navigate={() => undefined} />
    </Provider>,
  );
}

const press = async (element: Element) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const type = (scope: HTMLElement, label: string | RegExp, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const choose = async (scope: HTMLElement, select: RegExp, option: string) => {
  await press(within(scope).getByRole('button', { name: select }));
  await press(screen.getByRole('option', { name: option }));
};
/** The texts tied to a field by aria-describedby (description and error). */
const describedText = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('Organisation: districts', () => {
  it('shows validity and successor, and offers the contact person only for current districts', () => {
    const { client } = mockClient(base);
    renderPage(client, 'stadsdelar');
    const rows = screen.getAllByTestId('district-row');
    const rk = rows.find((r) => r.textContent?.includes('Rinkeby-Kista'))!;
    expect(within(rk).getByTestId('district-status').textContent).toContain('Upphörd');
    expect(within(rk).getByTestId('district-successor').textContent).toBe('Järva');
    expect(within(rk).queryByRole('button', { name: /Byt kontaktperson/ })).toBeNull();
    const jarva = rows.find((r) => r.textContent?.includes('Järva') && r !== rk)!;
    expect(within(jarva).getByTestId('district-status').textContent).toContain('Gäller');
    expect(within(jarva).getByRole('button', { name: 'Byt kontaktperson för Järva' })).toBeTruthy();
  });

  it('creates a district with validity and successor from the dialog', async () => {
    const { client, calls } = mockClient({ ...base, CreateDistrict: ({ input }) => ({ data: { createDistrict: { ...register[1]!, ...(input as object), successor: null } } }) });
    renderPage(client, 'stadsdelar');
    await press(screen.getByRole('button', { name: 'Ny stadsdel' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny stadsdel' });
    type(dialog, /^Kod/, 'SODRA_JARVA');
    type(dialog, /^Namn/, 'Södra Järva');
    type(dialog, /^Giltig från/, '2027-01-01');
    type(dialog, /^Giltig till/, '2027-12-31');
    await choose(dialog, /Efterträdare/, 'Järva (2023-07-01 – tills vidare)');
    await press(within(dialog).getByRole('button', { name: 'Spara stadsdel' }));
    expect(calls('CreateDistrict')).toEqual([{ input: { code: 'SODRA_JARVA', name: 'Södra Järva', validFrom: '2027-01-01', validTo: '2027-12-31', successorCode: 'JARVA' } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('district-contact-saved').textContent).toContain('Södra Järva är sparad.');
  });

  it('refuses an end before the start before sending, next to the field', async () => {
    const { client, calls } = mockClient(base);
    renderPage(client, 'stadsdelar');
    await press(screen.getByRole('button', { name: 'Ändra Järva' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra Järva' });
    expect((within(dialog).getByLabelText(/^Kod/) as HTMLInputElement).readOnly).toBe(true);
    type(dialog, /^Giltig till/, '2023-06-01');
    await press(within(dialog).getByRole('button', { name: 'Spara stadsdel' }));
    expect(calls('UpdateDistrict')).toEqual([]);
    const validTo = within(dialog).getByLabelText(/^Giltig till/);
    expect(validTo.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(validTo)).toContain('Giltig till kan inte vara före giltig från.');
  });

  it('shows each server problem next to its field', async () => {
    const error = problemsError([
      { field: 'name', reason: 'DUPLICATE_NAME', message: 'Stadsdelen Farsta (FARSTA) gäller redan under samma tid.' },
      { field: 'successorCode', reason: 'SUCCESSOR_NOT_VALID', message: 'Rinkeby-Kista gäller inte 2027-07-01, dagen efter att stadsdelen upphör.' },
    ]);
    const { client, calls } = mockClient({ ...base, UpdateDistrict: () => ({ error }) });
    renderPage(client, 'stadsdelar');
    await press(screen.getByRole('button', { name: 'Ändra Järva' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra Järva' });
    type(dialog, /^Giltig till/, '2027-06-30');
    await choose(dialog, /Efterträdare/, 'Rinkeby-Kista (2020-07-01 – 2023-06-30)');
    await press(within(dialog).getByRole('button', { name: 'Spara stadsdel' }));
    expect(calls('UpdateDistrict')).toEqual([{ input: { code: 'JARVA', name: 'Järva', validFrom: '2023-07-01', validTo: '2027-06-30', successorCode: 'RINKEBY_KISTA' } }]);
    const name = within(dialog).getByLabelText(/^Namn/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(name)).toContain('Stadsdelen Farsta (FARSTA) gäller redan under samma tid.');
    expect(within(dialog).getByTestId('district-successor-error').textContent).toBe('Rinkeby-Kista gäller inte 2027-07-01, dagen efter att stadsdelen upphör.');
    expect(within(dialog).getByLabelText(/^Giltig till/).getAttribute('aria-invalid')).toBeNull();
  });
});

describe('Organisation: units', () => {
  it('lists the units of the chosen district with their status; a deactivated unit has no actions', async () => {
    const { client } = mockClient(base);
    renderPage(client, 'enheter');
    expect(screen.getAllByTestId('unit-name').map((c) => c.textContent)).toEqual(['Individ- och familjeomsorg Järva', 'Gamla enheten']);
    const old = screen.getAllByTestId('unit-row').find((r) => r.textContent?.includes('Gamla enheten'))!;
    expect(within(old).getByTestId('unit-status').textContent).toContain('Avvecklad');
    expect(within(old).queryByRole('button')).toBeNull();
    await choose(document.body, /Stadsdel$/, 'Farsta');
    expect(screen.getAllByTestId('unit-name').map((c) => c.textContent)).toEqual(['Individ- och familjeomsorg Farsta']);
  });

  it('adds a unit to the chosen district', async () => {
    const { client, calls } = mockClient({ ...base, CreateUnit: ({ input }) => ({ data: { createUnit: { ...(input as object), active: true } } }) });
    renderPage(client, 'enheter');
    await press(screen.getByRole('button', { name: 'Ny enhet' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny enhet i Järva' });
    type(dialog, /^Kod/, 'JARVA_MOTTAGNING');
    type(dialog, /^Namn/, 'Mottagningsenheten');
    await press(within(dialog).getByRole('button', { name: 'Spara enhet' }));
    expect(calls('CreateUnit')).toEqual([{ input: { code: 'JARVA_MOTTAGNING', name: 'Mottagningsenheten', districtCode: 'JARVA' } }]);
    expect(screen.getByTestId('unit-saved').textContent).toContain('Mottagningsenheten är sparad.');
  });

  it('renames and moves a unit, and shows the server message on the name field', async () => {
    const error = problemsError([{ field: 'name', reason: 'DUPLICATE_NAME', message: 'Stadsdelen har redan en enhet som heter IFO.' }]);
    let answer: 'error' | 'ok' = 'error';
    const { client, calls } = mockClient({
      ...base,
      UpdateUnit: ({ input }) => (answer === 'error' ? { error } : { data: { updateUnit: { ...(input as object), active: true } } }),
    });
    renderPage(client, 'enheter');
    await press(screen.getByRole('button', { name: 'Ändra Individ- och familjeomsorg Järva' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra Individ- och familjeomsorg Järva' });
    type(dialog, /^Namn/, 'IFO');
    await choose(dialog, /Stadsdel$/, 'Farsta');
    await press(within(dialog).getByRole('button', { name: 'Spara enhet' }));
    const name = within(dialog).getByLabelText(/^Namn/);
    expect(describedText(name)).toContain('Stadsdelen har redan en enhet som heter IFO.');
    answer = 'ok';
    type(dialog, /^Namn/, 'IFO Farsta');
    await press(within(dialog).getByRole('button', { name: 'Spara enhet' }));
    expect(calls('UpdateUnit')).toEqual([
      { input: { code: 'JARVA_IFO', name: 'IFO', districtCode: 'FARSTA' } },
      { input: { code: 'JARVA_IFO', name: 'IFO Farsta', districtCode: 'FARSTA' } },
    ]);
    expect(screen.getByTestId('unit-saved').textContent).toContain('IFO Farsta är sparad och flyttad till Farsta.');
  });

  it('asks before deactivating a unit and then deactivates it', async () => {
    const { client, calls } = mockClient({ ...base, DeactivateUnit: () => ({ data: { deactivateUnit: { ...units[0]!.units[0]!, active: false } } }) });
    renderPage(client, 'enheter');
    await press(screen.getByRole('button', { name: 'Avveckla Individ- och familjeomsorg Järva' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Avveckla Individ- och familjeomsorg Järva?' });
    expect(calls('DeactivateUnit')).toEqual([]);
    await press(within(dialog).getByRole('button', { name: 'Avveckla' }));
    expect(calls('DeactivateUnit')).toEqual([{ input: { code: 'JARVA_IFO' } }]);
    expect(screen.getByTestId('unit-saved').textContent).toContain('Individ- och familjeomsorg Järva är avvecklad.');
  });
});

describe('Organisation: default officers', () => {
  it('shows who each claim type goes to, Statsbidragsgruppen when nobody is chosen', () => {
    const { client } = mockClient(base);
    renderPage(client, 'handlaggare');
    expect(screen.getAllByTestId('default-officer-assignee').map((c) => c.textContent)).toEqual(['Statsbidragsgruppen', 'Sara Samordnare']);
  });

  it('offers only active AmF staff and sets the chosen officer', async () => {
    const { client, calls } = mockClient({
      ...base,
      SetDefaultOfficer: () => ({ data: { setDefaultOfficer: { ...officers[0]!, grantsTeam: false, assigneeName: 'Anna Administratör', officer: { username: 'administrator', name: 'Anna Administratör', email: 'anna@example.org' } } } }),
    });
    renderPage(client, 'handlaggare');
    await press(screen.getByRole('button', { name: 'Byt standardhandläggare för GSKA' }));
    const dialog = screen.getByRole('dialog', { name: 'Standardhandläggare för GSKA' });
    await press(within(dialog).getByRole('button', { name: /Standardhandläggare/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Statsbidragsgruppen', 'Sara Samordnare (samordnare)', 'Anna Administratör (administrator)']);
    await press(screen.getByRole('option', { name: 'Anna Administratör (administrator)' }));
    await press(within(dialog).getByRole('button', { name: 'Spara standardhandläggare' }));
    expect(calls('SetDefaultOfficer')).toEqual([{ input: { claimTypeCode: 'GSKA', username: 'administrator' } }]);
    expect(screen.getByTestId('default-officer-saved').textContent).toContain('GSKA går nu till Anna Administratör.');
  });

  it('hands a claim type back to Statsbidragsgruppen and shows a refusal next to the choice', async () => {
    const error = problemsError([{ field: 'username', reason: 'INACTIVE_USER', message: 'Sara Samordnare är inaktiverad och kan inte vara standardhandläggare.' }]);
    const { client, calls } = mockClient({ ...base, SetDefaultOfficer: () => ({ error }) });
    renderPage(client, 'handlaggare');
    await press(screen.getByRole('button', { name: 'Byt standardhandläggare för HVBAS' }));
    const dialog = screen.getByRole('dialog', { name: 'Standardhandläggare för HVBAS' });
    await choose(dialog, /Standardhandläggare$/, 'Statsbidragsgruppen');
    await press(within(dialog).getByRole('button', { name: 'Spara standardhandläggare' }));
    expect(calls('SetDefaultOfficer')).toEqual([{ input: { claimTypeCode: 'HVBAS', username: null } }]);
    expect(within(dialog).getByTestId('default-officer-error').textContent).toBe('Sara Samordnare är inaktiverad och kan inte vara standardhandläggare.');
  });
});

describe('Organisation: compensation codes', () => {
  it('lists the codes with the way of payment, sorts them and can export them', async () => {
    const { client } = mockClient(base);
    renderPage(client, 'ersattningskoder');
    expect(screen.getByTestId('compensation-type-count').textContent).toBe('4 koder');
    const nsch = screen.getAllByTestId('compensation-type-row').find((r) => r.textContent?.includes('NSCH'))!;
    expect(within(nsch).getByTestId('compensation-type-payment').textContent).toContain('Utan ansökan (schablon)');
    await press(screen.getByRole('columnheader', { name: /Kod/ }));
    expect(screen.getAllByTestId('compensation-type-code').map((c) => c.textContent)).toEqual(['GSKA', 'NSCH', 'PRELH', 'Å-GSK']);
    await press(screen.getByRole('columnheader', { name: /Kod/ }));
    expect(screen.getAllByTestId('compensation-type-code').map((c) => c.textContent)).toEqual(['Å-GSK', 'PRELH', 'NSCH', 'GSKA']);
    expect((screen.getByRole('button', { name: 'Exportera till Excel (CSV)' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks the server for the chosen group, way of payment, date and text', async () => {
    const { client, calls } = mockClient({ ...base, CompensationTypes: ({ filter }) => page((filter as { group?: string }).group ? [codes[2]!] : codes) });
    renderPage(client, 'ersattningskoder');
    const form = screen.getByRole('form', { name: 'Sök ersättningskoder' });
    type(form, /^Sök på kod/, ' schablon ');
    await choose(form, /Grupp$/, 'SCHABLON – Schablonersättningar');
    await choose(form, /Betalning$/, 'Utan ansökan (schablon)');
    type(form, /^Gäller datum/, '20250101');
    await press(within(form).getByRole('button', { name: 'Sök' }));
    expect(calls('CompensationTypes').at(-1)).toEqual({ filter: { search: 'schablon', group: 'SCHABLON', paidWithApplication: false, validOn: '2025-01-01' }, first: 500 });
    expect(screen.getAllByTestId('compensation-type-code').map((c) => c.textContent)).toEqual(['NSCH']);
  });

  it('refuses a bad date in the filter without asking the server', async () => {
    const { client, calls } = mockClient(base);
    renderPage(client, 'ersattningskoder');
    const before = calls('CompensationTypes').length;
    const form = screen.getByRole('form', { name: 'Sök ersättningskoder' });
    type(form, /^Gäller datum/, '2025-02-30');
    await press(within(form).getByRole('button', { name: 'Sök' }));
    expect(calls('CompensationTypes')).toHaveLength(before);
    expect(describedText(within(form).getByLabelText(/^Gäller datum/))).toContain('2025-02-30 är inget giltigt datum');
  });

  it('adds a code from the dialog, and shows a taken code next to the code field', async () => {
    const error = problemsError([{ field: 'code', reason: 'DUPLICATE_CODE', message: 'Ersättningskoden GSKA finns redan.' }]);
    const { client, calls } = mockClient({
      ...base,
      CreateCompensationType: ({ input }) => ((input as { code: string }).code === 'GSKA' ? { error } : { data: { createCompensationType: code(input as CompensationTypeRow) } }),
    });
    renderPage(client, 'ersattningskoder');
    await press(screen.getByRole('button', { name: 'Ny ersättningskod' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny ersättningskod' });
    type(dialog, /^Kod/, 'gska');
    type(dialog, /^Gruppkod/, 'SCHABLON');
    type(dialog, /^Gruppnamn/, 'Schablonersättningar');
    type(dialog, /^Klartext/, 'INITIAL SCHABLON');
    await choose(dialog, /Betalning$/, 'Utan ansökan (schablon)');
    type(dialog, /^Giltig från/, '2024-07-01');
    await press(within(dialog).getByRole('button', { name: 'Spara ersättningskod' }));
    expect(describedText(within(dialog).getByLabelText(/^Kod/))).toContain('Ersättningskoden GSKA finns redan.');
    type(dialog, /^Kod/, 'INI20');
    await press(within(dialog).getByRole('button', { name: 'Spara ersättningskod' }));
    expect(calls('CreateCompensationType')).toEqual([
      { input: { code: 'GSKA', group: 'SCHABLON', groupName: 'Schablonersättningar', name: 'INITIAL SCHABLON', paidWithApplication: false, validFrom: '2024-07-01', validTo: null } },
      { input: { code: 'INI20', group: 'SCHABLON', groupName: 'Schablonersättningar', name: 'INITIAL SCHABLON', paidWithApplication: false, validFrom: '2024-07-01', validTo: null } },
    ]);
    expect(screen.getByTestId('compensation-type-saved').textContent).toContain('Ersättningskoden INI20 är sparad.');
  });

  it('edits a code with the code itself read-only', async () => {
    const { client, calls } = mockClient({ ...base, UpdateCompensationType: ({ input }) => ({ data: { updateCompensationType: code(input as CompensationTypeRow) } }) });
    renderPage(client, 'ersattningskoder');
    await press(screen.getByRole('button', { name: 'Ändra PRELH' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra PRELH' });
    expect((within(dialog).getByLabelText(/^Kod/) as HTMLInputElement).readOnly).toBe(true);
    type(dialog, /^Giltig till/, '2017-01-31');
    await press(within(dialog).getByRole('button', { name: 'Spara ersättningskod' }));
    expect(calls('UpdateCompensationType')).toEqual([
      { input: { code: 'PRELH', group: 'BUV2', groupName: 'Ensamkommande barn', name: 'PRELIMINÄR DELUTBETALNING', paidWithApplication: false, validFrom: '2016-12-01', validTo: '2017-01-31' } },
    ]);
  });
});
