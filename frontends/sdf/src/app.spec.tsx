import { jest } from '@jest/globals';
import type { ClaimDetailProps, ClaimsListProps, ClaimsScreenName, ClaimsScreenProps, Viewer } from '@statsbidrag/ui/host';
import { SESSION_STORAGE_KEY, type AppConfig } from '@statsbidrag/ui/host';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { SdfApp, sdfClaimsTitle } from './app.js';

const config: AppConfig = { app: 'sdf', graphqlUrl: 'http://gw/graphql', authUrl: 'http://gw/auth', remotes: { claims: 'http://127.0.0.1:3002/mf-manifest.json' } };
const officer: Viewer = { name: 'Olle Handläggare', roles: ['DISTRICT_OFFICER'], roleLabels: ['Handläggare SDF'], districts: [{ code: 'RK', name: 'Rinkeby-Kista' }] };
const coordinator: Viewer = { name: 'Sara Samordnare', roles: ['COORDINATOR'], roleLabels: ['Samordnare AmF'], districts: [] };

function ClaimsStub({ title }: ClaimsListProps) {
  return <h1>{title}</h1>;
}

function ClaimDetailStub({ id }: ClaimDetailProps) {
  return <h1>Återsökning {id}</h1>;
}

function StartClaimStub({ viewer }: ClaimsScreenProps) {
  return <h1>Ny återsökning för {viewer.districts.map((d) => d.name).join(', ')}</h1>;
}
function ScreenStub(name: string) {
  return function Stub({ params }: ClaimsScreenProps) {
    return <h1>{[name, params.id].filter(Boolean).join(' ')}</h1>;
  };
}
function RecoveriesStub({ viewer }: ClaimsScreenProps) {
  return <h1>Återkrav för {viewer.districts.map((d) => d.name).join(', ')}</h1>;
}
function RecoveryStub({ params }: ClaimsScreenProps) {
  return <h1>Återkrav {params.id}</h1>;
}
const screenStubs: Partial<Record<ClaimsScreenName, ComponentType<ClaimsScreenProps>>> = {
  StartClaim: StartClaimStub,
  Decisions: ScreenStub('Beslut (från fjärrmodulen)'),
  Decision: ScreenStub('Beslut'),
  Payments: ScreenStub('Utbetalningar (från fjärrmodulen)'),
  Recoveries: RecoveriesStub,
  Recovery: RecoveryStub,
};
const loadClaimsScreen = jest.fn(async (screen: ClaimsScreenName) => {
  const stub = screenStubs[screen];
  if (!stub) throw new Error(`oväntad skärm ${screen}`);
  return stub;
});

async function renderSdf(me: Viewer | null, redirect = jest.fn()) {
  if (me) sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
  const client = { executeQuery: () => concat([fromValue({ data: { me } }), never]), suspense: false } as unknown as Client;
  await act(async () => {
    render(<SdfApp loadConfig={async () => config} loadClaimsList={async () => ClaimsStub} loadClaimDetail={async () => ClaimDetailStub} loadClaimsScreen={loadClaimsScreen} createClient={() => client} redirect={redirect} />);
  });
  return redirect;
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('SDF – Statsbidrag', () => {
  it('asks for sign-in with app=sdf', async () => {
    const redirect = await renderSdf(null);
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(redirect).toHaveBeenCalledWith('http://gw/auth/login?app=sdf&redirect_uri=http%3A%2F%2Flocalhost%2F');
  });

  it("titles the claims list with the officer's district", async () => {
    await renderSdf(officer);
    expect(screen.getByTestId('header-user-name').textContent).toBe('Olle Handläggare');
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Återsökningar' }));
    });
    expect(await screen.findByRole('heading', { name: 'Vår stadsdels återsökningar (Rinkeby-Kista)' })).toBeTruthy();
  });

  it('has Beslut, Utbetalningar, Återkrav, Personer, Fördelade medel, Barnanmälningar and Aviseringar in the menu', async () => {
    await renderSdf(officer);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(menu).getAllByRole('link').map((a) => a.textContent)).toEqual(['Översikt', 'Återsökningar', 'Ny återsökning', 'Beslut', 'Utbetalningar', 'Återkrav', 'Personer', 'Fördelade medel', 'Barnanmälningar', 'Aviseringar']);
  });

  it("shows the district's decisions, a decision's card and the payments from the claims remote", async () => {
    await renderSdf(officer);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Beslut' }));
    });
    expect(await screen.findByRole('heading', { name: 'Beslut (från fjärrmodulen)' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('Decisions', 0);
    await act(async () => {
      window.history.pushState(null, '', '/beslut/d-7');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { name: 'Beslut d-7' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('Decision', 0);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Utbetalningar' }));
    });
    expect(await screen.findByRole('heading', { name: 'Utbetalningar (från fjärrmodulen)' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('Payments', 0);
  });

  it('opens a claim at /atersokningar/<id> with the remote’s ClaimDetail', async () => {
    window.history.replaceState(null, '', '/atersokningar/claim-42');
    await renderSdf(officer);
    expect(await screen.findByRole('heading', { name: 'Återsökning claim-42' })).toBeTruthy();
    expect(document.title).toBe('Återsökning – SDF – Statsbidrag');
  });

  it('starts a claim at /atersokningar/ny with the remote’s StartClaim screen (not a claim called "ny")', async () => {
    window.history.replaceState(null, '', '/atersokningar/ny');
    await renderSdf(officer);
    expect(await screen.findByRole('heading', { name: 'Ny återsökning för Rinkeby-Kista' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('StartClaim', 0);
    expect(document.title).toBe('Ny återsökning – SDF – Statsbidrag');
  });

  it('shows the district its recoveries at /aterkrav and one at /aterkrav/<id> from the claims remote', async () => {
    window.history.replaceState(null, '', '/aterkrav');
    await renderSdf(officer);
    expect(await screen.findByRole('heading', { name: 'Återkrav för Rinkeby-Kista' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('Recoveries', 0);
    await act(async () => {
      window.history.pushState(null, '', '/aterkrav/rec-3');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { name: 'Återkrav rec-3' })).toBeTruthy();
    expect(loadClaimsScreen).toHaveBeenCalledWith('Recovery', 0);
  });

  it('turns away central roles', async () => {
    await renderSdf(coordinator);
    expect(screen.getByRole('alert').textContent).toContain('Du saknar behörighet till den här appen');
  });

  it('names every district of a contact with several', () => {
    expect(sdfClaimsTitle({ districts: [{ code: 'RK', name: 'Rinkeby-Kista' }, { code: 'ST', name: 'Spånga-Tensta' }] })).toBe(
      'Vår stadsdels återsökningar (Rinkeby-Kista, Spånga-Tensta)',
    );
  });
});
