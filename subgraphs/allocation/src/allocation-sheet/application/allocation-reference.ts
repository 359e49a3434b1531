import { DISTRICTS } from '@statsbidrag/demo-data';
import { readAllocationSheetEnvironment, type AllocationSheetEnvironment } from '../../environment.js';
import type { DistrictSuccessors } from '../domain/allocation-sheet.js';
import type { ResponsibilityCodes } from '../domain/unallocated-funds.js';

/**
 * Reference data the allocation sheet needs, gathered in one place. The allocation subgraph has no
 * district or code table of its own: the district list with its validity and successors is the one
 * the person subgraph is seeded with (@statsbidrag/demo-data, editable there); the code sets can be
 * overridden by the environment without a release.
 */

/** Ceased districts → successor and its first day (Rinkeby-Kista and Spånga-Tensta → Järva 2023-07-01 …). */
export function districtSuccessors(): DistrictSuccessors {
  const byCode = new Map(DISTRICTS.map((d) => [d.code, d]));
  const map: Record<string, { successorCode: string; from: string }> = {};
  for (const d of DISTRICTS) {
    if (!d.successorCode) continue;
    const successor = byCode.get(d.successorCode);
    map[d.code] = { successorCode: d.successorCode, from: successor?.validFrom ?? nextDay(d.validTo!) };
  }
  return map;
}

/** The codes that lead to `code` through the successor chain (and `code` itself). */
export function predecessorsOf(code: string, successors: DistrictSuccessors = districtSuccessors()): string[] {
  const result = new Set([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [from, next] of Object.entries(successors)) {
      if (result.has(next.successorCode) && !result.has(from)) {
        result.add(from);
        grew = true;
      }
    }
  }
  return [...result];
}

/**
 * Codes whose money follows a known responsibility (EKBP, EKUP), with the reason shown when a row
 * has no cost-bearing district. ALLOCATION_RESPONSIBILITY_CODES (JSON object) overrides.
 */
export function responsibilityCodes(env: AllocationSheetEnvironment = readAllocationSheetEnvironment()): ResponsibilityCodes {
  const raw = env.ALLOCATION_RESPONSIBILITY_CODES;
  if (raw) return JSON.parse(raw) as ResponsibilityCodes;
  return { EKBP: 'EKB utan känt SDF-ansvar', EKUP: 'Gymnasieelev utan socialtjänstansvar i staden' };
}

/**
 * Initial-cost codes split by age band ("glappet", issue 6 point 6: NyErsF, NSCH, INIxx). A trailing
 * `*` is a prefix. ALLOCATION_INITIAL_COST_CODES (comma separated) overrides.
 */
export function initialCostCodePatterns(env: AllocationSheetEnvironment = readAllocationSheetEnvironment()): string[] {
  const raw = env.ALLOCATION_INITIAL_COST_CODES ?? 'NyErsF,NSCH,INI*';
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isInitialCostCode(code: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? code.startsWith(p.slice(0, -1)) : code === p));
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
