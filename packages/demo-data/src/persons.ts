import { luhnCheckDigit } from '@statsbidrag/domain';
import { stableUuid } from '@statsbidrag/domain/ids';
import { CURRENT_DISTRICTS } from './districts.js';

/**
 * ~200 fictional persons. Identifiers are samordningsnummer (day + 60) with serial numbers in the
 * 98x–99x range and MiG individnummer starting with 9: generated, never copied from anyone.
 */
export interface DemoPerson {
  id: string;
  personalIdentityNumber: string;
  isCoordinationNumber: true;
  migIndividualNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  districtCode: string;
  address: string;
  postalCode: string;
  registeredAt: string;
  /** Skyddad identitet: a few Hässelby-Vällingby persons, so the restricted view can be seen in the demo. */
  protectedIdentity: boolean;
}

const FIRST = ['Amina', 'Yusuf', 'Fatima', 'Omar', 'Leila', 'Hassan', 'Sara', 'Ali', 'Noor', 'Ahmed', 'Hana', 'Mohammed', 'Rahel', 'Dawit', 'Ayan', 'Abdi', 'Mariam', 'Karim', 'Zainab', 'Tesfay', 'Olena', 'Taras', 'Iryna', 'Bohdan', 'Sana', 'Idris', 'Hawa', 'Jamal', 'Selam', 'Yonas'];
const LAST = ['Ahmadi', 'Hosseini', 'Mohamud', 'Ali', 'Haile', 'Tesfaye', 'Kovalenko', 'Shevchenko', 'Rahimi', 'Farah', 'Osman', 'Yilmaz', 'Karimi', 'Abdullahi', 'Gebre', 'Bondarenko', 'Nazari', 'Hussein', 'Warsame', 'Berhane'];
const STREETS = ['Exempelgatan', 'Demovägen', 'Testgränd', 'Påhittade allén', 'Provstigen', 'Övningsbacken'];

/** Small deterministic PRNG (mulberry32) so that the demo data is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function generatePersons(count = 200): DemoPerson[] {
  const rnd = prng(20231);
  const persons: DemoPerson[] = [];
  for (let i = 0; i < count; i++) {
    const year = 1960 + Math.floor(rnd() * 60);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const serial = 980 + (i % 20); // 980–999
    const nine = `${pad(year % 100)}${pad(month)}${pad(day + 60)}${serial}`;
    const check = luhnCheckDigit(nine);
    const pin = `${year}${pad(month)}${pad(day + 60)}${serial}${check}`;
    const mig = `9${pad(i + 1, 7)}`;
    const district = CURRENT_DISTRICTS[i % CURRENT_DISTRICTS.length]!;
    const regYear = 2019 + Math.floor(rnd() * 7);
    persons.push({
      id: stableUuid('person', mig),
      personalIdentityNumber: pin,
      isCoordinationNumber: true,
      migIndividualNumber: mig,
      firstName: FIRST[Math.floor(rnd() * FIRST.length)]!,
      lastName: LAST[Math.floor(rnd() * LAST.length)]!,
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      districtCode: district.code,
      address: `${STREETS[i % STREETS.length]} ${1 + (i % 97)}`,
      postalCode: `1${pad(20 + (i % 70))} ${pad(10 + (i % 80))}`,
      registeredAt: `${regYear}-${pad(1 + Math.floor(rnd() * 12))}-01`,
      protectedIdentity: district.code === 'HASSELBY_VALLINGBY' && i >= 150,
    });
  }
  return persons;
}

export const PERSONS: readonly DemoPerson[] = generatePersons();
