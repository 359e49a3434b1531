import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { changedFields, checkChildReportForm, formValuesOf, serverFieldErrors, updateInputOf, type EditableChildReport } from './child-report-fields.js';

const saved: EditableChildReport = {
  id: 'r1', officerUsername: 'jarva.handlaggare', unitCode: 'JARVA_IFO', firstName: 'Amir', lastName: 'Haddad', birthDate: '2016-05-04', migIndividualNumber: null, question: null,
};

describe('child-report form (shared by the SDF app and the portal)', () => {
  it('trims, turns empty optional fields into null and finds what changed as the server does', () => {
    const checked = checkChildReportForm({ ...formValuesOf(saved), firstName: ' Amir ', migIndividualNumber: ' 7654321 ', question: '  ' }, '2026-11-24');
    expect(checked).toEqual({ ok: true, value: { unitCode: 'JARVA_IFO', firstName: 'Amir', lastName: 'Haddad', birthDate: '2016-05-04', migIndividualNumber: '7654321', question: null } });
    if (!checked.ok) throw new Error('unreachable');
    expect(changedFields(saved, checked.value)).toEqual(['migIndividualNumber']);
    expect(updateInputOf(saved, checked.value)).toMatchObject({ id: 'r1', officerUsername: 'jarva.handlaggare', migIndividualNumber: '7654321' });
    expect(changedFields(saved, { ...checked.value, migIndividualNumber: null })).toEqual([]);
  });

  it('names each broken field in Swedish before anything is sent', () => {
    const checked = checkChildReportForm({ unitCode: null, firstName: ' ', lastName: '', birthDate: '2030-01-01', migIndividualNumber: '12', question: '' }, '2026-11-24');
    expect(checked.ok).toBe(false);
    if (checked.ok) throw new Error('unreachable');
    expect(Object.keys(checked.errors).sort()).toEqual(['birthDate', 'firstName', 'lastName', 'migIndividualNumber']);
    expect(checked.errors.firstName).toBe('Ange barnets förnamn.');
    expect(checked.errors.migIndividualNumber).toBe('MiG individnummer ska vara 7 eller 8 siffror.');
  });

  it('maps the server’s field errors to the form, ignoring fields the form does not have', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Barnet måste vara under 18 år.', { extensions: { code: 'BAD_USER_INPUT', field: 'birthDate' } }),
        new GraphQLError('Okänt', { extensions: { code: 'BAD_USER_INPUT', field: 'districtCode' } }),
      ],
    });
    expect(serverFieldErrors(error)).toEqual({ birthDate: 'Barnet måste vara under 18 år.' });
  });
});
