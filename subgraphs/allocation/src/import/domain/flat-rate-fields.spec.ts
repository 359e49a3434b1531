import { mapRows, type MappedRow } from '@statsbidrag/import-engine';
import { GENERALSCHABLON_DELIMITED_PROFILE, GENERALSCHABLON_FIXED_PROFILE, normaliseCode } from './flat-rate-fields.js';

async function values(content: string, profile: typeof GENERALSCHABLON_FIXED_PROFILE): Promise<MappedRow['values'][]> {
  const out: MappedRow['values'][] = [];
  for await (const row of mapRows({ buffer: Buffer.from(content, 'utf8') }, profile)) out.push(row.values);
  return out;
}

describe('the two generalschablon layouts (ADR 0017)', () => {
  const expected = {
    personalIdentityNumber: '199001612385', migIndividualNumber: '9100001', name: 'Åsa Öberg', receptionDate: '20250115', compensationCode: 'NSCH',
    instalmentNumber: '1', periodFrom: '20250115', periodTo: '20250131', amount: '16500,00', paymentDate: '20250225',
  };

  it('reads the same fields from the fixed-width line (positions as documented) and the semicolon line', async () => {
    const fixed = '199001612385' + '9100001 ' + 'Åsa Öberg'.padEnd(40) + '20250115' + 'NSCH    ' + '1' + '20250115' + '20250131' + '    16500,00' + '20250225';
    expect(fixed).toHaveLength(113);
    expect(await values(`${fixed}\n`, GENERALSCHABLON_FIXED_PROFILE)).toEqual([expected]);
    const header = 'Personnummer;Individnummer;Namn;Mottagningsdatum;Ersättningskod;Delbetalning;Fr o m;T o m;Belopp;Utbetalningsdatum';
    expect(await values(`${header}\n${Object.values(expected).join(';')}\n`, GENERALSCHABLON_DELIMITED_PROFILE)).toEqual([expected]);
  });
});

describe('compensation codes', () => {
  it('knows the codes and the e-service\'s names for them, and nothing else', () => {
    expect(normaliseCode(' ekup ')).toBe('EKUP');
    expect(normaliseCode('Dygnsschablon')).toBe('EKBP');
    expect(normaliseCode('Anvisningsschablon')).toBe('ANVS');
    expect(normaliseCode('XYZ')).toBeNull();
  });
});
