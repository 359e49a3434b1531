import type { RecoveryListNode, RecoveryNode } from './graphql/recoveries.graphql.js';

/** Made-up people and districts for the recovery specs (no real personal data). */
export const JARVA = { code: 'JARVA', name: 'Järva' };
export const SODERMALM = { code: 'SODERMALM', name: 'Södermalm' };

export function listNode(id: string, overrides: Partial<RecoveryListNode> = {}): RecoveryListNode {
  return {
    id,
    personId: `p-${id}`,
    person: { id: `p-${id}`, fullName: `Testperson ${id}` },
    districtCode: JARVA.code,
    district: JARVA,
    compensationCode: 'FSKA',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    amount: 250_000,
    offsetAmount: 126_550,
    remainingAmount: 123_450,
    status: 'OFFSET_PARTLY',
    statusLabel: 'Delvis kvittat',
    appealDeadline: '2026-12-15',
    source: 'MANUAL',
    ...overrides,
  };
}

export function recoveryNode(overrides: Partial<RecoveryNode> = {}): RecoveryNode {
  return {
    ...listNode('r-1'),
    reason: 'Personen flyttade från kommunen i februari.',
    decisionId: 'd-1',
    decision: { id: 'd-1', migCaseNumber: '4321-2026-000123' },
    migCaseNumber: '4321-2026-000123',
    decidedAt: '2026-11-24',
    proposedAction: 'Godta kvittning vid nästa utbetalning.',
    appealDecision: null,
    appealDecidedBy: null,
    appealDecidedAt: null,
    createdBy: 'samordnare',
    createdAt: '2026-11-24T08:00:00Z',
    offsets: [{ id: 'o-1', month: '2026-10', amount: 126_550, importId: 'i-1', createdAt: '2026-11-01T07:00:00Z' }],
    messages: [
      { id: 'm-1', side: 'AMF', authorUsername: 'samordnare', body: 'Vi föreslår att kravet godtas.', fileName: 'underlag.pdf', contentType: 'application/pdf', createdAt: '2026-11-24T09:00:00Z' },
    ],
    ...overrides,
  };
}

export const viewerOf = (roles: string[], districts: { code: string; name: string }[] = []) => ({ roles, districts });
