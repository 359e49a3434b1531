import { jest } from '@jest/globals';
import type { ClaimsListProps, Viewer } from '@statsbidrag/ui/host';
import { createClaimsRemote, SESSION_STORAGE_KEY, type AppConfig, type FederationRuntime } from '@statsbidrag/ui/host';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { PortalApp } from './app.js';

const config: AppConfig = { app: 'portal', graphqlUrl: 'http://gw/graphql', authUrl: 'http://gw/auth', remotes: { claims: 'http://127.0.0.1:3002/mf-manifest.json' } };
const coordinator: Viewer = { name: 'Sara Samordnare', roles: ['COORDINATOR'], roleLabels: ['Samordnare AmF'], districts: [] };
const officer: Viewer = { name: 'Olle Handläggare', roles: ['DISTRICT_OFFICER'], roleLabels: ['Handläggare SDF'], districts: [{ code: 'RK', name: 'Rinkeby-Kista' }] };

function ClaimsStub({ title }: ClaimsListProps) {
  return <h1>{title}</h1>;
}

function fakeRuntime(loadRemote: (id: string) => Promise<unknown>) {
  return {
    init: jest.fn(),
    registerRemotes: jest.fn(),
    loadRemote: jest.fn(loadRemote),
  };
}

async function renderPortal(me: Viewer, runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub }))) {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
  const claims = createClaimsRemote(runtime as unknown as FederationRuntime, 'portal');
  const client = { executeQuery: () => concat([fromValue({ data: { me } }), never]), suspense: false } as unknown as Client;
  await act(async () => {
    render(<PortalApp loadConfig={async () => config} onConfig={claims.register} loadClaimsList={claims.load} createClient={() => client} redirect={jest.fn()} />);
  });
  return runtime;
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('AmF-portalen', () => {
  it('lets a coordinator in and shows the name and role in the header', async () => {
    const runtime = await renderPortal(coordinator);
    expect(screen.getByTestId('app-name').textContent).toBe('AmF-portalen – Statsbidrag');
    expect(screen.getByTestId('header-user-name').textContent).toBe('Sara Samordnare');
    expect(screen.getByTestId('header-user-role').textContent).toBe('Samordnare AmF');
    // The remote is registered from /config.json at run time.
    expect(runtime.init).toHaveBeenCalledWith({ name: 'portal', remotes: [{ name: 'claims', entry: 'http://127.0.0.1:3002/mf-manifest.json' }] });
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återsökningar' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenCalledWith('claims/ClaimsList');
  });

  it('turns away district staff', async () => {
    await renderPortal(officer);
    expect(screen.getByRole('alert').textContent).toContain('Du saknar behörighet till den här appen');
    expect(screen.getAllByRole('button', { name: 'Logga ut' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Återsökningar' })).toBeNull();
  });

  it('shows a Swedish message when the claims remote is down, and the rest keeps working', async () => {
    let down = true;
    const runtime = fakeRuntime(async () => {
      if (down) throw new Error('[ Federation Runtime ]: Failed to get manifest.');
      return { ClaimsList: ClaimsStub };
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderPortal(coordinator, runtime);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Modulen för återsökningar kunde inte laddas just nu. Försök igen senare.');
    expect(screen.getByTestId('header-user-name').textContent).toBe('Sara Samordnare');
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Översikt' }));
    });
    expect(screen.getByRole('heading', { name: 'Översikt' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Modulen för återsökningar kunde inte laddas');

    down = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återsökningar' })).toBeTruthy();
    expect(runtime.registerRemotes).toHaveBeenCalledWith([{ name: 'claims', entry: 'http://127.0.0.1:3002/mf-manifest.json' }], { force: true });
    consoleError.mockRestore();
  });
});
