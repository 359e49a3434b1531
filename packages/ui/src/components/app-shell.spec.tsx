import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppShell, NavList } from './app-shell.js';

describe('AppShell', () => {
  it('has a skip link to the main landmark, the app name and the signed-in user', () => {
    const onLogout = jest.fn();
    render(
      <AppShell appName="AmF-portalen – Statsbidrag" user={{ name: 'Sara Samordnare', roleLabel: 'Samordnare AmF' }} onLogout={onLogout}>
        <h1>Översikt</h1>
      </AppShell>,
    );
    const skip = screen.getByRole('link', { name: 'Hoppa till innehållet' });
    const main = screen.getByRole('main');
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(main);
    expect(screen.getByRole('banner').textContent).toContain('AmF-portalen – Statsbidrag');
    expect(screen.getByTestId('header-user-name').textContent).toBe('Sara Samordnare');
    expect(screen.getByTestId('header-user-role').textContent).toBe('Samordnare AmF');
    fireEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    expect(onLogout).toHaveBeenCalledTimes(1);
  });

  it('marks the current page in the navigation', () => {
    const onNavigate = jest.fn();
    render(
      <AppShell
        appName="SDF – Statsbidrag"
        nav={<NavList currentPath="/" onNavigate={onNavigate} items={[{ href: '/', label: 'Översikt' }, { href: '/atersokningar', label: 'Återsökningar' }]} />}
      >
        <p>Innehåll</p>
      </AppShell>,
    );
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    expect(onNavigate).toHaveBeenCalledWith('/atersokningar');
  });
});
