export interface SpinnerProps {
  /** Text that is shown and read out; defaults to "Laddar…". */
  label?: string;
}

/** A loading indicator whose text is announced politely by screen readers (aria-live). */
export function Spinner({ label = 'Laddar…' }: SpinnerProps) {
  return (
    <div role="status" aria-live="polite" className="sb-spinner">
      <span className="sb-spinner__icon" aria-hidden="true" />
      <span className="sb-spinner__label">{label}</span>
    </div>
  );
}
