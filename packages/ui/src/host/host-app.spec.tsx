import { jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Client } from 'urql';
import { fromValue } from 'wonka';
import type { AppConfig } from './config.js';
import type { GraphqlClientOptions } from './graphql-client.js';
import { HostApp, NO_ACCESS_MESSAGE, type HostAppProps } from './host-app.js';
import { CLAIMS_REMOTE_UNAVAILABLE } from './remote-component.js';
import type { ClaimDetailProps, ClaimsListProps } from './remote-types.js';
import { SESSION_STORAGE_KEY } from './session.js';
import type { Viewer } from './viewer.js';

const config: AppConfig = {
  app: 'portal',
  graphqlUrl: 'http://gw/graphql',
  authUrl: 'http://gw/auth',
  remotes: { claims: 'http://claims/mf-manifest.json' },
};
const coordinator: Viewer = { name: 'Sara Samordnare', roles: ['COORDINATOR'], roleLabels: ['Samordnare AmF'], districts: [] };
const officer: Viewer = { name: 'Olle Handläggare', roles: ['DISTRICT_OFFICER'], roleLabels: ['Handläggare SDF'], districts: [{ code: 'RK', name: 'Rinkeby-Kista' }] };

function clientReturning(me: Viewer) {
  const executeQuery = jest.fn(() => fromValue({ data: { me } }));
  let options: GraphqlClientOptions | undefined;
  const createClient = (o: GraphqlClientOptions) => {
    options = o;
    return { executeQuery, suspense: false } as unknown as Client;
  };
  return { createClient, executeQuery, options: () => options! };
}

function ClaimsStub({ title }: ClaimsListProps) {
  return <h1>{title ?? 'Återsökningar'}</h1>;
}

function ClaimDetailStub({ id, navigate }: ClaimDetailProps) {
  return (
    <section>
      <h1>Återsökning {id}</h1>
      <button onClick={() => navigate?.('/atersokningar')}>Till listan</button>
    </section>
  );
}

async function renderApp(props: Partial<HostAppProps> & Pick<HostAppProps, 'createClient'>) {
  const onConfig = jest.fn();
  const redirect = jest.fn();
  const all: HostAppProps = {
    app: 'portal',
    appName: 'AmF-portalen – Statsbidrag',
    allowedRoles: ['COORDINATOR'],
    loadConfig: async () => config,
    loadClaimsList: async () => ClaimsStub,
    onConfig,
    redirect,
    ...props,
  };
  await act(async () => {
    render(<HostApp {...all} />);
  });
  return { onConfig, redirect };
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('HostApp', () => {
  it('shows a sign-in screen without a token and sends the user to the gateway', async () => {
    const { createClient } = clientReturning(coordinator);
    const { onConfig, redirect } = await renderApp({ createClient });
    expect(onConfig).toHaveBeenCalledWith(config);
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(redirect).toHaveBeenCalledWith('http://gw/auth/login?app=portal&redirect_uri=http%3A%2F%2Flocalhost%2F');
  });

  it('takes the token from the URL fragment, removes it and shows the user in the header', async () => {
    window.history.replaceState(null, '', '/#access_token=tok&expires_at=9999999999');
    const { createClient, executeQuery, options } = clientReturning(coordinator);
    await renderApp({ createClient });
    expect(window.location.hash).toBe('');
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!).accessToken).toBe('tok');
    expect(options().getToken()).toBe('tok');
    expect(executeQuery).toHaveBeenCalled();
    expect(screen.getByTestId('header-user-name').textContent).toBe('Sara Samordnare');
    expect(screen.getByTestId('header-user-role').textContent).toBe('Samordnare AmF');
    expect(screen.getByRole('heading', { name: 'Översikt' })).toBeTruthy();
  });

  it('shows sign-in again when the gateway rejects the token', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
    const { createClient, options } = clientReturning(coordinator);
    await renderApp({ createClient });
    await act(async () => options().onUnauthenticated());
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeTruthy();
  });

  it('refuses users without an allowed role, with a logout button', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
    const { createClient } = clientReturning(officer);
    const { redirect } = await renderApp({ createClient });
    expect(screen.getByRole('alert').textContent).toContain(NO_ACCESS_MESSAGE);
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Logga ut' })[1]!);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(redirect).toHaveBeenCalledWith('http://gw/auth/logout?redirect_uri=http%3A%2F%2Flocalhost%2F');
  });

  it('keeps working when the claims remote cannot be loaded, and retries on request', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
    const { createClient } = clientReturning(coordinator);
    const loadClaimsList = jest.fn(async (attempt: number) => {
      if (attempt === 0) throw new Error('Failed to fetch http://claims/mf-manifest.json');
      return ClaimsStub;
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderApp({ createClient, loadClaimsList, claimsTitle: (v) => `Återsökningar för ${v.name}` });

    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    });
    expect(window.location.pathname).toBe('/atersokningar');
    expect((await screen.findByRole('alert')).textContent).toContain(CLAIMS_REMOTE_UNAVAILABLE);
    // The rest of the host still works.
    expect(screen.getByTestId('header-user-name').textContent).toBe('Sara Samordnare');
    expect(screen.getByRole('link', { name: 'Översikt' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återsökningar för Sara Samordnare' })).toBeTruthy();
    expect(loadClaimsList).toHaveBeenLastCalledWith(1);
    consoleError.mockRestore();
  });

  it('shows the remote ClaimDetail at /atersokningar/<id>, and the retry message when the remote fails', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
    window.history.replaceState(null, '', '/atersokningar/claim-42');
    const { createClient } = clientReturning(coordinator);
    const loadClaimDetail = jest.fn(async (attempt: number) => {
      if (attempt === 0) throw new Error('Failed to fetch http://claims/mf-manifest.json');
      return ClaimDetailStub;
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderApp({ createClient, loadClaimDetail });
    expect((await screen.findByRole('alert')).textContent).toContain(CLAIMS_REMOTE_UNAVAILABLE);
    expect(screen.getByRole('link', { name: 'Översikt' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återsökning claim-42' })).toBeTruthy();
    expect(loadClaimDetail).toHaveBeenLastCalledWith(1);
    expect(document.title).toBe('Återsökning – AmF-portalen – Statsbidrag');

    // The remote navigates with the host's router.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Till listan' }));
    });
    expect(window.location.pathname).toBe('/atersokningar');
    expect(await screen.findByRole('heading', { name: 'Återsökningar' })).toBeTruthy();
    consoleError.mockRestore();
  });

  it('has no claim page when the host gives no ClaimDetail loader', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
    window.history.replaceState(null, '', '/atersokningar/claim-42');
    const { createClient } = clientReturning(coordinator);
    await renderApp({ createClient });
    expect(screen.getByRole('heading', { name: 'Sidan finns inte' })).toBeTruthy();
  });
});
