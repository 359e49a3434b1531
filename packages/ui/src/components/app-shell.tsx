import type { MouseEvent, ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Button } from './button.js';

export const MAIN_CONTENT_ID = 'innehall';

export interface AppShellUser {
  name: string;
  /** The roles in Swedish, e.g. "Samordnare AmF". */
  roleLabel: string;
}

export interface AppShellProps {
  /** Shown in the header, e.g. "AmF-portalen – Statsbidrag". */
  appName: string;
  user?: AppShellUser | null;
  onLogout?: () => void;
  /** Main navigation (e.g. a `NavList`). */
  nav?: ReactNode;
  children: ReactNode;
}

/**
 * The page frame of every app: skip link, header (app name, user, "Logga ut"), navigation and
 * the main landmark. Sets Swedish as language for text and for react-aria's built-in strings.
 */
export function AppShell({ appName, user, onLogout, nav, children }: AppShellProps) {
  return (
    <I18nProvider locale="sv-SE">
      <div className="sb-shell" lang="sv">
        <a className="sb-skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
          Hoppa till innehållet
        </a>
        <header className="sb-header">
          <div className="sb-header__brand">
            <span className="sb-header__city">Stockholms stad</span>
            <span className="sb-header__app" data-testid="app-name">
              {appName}
            </span>
          </div>
          {user && (
            <div className="sb-header__user">
              <span className="sb-header__user-text">
                <span className="sb-header__user-name" data-testid="header-user-name">
                  {user.name}
                </span>
                <span className="sb-header__user-role" data-testid="header-user-role">
                  {user.roleLabel}
                </span>
              </span>
              {onLogout && (
                <Button variant="secondary" onPress={onLogout} className="sb-header__logout">
                  Logga ut
                </Button>
              )}
            </div>
          )}
        </header>
        {nav && (
          <nav className="sb-nav" aria-label="Huvudmeny">
            {nav}
          </nav>
        )}
        <main id={MAIN_CONTENT_ID} className="sb-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </I18nProvider>
  );
}

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_CONTENT_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
}

export interface NavItem {
  href: string;
  label: string;
}

export interface NavListProps {
  items: readonly NavItem[];
  /** The current path; its link gets aria-current="page". */
  currentPath: string;
  /** Client-side navigation; plain links when omitted. */
  onNavigate?: (href: string) => void;
}

/** A list of navigation links for `AppShell`'s `nav`. */
export function NavList({ items, currentPath, onNavigate }: NavListProps) {
  return (
    <ul className="sb-nav__list">
      {items.map((item) => (
        <li key={item.href}>
          <a
            className="sb-nav__link"
            href={item.href}
            aria-current={item.href === currentPath ? 'page' : undefined}
            onClick={(event) => {
              if (!onNavigate || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              onNavigate(item.href);
            }}
          >
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
