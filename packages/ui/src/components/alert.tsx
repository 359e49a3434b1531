import type { ReactNode } from 'react';
import { Button } from './button.js';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  /** Extra content after the text, e.g. a button. */
  action?: ReactNode;
  'data-testid'?: string;
}

/**
 * A message box. Errors use role="alert" (read out at once); other tones role="status" (polite).
 * Colour is never the only signal: the title says what happened.
 */
export function Alert({ tone = 'info', title, children, action, ...rest }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`sb-alert sb-alert--${tone}`} data-testid={rest['data-testid']}>
      {title && <p className="sb-alert__title">{title}</p>}
      {children && <div className="sb-alert__body">{children}</div>}
      {action && <div className="sb-alert__action">{action}</div>}
    </div>
  );
}

export interface ErrorMessageProps {
  title?: string;
  children?: ReactNode;
  /** When given, a "Försök igen" button is shown. */
  onRetry?: () => void;
  retryLabel?: string;
  'data-testid'?: string;
}

/** An error in Swedish with an optional retry button. */
export function ErrorMessage({ title = 'Något gick fel', children, onRetry, retryLabel = 'Försök igen', ...rest }: ErrorMessageProps) {
  return (
    <Alert
      tone="error"
      title={title}
      data-testid={rest['data-testid']}
      action={
        onRetry ? (
          <Button variant="secondary" onPress={onRetry}>
            {retryLabel}
          </Button>
        ) : undefined
      }
    >
      {children}
    </Alert>
  );
}
