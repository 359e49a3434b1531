import type { Ore } from '@statsbidrag/domain';
import { ScheduleError } from './schedule-error.js';

/**
 * One year's generalschablon (NyErsF 11 §): the TOTAL for the whole two-year period, not a yearly
 * amount. `belowLimit` applies to a person who has not reached `limitAge` at the end of the month
 * before a payment, `atOrAboveLimit` to one who has.
 */
export interface GeneralFlatRateAmountSet {
  year: number;
  belowLimit: Ore;
  atOrAboveLimit: Ore;
  limitAge: number;
}

const kr = (kronor: number): Ore => kronor * 100;

/**
 * REFERENCE-FACTS §2a, status C for every year except 2025 (D: 11 § unchanged, no amendment).
 * - 2016: the amounts for people received from 2016-01-01. 11 a § (lower amounts for people received
 *   up to 2015-12-31) is not modelled: a reception before 2016 is refused by the schedule.
 * - Age limit: "fyllt 65 år" up to 2022, "fyllt 66 år" 2023–2025 (SFS 2022:1456/1830), and from
 *   2026 "uppnått riktåldern för pension" (SFS 2022:1457/1831). Riktåldern is 67 for 2026–2031
 *   (C, Pensionsmyndigheten); that it applies the same way to everyone whatever their year of birth
 *   is **U** – taken as 67 here.
 * This table is seed data: REFERENCE-FACTS asks for amounts the system administrator can edit with
 * validity dates. Until that reference table exists every function takes the table as a parameter.
 */
export const GENERALSCHABLON_AMOUNTS: Readonly<Record<number, GeneralFlatRateAmountSet>> = Object.freeze({
  2016: { year: 2016, belowLimit: kr(125_000), atOrAboveLimit: kr(78_200), limitAge: 65 },
  2017: { year: 2017, belowLimit: kr(126_400), atOrAboveLimit: kr(79_100), limitAge: 65 },
  2018: { year: 2018, belowLimit: kr(133_200), atOrAboveLimit: kr(80_300), limitAge: 65 },
  2019: { year: 2019, belowLimit: kr(142_600), atOrAboveLimit: kr(82_100), limitAge: 65 },
  2020: { year: 2020, belowLimit: kr(146_100), atOrAboveLimit: kr(82_100), limitAge: 65 },
  2021: { year: 2021, belowLimit: kr(149_600), atOrAboveLimit: kr(84_000), limitAge: 65 },
  2022: { year: 2022, belowLimit: kr(151_800), atOrAboveLimit: kr(85_200), limitAge: 65 },
  2023: { year: 2023, belowLimit: kr(165_000), atOrAboveLimit: kr(92_600), limitAge: 66 },
  2024: { year: 2024, belowLimit: kr(165_000), atOrAboveLimit: kr(92_600), limitAge: 66 },
  2025: { year: 2025, belowLimit: kr(165_000), atOrAboveLimit: kr(92_600), limitAge: 66 },
  2026: { year: 2026, belowLimit: kr(165_000), atOrAboveLimit: kr(92_600), limitAge: 67 },
});

export type GeneralFlatRateAmountTable = Readonly<Record<number, GeneralFlatRateAmountSet>>;

/**
 * Which year's amounts apply to a person. **U** (REFERENCE-FACTS §2a): MiG shows the 2022 and 2023
 * sets side by side, which suggests the year of reception (mottagningsår) decides; the alternative
 * is the year of each payment. We take the year of reception – the one place to change if MiG says
 * otherwise. `receptionDate` is ÅÅÅÅ-MM-DD and already validated by the caller.
 */
export function amountSetFor(receptionDate: string, table: GeneralFlatRateAmountTable = GENERALSCHABLON_AMOUNTS): GeneralFlatRateAmountSet {
  const year = Number(receptionDate.slice(0, 4));
  const set = table[year];
  if (!set) {
    throw new ScheduleError('NO_AMOUNTS', `Belopp för generalschablonen saknas för mottagningsåret ${year}.`);
  }
  return set;
}
