import { ALL_CLAIM_STATUSES, type ClaimStatus, type Identity } from '@statsbidrag/domain';
import { describeEdit, editableDetails, editDetails, validateResponsible, type ClaimDetails } from './claim-details.js';

const coordinator: Identity = { sub: 'samordnare', name: 'Sara', roles: ['COORDINATOR'], districtCodes: [] };
const administrator: Identity = { sub: 'admin', name: 'Adam', roles: ['ADMINISTRATOR'], districtCodes: [] };
const jarvaOfficer: Identity = { sub: 'jarva.handlaggare', name: 'Hedda', roles: ['DISTRICT_OFFICER'], districtCodes: ['JARVA'] };
const jarvaContact: Identity = { sub: 'jarva.kontakt', name: 'Kim', roles: ['DISTRICT_CONTACT'], districtCodes: ['JARVA'] };
const farstaOfficer: Identity = { sub: 'farsta.handlaggare', name: 'Frida', roles: ['DISTRICT_OFFICER'], districtCodes: ['FARSTA'] };

const DETAILS: ClaimDetails = {
  unitCode: null, officerUsername: null, amountOre: null, periodFrom: null, periodTo: null, claimTypeCode: 'GSKA', personId: '6f1c7a4e-0b1d-4c55-9d0e-2d2a3f9c1a11',
};
const claimIn = (status: ClaimStatus, details: Partial<ClaimDetails> = {}) => ({ status, districtCode: 'JARVA', ...DETAILS, ...details });

const FIGURES = ['INITIERAD_AV_SDF', 'UNDERLAG_FRAN_SDF_INKOMMEN', 'INITIERAD_TILL_SDF', 'KOMPLETTERING_FRAN_SDF_BEGARD'];
const ASSIGN_ONLY = ['ATERSOKNING_BEKRAFTAD_SDF', 'ATERSOK_ACCEPTERAD_AMF', 'ATERSOK_FORBEREDS_AMF', 'KOMPLETTERING_FRAN_SDF_INKOMMEN'];

describe('who may change which detail when (editableDetails)', () => {
  it.each(ALL_CLAIM_STATUSES.map((s) => [s] as const))('in %s', (status) => {
    const district = FIGURES.includes(status) ? ['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO'] : ASSIGN_ONLY.includes(status) ? ['UNIT', 'OFFICER'] : [];
    const amf = FIGURES.includes(status) || ASSIGN_ONLY.includes(status) ? ['UNIT', 'OFFICER', 'AMOUNT', 'PERIOD_FROM', 'PERIOD_TO', 'CLAIM_TYPE', 'PERSON'] : [];
    expect(editableDetails(claimIn(status), jarvaOfficer)).toEqual(district);
    expect(editableDetails(claimIn(status), jarvaContact)).toEqual(district);
    expect(editableDetails(claimIn(status), farstaOfficer)).toEqual([]);
    expect(editableDetails(claimIn(status), administrator)).toEqual([]);
    expect(editableDetails(claimIn(status), coordinator)).toEqual(amf);
  });
});

describe('editDetails', () => {
  it('records before and after of only the changed details, trimmed', () => {
    const result = editDetails(claimIn('INITIERAD_TILL_SDF', { unitCode: 'JARVA_FH' }), { unitCode: ' JARVA_FH ', officerUsername: ' jarva.handlaggare ', amount: 125_000, reason: '  ' }, jarvaContact);
    expect(result).toEqual({
      ok: true,
      changed: ['OFFICER', 'AMOUNT'],
      before: { OFFICER: null, AMOUNT: null },
      afterChanged: { OFFICER: 'jarva.handlaggare', AMOUNT: 125_000 },
      after: { ...DETAILS, unitCode: 'JARVA_FH', officerUsername: 'jarva.handlaggare', amountOre: 125_000 },
      reason: null,
    });
  });

  it('refuses a detail the role may not change now (FORBIDDEN_FIELD), and everything after the claim was sent (WRONG_STATUS)', () => {
    expect(editDetails(claimIn('INITIERAD_TILL_SDF'), { claimTypeCode: 'FSKA' }, jarvaOfficer)).toMatchObject({
      ok: false, reason: 'FORBIDDEN_FIELD', message: 'Du får inte ändra ersättningstyp när återsökningen har status "Initierad till SDF".',
    });
    expect(editDetails(claimIn('ATERSOKNING_BEKRAFTAD_SDF'), { amount: 1, periodFrom: '2025-01-01' }, jarvaOfficer)).toMatchObject({ ok: false, reason: 'FORBIDDEN_FIELD' });
    expect(editDetails(claimIn('ATERSOKNING_INSKICKAD_MIG'), { amount: 1 }, coordinator)).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
  });

  it('checks the values and the period against the stored one', () => {
    const result = editDetails(claimIn('INITIERAD_AV_SDF', { periodFrom: '2025-06-01', periodTo: '2025-06-30' }), { amount: 0, periodTo: '2025-05-31', unitCode: 'enhet 1', officerUsername: 'a b' }, jarvaOfficer);
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.reason}`)).toEqual(['unitCode:FORMAT', 'officerUsername:FORMAT', 'amount:RANGE', 'periodTo:RANGE']);
    expect(editDetails(claimIn('INITIERAD_AV_SDF'), { personId: 'x', claimTypeCode: 'gska' }, coordinator)).toMatchObject({
      ok: false, problems: [{ field: 'claimTypeCode', reason: 'UNKNOWN_CLAIM_TYPE' }, { field: 'personId', reason: 'FORMAT' }],
    });
  });

  it('says "Inga ändringar att spara." when nothing changed', () => {
    expect(editDetails(claimIn('INITIERAD_AV_SDF'), {}, jarvaOfficer)).toMatchObject({ ok: false, reason: 'NO_CHANGES', message: 'Inga ändringar att spara.' });
    expect(editDetails(claimIn('INITIERAD_AV_SDF', { amountOre: 5 }), { amount: 5 }, jarvaOfficer)).toMatchObject({ ok: false, reason: 'NO_CHANGES' });
  });
});

describe('describeEdit and validateResponsible', () => {
  it('lists the changes in field order with Swedish labels', () => {
    expect(describeEdit({ AMOUNT: null, UNIT: 'A' }, { AMOUNT: 100, UNIT: 'B' })).toEqual([
      { field: 'UNIT', fieldLabel: 'Enhet', before: 'A', after: 'B' },
      { field: 'AMOUNT', fieldLabel: 'Belopp', before: null, after: '100' },
    ]);
  });
  it('accepts a username or nothing (Statsbidragsgruppen)', () => {
    expect(validateResponsible('amf.anna')).toEqual([]);
    expect(validateResponsible(null)).toEqual([]);
    expect(validateResponsible('inte giltig')).toMatchObject([{ field: 'username', reason: 'FORMAT' }]);
  });
});
