/**
 * Stockholm's stadsdelsförvaltningar (REFERENCE-FACTS §3): the 13 of 2020-07-01 – 2023-06-30 and the
 * 11 since 2023-07-01. Seeded into the person subgraph as editable reference data; nothing else
 * in the code depends on these codes.
 */
export interface DemoDistrict {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  successorCode: string | null;
}

const FROM_2020 = '2020-07-01';
const MERGER = '2023-07-01';
const LAST_DAY_BEFORE_MERGER = '2023-06-30';

export const DISTRICTS: readonly DemoDistrict[] = [
  { code: 'RINKEBY_KISTA', name: 'Rinkeby-Kista', validFrom: FROM_2020, validTo: LAST_DAY_BEFORE_MERGER, successorCode: 'JARVA' },
  { code: 'SPANGA_TENSTA', name: 'Spånga-Tensta', validFrom: FROM_2020, validTo: LAST_DAY_BEFORE_MERGER, successorCode: 'JARVA' },
  { code: 'NORRMALM', name: 'Norrmalm', validFrom: FROM_2020, validTo: LAST_DAY_BEFORE_MERGER, successorCode: 'NORRA_INNERSTADEN' },
  { code: 'OSTERMALM', name: 'Östermalm', validFrom: FROM_2020, validTo: LAST_DAY_BEFORE_MERGER, successorCode: 'NORRA_INNERSTADEN' },
  { code: 'JARVA', name: 'Järva', validFrom: MERGER, validTo: null, successorCode: null },
  { code: 'NORRA_INNERSTADEN', name: 'Norra innerstaden', validFrom: MERGER, validTo: null, successorCode: null },
  { code: 'HASSELBY_VALLINGBY', name: 'Hässelby-Vällingby', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'BROMMA', name: 'Bromma', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'KUNGSHOLMEN', name: 'Kungsholmen', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'SODERMALM', name: 'Södermalm', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'ENSKEDE_ARSTA_VANTOR', name: 'Enskede-Årsta-Vantör', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'SKARPNACK', name: 'Skarpnäck', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'FARSTA', name: 'Farsta', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'HAGERSTEN_ALVSJO', name: 'Hägersten-Älvsjö', validFrom: FROM_2020, validTo: null, successorCode: null },
  { code: 'SKARHOLMEN', name: 'Skärholmen', validFrom: FROM_2020, validTo: null, successorCode: null },
];

/** Districts valid on a date (ISO yyyy-mm-dd): 13 before 2023-07-01, 11 after. */
export function districtsValidOn(date: string): DemoDistrict[] {
  return DISTRICTS.filter((d) => d.validFrom <= date && (d.validTo === null || d.validTo >= date));
}

export const CURRENT_DISTRICTS = districtsValidOn('2026-01-01');

export interface DemoUnit { code: string; name: string; districtCode: string }

/** Two units per current district. */
export const UNITS: readonly DemoUnit[] = CURRENT_DISTRICTS.flatMap((d) => [
  { code: `${d.code}_IFO`, name: `Individ- och familjeomsorg ${d.name}`, districtCode: d.code },
  { code: `${d.code}_SOC`, name: `Socialtjänst vuxna ${d.name}`, districtCode: d.code },
]);
