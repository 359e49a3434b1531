import { AppLink } from '@statsbidrag/ui';
import type { ReactNode } from 'react';

export const APPLICATIONS_PATH = '/ansokningar';
export const NEW_APPLICATION_PATH = '/ansokningar/ny';
export const applicationPath = (id: string) => `${APPLICATIONS_PATH}/${encodeURIComponent(id)}`;
export const claimPath = (id: string) => `/atersokningar/${encodeURIComponent(id)}`;

export function Link({ href, navigate, children, ...rest }: { href: string; navigate?: (url: string) => void; children: ReactNode; 'data-testid'?: string }) {
  return navigate ? (
    <AppLink href={href} onNavigate={navigate} {...rest}>
      {children}
    </AppLink>
  ) : (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
