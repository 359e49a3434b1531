/** Återkrav: the statuses of a recovery demand (glossary) and how they follow from its facts. */
export const RecoveryStatus = {
  OPEN: 'OPEN',
  APPEALED: 'APPEALED',
  OFFSET_PARTLY: 'OFFSET_PARTLY',
  SETTLED: 'SETTLED',
  CANCELLED: 'CANCELLED',
} as const;
export type RecoveryStatus = (typeof RecoveryStatus)[keyof typeof RecoveryStatus];

export const RECOVERY_STATUS_LABELS: Record<RecoveryStatus, string> = {
  OPEN: 'Öppet',
  APPEALED: 'Överklagat',
  OFFSET_PARTLY: 'Delvis kvittat',
  SETTLED: 'Kvittat',
  CANCELLED: 'Makulerat',
};

/** Statuses still to be offset at a payment. */
export const UNSETTLED_RECOVERY_STATUSES: readonly RecoveryStatus[] = ['OPEN', 'APPEALED', 'OFFSET_PARTLY'];

/**
 * The status a recovery has from its amounts and decisions: cancelled stays cancelled; nothing
 * left = settled; an appeal shows as appealed while money remains; otherwise partly offset or open.
 */
export function recoveryStatus(r: { amount: number; offsetAmount: number; appealDecision?: string | null; cancelled?: boolean }): RecoveryStatus {
  if (r.cancelled) return 'CANCELLED';
  if (r.amount - r.offsetAmount <= 0) return 'SETTLED';
  if (r.appealDecision === 'APPEAL') return 'APPEALED';
  return r.offsetAmount > 0 ? 'OFFSET_PARTLY' : 'OPEN';
}

/** "Återkrav FSKA 2025-01-01–2025-03-31": what a user reads (no personal data). */
export function recoveryLabel(r: { compensationCode: string; periodFrom?: string | null; periodTo?: string | null }): string {
  return r.periodFrom && r.periodTo ? `Återkrav ${r.compensationCode} ${r.periodFrom}–${r.periodTo}` : `Återkrav ${r.compensationCode}`;
}
