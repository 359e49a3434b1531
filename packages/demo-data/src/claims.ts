import { ALL_CLAIM_STATUSES, type ClaimStatus } from '@statsbidrag/domain';
import { stableUuid } from '@statsbidrag/domain/ids';
import { PERSONS, prng } from './persons.js';

/** Claim types (återsökningstyper) paid after application (REFERENCE-FACTS §1). */
export interface DemoClaimType { code: string; name: string; group: string }

export const CLAIM_TYPES: readonly DemoClaimType[] = [
  { code: 'FSKA', name: 'Förskola – asyl', group: 'Utbildning asyl' },
  { code: 'FSKL', name: 'Förskoleklass – asyl', group: 'Utbildning asyl' },
  { code: 'GSKA', name: 'Grundskola – asyl', group: 'Skola' },
  { code: 'GYMN', name: 'Gymnasieskola – asyl', group: 'Skola' },
  { code: 'BIF', name: 'Barn i familj', group: 'BIF' },
  { code: 'HVBAS', name: 'HVB-placering efter anvisning – asyl', group: 'Ensamkommande barn' },
  { code: 'STBAS', name: 'Stödboende efter anvisning', group: 'Ensamkommande barn' },
  { code: 'UTR', name: 'Kostnad för utredning – asyl', group: 'UTR' },
  { code: 'LSS', name: 'LSS, assistans, varaktig vård', group: 'Särskilda kostnader' },
  { code: 'EKBIS', name: 'Ekonomiskt bistånd vid sjukdom/funktionsnedsättning', group: 'Särskilda kostnader' },
];

export interface DemoClaim {
  id: string;
  personId: string;
  districtCode: string;
  claimTypeCode: string;
  status: ClaimStatus;
  amountOre: number;
  periodFrom: string;
  periodTo: string;
  initiatedBy: 'DISTRICT' | 'AMF';
}

export function generateClaims(count = 320): DemoClaim[] {
  const rnd = prng(4711);
  const claims: DemoClaim[] = [];
  for (let i = 0; i < count; i++) {
    const person = PERSONS[i % PERSONS.length]!;
    const type = CLAIM_TYPES[Math.floor(rnd() * CLAIM_TYPES.length)]!;
    const year = 2023 + Math.floor(rnd() * 3);
    const quarter = Math.floor(rnd() * 4);
    const fromMonth = quarter * 3 + 1;
    const lastDay = [31, 30, 30, 31][quarter]!;
    claims.push({
      id: stableUuid('claim', String(i)),
      personId: person.id,
      districtCode: person.districtCode,
      claimTypeCode: type.code,
      status: ALL_CLAIM_STATUSES[i % ALL_CLAIM_STATUSES.length]!,
      amountOre: (5_000 + Math.floor(rnd() * 400_000)) * 100 + Math.floor(rnd() * 100),
      periodFrom: `${year}-${String(fromMonth).padStart(2, '0')}-01`,
      periodTo: `${year}-${String(fromMonth + 2).padStart(2, '0')}-${lastDay}`,
      initiatedBy: i % 3 === 0 ? 'AMF' : 'DISTRICT',
    });
  }
  return claims;
}

export const CLAIMS: readonly DemoClaim[] = generateClaims();
