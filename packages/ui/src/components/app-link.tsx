import type { AnchorHTMLAttributes, MouseEvent } from 'react';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A URL of the app, e.g. `/personer/123?q=anna`. */
  href: string;
  /** Client-side navigation (e.g. a host route's `navigate`). */
  onNavigate: (href: string) => void;
}

/**
 * A real link (`<a href>`: can be opened in a new tab, copied, read as a link) that navigates inside
 * the app on a plain left click.
 */
export function AppLink({ href, onNavigate, onClick, children, ...rest }: AppLinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        onNavigate(href);
      }}
    >
      {children}
    </a>
  );
}
