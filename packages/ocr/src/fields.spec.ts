import { checkCellText, normaliseHeader, ROSE_LIST_FIELDS } from './index.js';

describe('checkCellText', () => {
  it('accepts MiG values of the right form unchanged', () => {
    expect(checkCellText('8.3.1-2026-12345', 'caseNumber')).toEqual({ text: '8.3.1-2026-12345', changed: false, valid: true });
    expect(checkCellText('1234-26', 'caseNumber').valid).toBe(true);
    expect(checkCellText('98765432', 'individualNumber').valid).toBe(true);
    expect(checkCellText('1234567', 'individualNumber').valid).toBe(true);
    expect(checkCellText('19900161-2382', 'personalIdentityNumber').valid).toBe(true); // samordningsnummer (1 + 60)
    expect(checkCellText('199001612382', 'personalIdentityNumber').valid).toBe(true);
    expect(checkCellText('2026-02-28', 'date').valid).toBe(true);
    expect(checkCellText('19850472', 'birthData').valid).toBe(true); // coordination-number day (12 + 60)
    expect(checkCellText('12 345,00', 'amount').valid).toBe(true);
    expect(checkCellText('12345', 'amount').valid).toBe(true);
    expect(checkCellText('Å-FSK', 'code').valid).toBe(true);
    expect(checkCellText('Delvis bevilja', 'text').valid).toBe(true);
  });

  it('flags text that cannot be right for its field', () => {
    expect(checkCellText('8.3.1-2026', 'caseNumber').valid).toBe(false);
    expect(checkCellText('9876543', 'individualNumber').valid).toBe(true);
    expect(checkCellText('987654321', 'individualNumber').valid).toBe(false);
    expect(checkCellText('19900161-2383', 'personalIdentityNumber').valid).toBe(false); // check digit
    expect(checkCellText('19901361-2382', 'personalIdentityNumber').valid).toBe(false); // month 13
    expect(checkCellText('9001612382', 'personalIdentityNumber').valid).toBe(false); // no century
    expect(checkCellText('2026-02-30', 'date').valid).toBe(false);
    expect(checkCellText('2026-13-01', 'date').valid).toBe(false);
    expect(checkCellText('12 34,00', 'amount').valid).toBe(false);
    expect(checkCellText('Ahmadi 2026', 'text').valid).toBe(false);
    expect(checkCellText('', 'code').valid).toBe(false);
  });

  it('swaps look-alike letters only in digit fields, and reports the change', () => {
    expect(checkCellText('9876S4O2', 'individualNumber')).toEqual({ text: '98765402', changed: true, valid: true });
    expect(checkCellText('2026—O1-01', 'date')).toEqual({ text: '2026-01-01', changed: true, valid: true });
    expect(checkCellText('12 345.00', 'amount')).toEqual({ text: '12 345,00', changed: true, valid: true });
    expect(checkCellText('Solo', 'text')).toEqual({ text: 'Solo', changed: false, valid: true });
    expect(checkCellText(' Bevilja ', 'text')).toEqual({ text: 'Bevilja', changed: false, valid: true });
  });
});

describe('ROSE_LIST_FIELDS', () => {
  it('names the columns of MiG’s decision list, headers compared like the import engine', () => {
    expect(ROSE_LIST_FIELDS.map((f) => f.key)).toEqual([
      'caseNumber', 'individualNumber', 'birthData', 'firstName', 'lastName', 'periodFrom', 'periodTo', 'amount', 'reference', 'compensation', 'outcome',
    ]);
    expect(normaliseHeader('Fr o m')).toBe(normaliseHeader('FR.O.M.'));
    expect(normaliseHeader(' Födelsedata ')).toBe('födelsedata');
  });
});
