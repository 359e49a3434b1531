import { jest } from '@jest/globals';
import type { ClaimDetailProps, ClaimsListProps, Viewer } from '@statsbidrag/ui/host';
import { createClaimsRemote, SESSION_STORAGE_KEY, type AppConfig, type FederationRuntime } from '@statsbidrag/ui/host';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { PortalApp } from './app.js';

const config: AppConfig = { app: 'portal', graphqlUrl: 'http://gw/graphql', authUrl: 'http://gw/auth', remotes: { claims: 'http://127.0.0.1:3002/mf-manifest.json' } };
const coordinator: Viewer = { name: 'Sara Samordnare', roles: ['COORDINATOR'], roleLabels: ['Samordnare AmF'], districts: [] };
const analyst: Viewer = { name: 'Bo Analytiker', roles: ['ANALYST'], roleLabels: ['BI-användare'], districts: [] };
const financeManager: Viewer = { name: 'Eva Ekonomichef', roles: ['FINANCE_MANAGER'], roleLabels: ['Ekonomichef'], districts: [] };
const systemAdmin: Viewer = { name: 'Sam Systemansvarig', roles: ['SYSTEM_ADMIN'], roleLabels: ['Systemansvarig'], districts: [] };
const officer: Viewer = { name: 'Olle Handläggare', roles: ['DISTRICT_OFFICER'], roleLabels: ['Handläggare SDF'], districts: [{ code: 'RK', name: 'Rinkeby-Kista' }] };

function ClaimsStub({ title }: ClaimsListProps) {
  return <h1>{title}</h1>;
}

function ClaimDetailStub({ id }: ClaimDetailProps) {
  return <h1>Återsökning {id}</h1>;
}

function fakeRuntime(loadRemote: (id: string) => Promise<unknown>) {
  return {
    init: jest.fn(),
    registerRemotes: jest.fn(),
    loadRemote: jest.fn(loadRemote),
  };
}

async function renderPortalWithUnmount(me: Viewer, runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub }))) {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
  const claims = createClaimsRemote(runtime as unknown as FederationRuntime, 'portal');
  const client = {
    executeQuery: () => concat([fromValue({ data: { me, epsImports: [], applicantProfile: null, organisationChanges: [] } }), never]),
    suspense: false,
  } as unknown as Client;
  let unmount = () => {};
  await act(async () => {
    ({ unmount } = render(<PortalApp loadConfig={async () => config} onConfig={claims.register} loadClaimsList={claims.load} loadClaimDetail={claims.loadClaimDetail} loadClaimsScreen={claims.loadClaimsScreen} createClient={() => client} redirect={jest.fn()} />));
  });
  return { runtime, unmount };
}

async function renderPortal(me: Viewer, runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub }))) {
  return (await renderPortalWithUnmount(me, runtime)).runtime;
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

  it('has Personer and EPS-import in the menu for a coordinator, after Översikt and Återsökningar', async () => {
    await renderPortal(coordinator);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Översikt', 'Återsökningar', 'Förslag till SDF', 'Ansökningar till MiG', 'Beslut', 'Utbetalningar', 'Återkrav', 'Personer', 'EPS-import', 'Import från MiG', 'Schabloner', 'Fördelning', 'Barnanmälningar', 'Aviseringar',
    ]);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Personer' }));
    });
    expect(window.location.pathname).toBe('/personer');
    expect(screen.getByRole('heading', { name: 'Personsök' })).toBeTruthy();
    expect(screen.getByLabelText(/Sök på namn, personnummer, samordningsnummer eller individnummer/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'EPS-import' }));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'EPS-import' })).toBeTruthy();
    expect(screen.getByLabelText('Fil från EPS')).toBeTruthy();
  });

  it('loads the applications to MiG from the claims remote at run time (claims/MigApplications, claims/MigApplication)', async () => {
    const screens = {
      MigApplications: () => <h1>Ansökningar till MiG (från fjärrmodulen)</h1>,
      MigApplication: ({ params }: { params: Record<string, string> }) => <h1>Ansökan {params.id}</h1>,
    };
    const runtime = fakeRuntime(async (id) => ({ ClaimsList: ClaimsStub, ...screens, id }));
    await renderPortalWithUnmount(coordinator, runtime);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Ansökningar till MiG' }));
    });
    expect(await screen.findByRole('heading', { name: 'Ansökningar till MiG (från fjärrmodulen)' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenCalledWith('claims/MigApplications');
    await act(async () => {
      window.history.pushState(null, '', '/ansokningar/app-7');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { name: 'Ansökan app-7' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenCalledWith('claims/MigApplication');
  });

  it('loads the decisions, "Registrera beslut" (not a decision called "ny"), a decision and the payments from the claims remote', async () => {
    const stub = (name: string) => ({ params }: { params: Record<string, string> }) => <h1>{[name, params.id].filter(Boolean).join(' ')}</h1>;
    const screens = { Decisions: stub('Beslut (från fjärrmodulen)'), NewDecision: stub('Registrera beslut (från fjärrmodulen)'), Decision: stub('Beslut'), Payments: stub('Utbetalningar (från fjärrmodulen)') };
    const runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub, ...screens }));
    await renderPortalWithUnmount(coordinator, runtime);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Beslut' }));
    });
    expect(await screen.findByRole('heading', { name: 'Beslut (från fjärrmodulen)' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenCalledWith('claims/Decisions');
    for (const [path, heading, module] of [
      ['/beslut/ny', 'Registrera beslut (från fjärrmodulen)', 'claims/NewDecision'],
      ['/beslut/d-7', 'Beslut d-7', 'claims/Decision'],
      ['/utbetalningar', 'Utbetalningar (från fjärrmodulen)', 'claims/Payments'],
    ]) {
      await act(async () => {
        window.history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
      expect(runtime.loadRemote).toHaveBeenCalledWith(module);
    }
  });

  it('loads the recovery screens from the claims remote (claims/Recoveries, claims/NewRecovery, claims/Recovery); /aterkrav/ny is not a recovery called "ny"', async () => {
    const screens = {
      Recoveries: () => <h1>Återkrav (från fjärrmodulen)</h1>,
      NewRecovery: () => <h1>Nytt återkrav (från fjärrmodulen)</h1>,
      Recovery: ({ params }: { params: Record<string, string> }) => <h1>Återkrav {params.id}</h1>,
    };
    const runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub, ...screens }));
    await renderPortalWithUnmount(coordinator, runtime);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återkrav' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återkrav (från fjärrmodulen)' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenCalledWith('claims/Recoveries');
    for (const [path, heading, screenName] of [
      ['/aterkrav/ny', 'Nytt återkrav (från fjärrmodulen)', 'claims/NewRecovery'],
      ['/aterkrav/rec-7', 'Återkrav rec-7', 'claims/Recovery'],
    ] as const) {
      await act(async () => {
        window.history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      });
      expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
      expect(runtime.loadRemote).toHaveBeenCalledWith(screenName);
    }
  });

  it('lets the analyst read Återkrav but not start one at /aterkrav/ny', async () => {
    window.history.replaceState(null, '', '/aterkrav/ny');
    const runtime = fakeRuntime(async () => ({ ClaimsList: ClaimsStub, NewRecovery: () => <h1>Nytt återkrav</h1> }));
    await renderPortalWithUnmount(analyst, runtime);
    expect(await screen.findByRole('heading', { name: 'Du saknar behörighet till den här sidan' })).toBeTruthy();
    expect(runtime.loadRemote).not.toHaveBeenCalledWith('claims/NewRecovery');
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Återkrav' })).toBeTruthy();
  });

  it('hides Förslag till SDF and Ansökningar till MiG from the analyst', async () => {
    await renderPortal(analyst);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).queryByRole('link', { name: 'Förslag till SDF' })).toBeNull();
    expect(within(menu).queryByRole('link', { name: 'Ansökningar till MiG' })).toBeNull();
  });

  it('hides EPS-import from central roles that may not import, and refuses the page', async () => {
    for (const viewer of [analyst, financeManager]) {
      window.history.replaceState(null, '', '/eps-import');
      const { unmount } = await renderPortalWithUnmount(viewer);
      expect(screen.getByRole('link', { name: 'Personer' })).toBeTruthy();
      expect(screen.queryByRole('link', { name: 'EPS-import' })).toBeNull();
      expect(screen.getByRole('heading', { name: 'Du saknar behörighet till den här sidan' })).toBeTruthy();
      expect(screen.queryByLabelText('Fil från EPS')).toBeNull();
      unmount();
    }
  });

  it('has Import från MiG for the central roles that import or follow imports; its own pages come before an import’s page', async () => {
    window.history.replaceState(null, '', '/importer/skannad-lista');
    const { unmount } = await renderPortalWithUnmount(coordinator);
    expect(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Import från MiG' }).getAttribute('href')).toBe('/importer');
    expect(screen.getByRole('heading', { level: 1, name: 'Skannad lista (Roselista)' })).toBeTruthy();
    unmount();

    window.history.replaceState(null, '', '/importer');
    await renderPortalWithUnmount(analyst);
    expect(screen.queryByRole('link', { name: 'Import från MiG' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Du saknar behörighet till den här sidan' })).toBeTruthy();
  });

  it('shows Organisation in the menu only to the system administrator', async () => {
    const { unmount } = await renderPortalWithUnmount(systemAdmin);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).getAllByRole('link').map((a) => a.textContent)).toEqual(['Översikt', 'Återsökningar', 'Beslut', 'Utbetalningar', 'Återkrav', 'Personer', 'EPS-import', 'Import från MiG', 'Organisation', 'Gallring', 'Granskningslogg', 'Aviseringar']);
    await act(async () => {
      fireEvent.click(within(menu).getByRole('link', { name: 'Organisation' }));
    });
    expect(window.location.pathname).toBe('/organisation');
    expect(screen.getByRole('heading', { level: 1, name: 'Organisation' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ansökande kommun' })).toBeTruthy();
    unmount();

    for (const viewer of [coordinator, analyst, financeManager]) {
      for (const path of ['/organisation', '/organisation/personal']) {
        window.history.replaceState(null, '', path);
        const { unmount: unmountOther } = await renderPortalWithUnmount(viewer);
        expect(screen.queryByRole('link', { name: 'Organisation' })).toBeNull();
        expect(screen.getByRole('heading', { name: 'Du saknar behörighet till den här sidan' })).toBeTruthy();
        expect(screen.queryByLabelText(/^Kommunkod/)).toBeNull();
        unmountOther();
      }
    }
  });

  it('shows Barnanmälningar only to administrators and coordinators, and refuses the page to others', async () => {
    window.history.replaceState(null, '', '/barnanmalningar');
    await renderPortal(analyst);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).queryByRole('link', { name: 'Barnanmälningar' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Du saknar behörighet till den här sidan' })).toBeTruthy();
    expect(within(menu).getByRole('link', { name: 'Aviseringar' })).toBeTruthy();
  });

  it('turns away district staff', async () => {
    await renderPortal(officer);
    expect(screen.getByRole('alert').textContent).toContain('Du saknar behörighet till den här appen');
    expect(screen.getAllByRole('button', { name: 'Logga ut' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'Återsökningar' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Personer' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'EPS-import' })).toBeNull();
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

  it('opens a claim at /atersokningar/<id> with the remote’s claims/ClaimDetail, and retries when the remote was down', async () => {
    window.history.replaceState(null, '', '/atersokningar/claim-42');
    let down = true;
    const runtime = fakeRuntime(async (id) => {
      if (down) throw new Error('[ Federation Runtime ]: Failed to get manifest.');
      return id === 'claims/ClaimDetail' ? { ClaimDetail: ClaimDetailStub } : { ClaimsList: ClaimsStub };
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderPortal(coordinator, runtime);
    expect((await screen.findByRole('alert')).textContent).toContain('Modulen för återsökningar kunde inte laddas just nu.');
    down = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    });
    expect(await screen.findByRole('heading', { name: 'Återsökning claim-42' })).toBeTruthy();
    expect(runtime.loadRemote).toHaveBeenLastCalledWith('claims/ClaimDetail');
    expect(runtime.registerRemotes).toHaveBeenCalledWith([{ name: 'claims', entry: 'http://127.0.0.1:3002/mf-manifest.json' }], { force: true });
    consoleError.mockRestore();
  });
});
