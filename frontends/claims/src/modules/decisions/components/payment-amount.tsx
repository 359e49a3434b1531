import { Badge, formatKronor } from '@statsbidrag/ui';

/** A payment amount: recovery lines (negative) in red with the word "Återkrav", so colour is not the only signal. */
export function PaymentAmount({ amount, isRecovery }: { amount: number; isRecovery: boolean }) {
  return isRecovery || amount < 0 ? (
    <span className="sb-amount--negative" style={{ color: 'var(--sb-red)' }} data-testid="payment-recovery">
      {formatKronor(amount)} <Badge tone="error">Återkrav</Badge>
    </span>
  ) : (
    <span>{formatKronor(amount)}</span>
  );
}
