import { AppLink } from '@statsbidrag/ui';
import type { ReactNode } from 'react';

/** A link inside the host: client-side navigation on a plain click, a real `<a href>` for everything else. */
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
