import { allocateLargestRemainder, assertOre, type Ore } from '@statsbidrag/domain';
import { AGE_BANDS, compare, type AgeBand } from './allocation-sheet.js';

/**
 * "Glappet": the procentuell fördelning of initial costs (NyErsF, NSCH, INIxx). A total paid for a
 * group of persons is split per district by each age band's share, then per person.
 *
 * Three levels, each split with `allocateLargestRemainder`, so each level adds up to its parent to
 * the öre: total → districts → age bands within a district → persons within a band.
 */

export interface InitialCostPerson {
  personId: string;
  /** null = no district (no address): the share goes to AmF's own revenue, listed last. */
  districtCode: string | null;
  ageBand: AgeBand;
}

/** Weight of one person in each age band. */
export type BandWeights = Readonly<Record<AgeBand, number>>;

/**
 * The default when the issue is silent: every person weighs the same, so a district's and a band's
 * share is its share of the head count. A caller that wants the state's own relation between the
 * bands passes e.g. the initial-cost schablon's shares of the prisbasbelopp in basis points
 * ({ '0–19': 1745, '20–64': 3490, '65+': 2182 }). Integer weights are preferred: the remainders are
 * then compared exactly and ties are real ties.
 */
export const HEAD_COUNT_WEIGHTS: BandWeights = { '0–19': 1, '20–64': 1, '65+': 1 };

export interface PersonShare {
  personId: string;
  amount: Ore;
}

export interface BandShare {
  ageBand: AgeBand;
  persons: number;
  /** persons × the band's weight. */
  weight: number;
  amount: Ore;
  /** amount ÷ the district's amount, in per cent with two decimals – for display only. */
  sharePercent: number;
  perPerson: PersonShare[];
}

export interface DistrictShare {
  districtCode: string | null;
  persons: number;
  weight: number;
  amount: Ore;
  /** In AGE_BANDS order; bands without persons are left out. */
  bands: BandShare[];
}

export interface InitialCostSplit {
  total: Ore;
  districts: DistrictShare[];
}

/**
 * Splits `total` öre of initial costs over `persons`.
 *
 * Deterministic tie-break: `allocateLargestRemainder` gives an öre left over after flooring to the
 * largest remainder and, on equal remainders, to the earlier part. The parts are therefore always
 * put in a fixed order before splitting – districts by district code (code-unit order, no district
 * last), bands 0–19, 20–64, 65+, persons by person id – so the same input gives the same öre
 * whatever order the rows arrived in.
 */
export function splitInitialCosts(total: Ore, persons: readonly InitialCostPerson[], weightsByBand: BandWeights = HEAD_COUNT_WEIGHTS): InitialCostSplit {
  assertOre(total);
  for (const band of AGE_BANDS) {
    const w = weightsByBand[band];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`Vikten för åldersgruppen ${band} måste vara ett tal ≥ 0.`);
  }
  const seen = new Set<string>();
  for (const p of persons) {
    if (seen.has(p.personId)) throw new RangeError(`Personen ${p.personId} finns två gånger i underlaget.`);
    seen.add(p.personId);
  }
  if (persons.length === 0) {
    if (total !== 0) throw new RangeError('Det finns inga personer att fördela de initiala kostnaderna på.');
    return { total, districts: [] };
  }

  const byDistrict = new Map<string | null, InitialCostPerson[]>();
  for (const p of persons) {
    const list = byDistrict.get(p.districtCode);
    if (list) list.push(p);
    else byDistrict.set(p.districtCode, [p]);
  }
  const districtCodes = [...byDistrict.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compare(a, b)));
  const districtWeights = districtCodes.map((code) => byDistrict.get(code)!.reduce((sum, p) => sum + weightsByBand[p.ageBand], 0));
  const districtAmounts = split(total, districtWeights);

  const districts = districtCodes.map((districtCode, d): DistrictShare => {
    const members = byDistrict.get(districtCode)!;
    const bands = AGE_BANDS.map((ageBand) => ({ ageBand, members: members.filter((p) => p.ageBand === ageBand).sort((a, b) => compare(a.personId, b.personId)) })).filter(
      (b) => b.members.length > 0,
    );
    const bandWeights = bands.map((b) => b.members.length * weightsByBand[b.ageBand]);
    const districtAmount = districtAmounts[d]!;
    const bandAmounts = split(districtAmount, bandWeights);
    return {
      districtCode,
      persons: members.length,
      weight: districtWeights[d]!,
      amount: districtAmount,
      bands: bands.map((b, i): BandShare => {
        const amount = bandAmounts[i]!;
        const perPerson = split(amount, b.members.map(() => 1));
        return {
          ageBand: b.ageBand,
          persons: b.members.length,
          weight: bandWeights[i]!,
          amount,
          sharePercent: districtAmount === 0 ? 0 : Math.round((amount / districtAmount) * 10_000) / 100,
          perPerson: b.members.map((p, k) => ({ personId: p.personId, amount: perPerson[k]! })),
        };
      }),
    };
  });
  return { total, districts };
}

/**
 * Largest remainder, but an amount of zero (even over weights that are all zero) is simply zeros,
 * and a negative total never yields −0 for a part.
 */
function split(amount: Ore, weights: readonly number[]): Ore[] {
  if (amount === 0) return weights.map(() => 0);
  return allocateLargestRemainder(amount, weights).map((part) => part || 0);
}
