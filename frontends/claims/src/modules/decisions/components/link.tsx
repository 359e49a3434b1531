import { AppLink } from '@statsbidrag/ui';
import type { ReactNode } from 'react';

/** A real link that navigates inside the host when it gives `navigate`. */
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
