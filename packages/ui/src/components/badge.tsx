import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'error';

const ICONS: Record<BadgeTone, string> = { neutral: '', success: '✓', warning: '⚠', error: '✕' };

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * A short status text in a coloured frame (e.g. "Adress saknas"). The text carries the meaning; the
 * colour and the icon (hidden from screen readers) only draw the eye, so colour is never the only signal.
 */
export function Badge({ tone = 'neutral', children, ...rest }: BadgeProps) {
  const icon = ICONS[tone];
  return (
    <span className={`sb-badge sb-badge--${tone}`} data-testid={rest['data-testid']}>
      {icon && (
        <span aria-hidden="true" className="sb-badge__icon">
          {icon}
        </span>
      )}
      {children}
    </span>
  );
}
