import { readServiceEnvironment } from '@statsbidrag/graphql-kit';

export const ALLOCATION_PORT = 4003;
export const readEnvironment = () => readServiceEnvironment(ALLOCATION_PORT);

/** Allocation sheet overrides (ADR 0019): Agresso layout and cost centres, reference code sets. */
export type AllocationSheetEnvironment = Partial<
  Record<'AGRESSO_LAYOUT' | 'AGRESSO_COST_CENTRES' | 'ALLOCATION_INITIAL_COST_CODES' | 'ALLOCATION_RESPONSIBILITY_CODES', string>
>;
export const readAllocationSheetEnvironment = (): AllocationSheetEnvironment => ({
  AGRESSO_LAYOUT: process.env.AGRESSO_LAYOUT,
  AGRESSO_COST_CENTRES: process.env.AGRESSO_COST_CENTRES,
  ALLOCATION_INITIAL_COST_CODES: process.env.ALLOCATION_INITIAL_COST_CODES,
  ALLOCATION_RESPONSIBILITY_CODES: process.env.ALLOCATION_RESPONSIBILITY_CODES,
});
