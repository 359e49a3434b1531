import { jest } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Client } from 'urql';
import { fromValue } from 'wonka';
import { AppLink } from '../components/app-link.js';
import type { AppConfig } from './config.js';
import { HostApp, NO_PAGE_ACCESS_MESSAGE } from './host-app.js';
import { matchRoutePath, type HostRoute, type HostRouteContext } from './host-route.js';
import { useLocationSearch } from './navigation.js';
import { SESSION_STORAGE_KEY } from './session.js';
import type { Viewer } from './viewer.js';

const config: AppConfig = { app: 'portal', graphqlUrl: 'http://gw/graphql', authUrl: 'http://gw/auth', remotes: { claims: 'http://claims/mf-manifest.json' } };
const coordinator: Viewer = { name: 'Sara Samordnare', roles: ['COORDINATOR'], roleLabels: ['Samordnare AmF'], districts: [] };
const analyst: Viewer = { name: 'Bo Analytiker', roles: ['ANALYST'], roleLabels: ['BI-användare'], districts: [] };

function Search({ navigate }: Pick<HostRouteContext, 'navigate'>) {
  const search = useLocationSearch();
  const q = new URLSearchParams(search).get('q') ?? '';
  return (
    <section>
      <h1>Personsök</h1>
      <p data-testid="query">{q}</p>
      <button onClick={() => navigate('/personer?q=anna')}>Sök anna</button>
      <AppLink href={`/personer/p%201${search}`} onNavigate={navigate}>
        Anna Andersson
      </AppLink>
    </section>
  );
}

const routes: HostRoute[] = [
  { path: '/personer', label: 'Personer', render: ({ navigate }) => <Search navigate={navigate} /> },
  { path: '/personer/:id', title: 'Personkort', render: ({ params }) => <h1>Person {params.id}</h1> },
  { path: '/import', label: 'Import', roles: ['COORDINATOR'], render: () => <h1>Import</h1> },
];

async function renderApp(me: Viewer) {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok' }));
  const client = { executeQuery: jest.fn(() => fromValue({ data: { me } })), suspense: false } as unknown as Client;
  await act(async () => {
    render(
      <HostApp
        app="portal"
        appName="AmF-portalen – Statsbidrag"
        allowedRoles={['COORDINATOR', 'ANALYST']}
        loadConfig={async () => config}
        loadClaimsList={async () => () => <h1>Återsökningar</h1>}
        createClient={() => client}
        redirect={jest.fn()}
        routes={routes}
      />,
    );
  });
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('host routes', () => {
  it('matches paths with parameters', () => {
    expect(matchRoutePath('/personer/:id', '/personer/abc%20d')).toEqual({ id: 'abc d' });
    expect(matchRoutePath('/personer/:id', '/personer')).toBeNull();
    expect(matchRoutePath('/personer', '/personer/')).toEqual({});
    expect(matchRoutePath('/personer', '/personerna')).toBeNull();
  });

  it('adds the app pages to the menu after Översikt and Återsökningar, by role', async () => {
    await renderApp(coordinator);
    const menu = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect([...menu.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Översikt', 'Återsökningar', 'Personer', 'Import']);
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Personer' }));
    });
    expect(screen.getByRole('heading', { name: 'Personsök' })).toBeTruthy();
    expect(document.title).toBe('Personer – AmF-portalen – Statsbidrag');
  });

  it('keeps the query in the address bar and follows the back button', async () => {
    window.history.replaceState(null, '', '/personer');
    await renderApp(coordinator);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sök anna' }));
    });
    expect(window.location.pathname + window.location.search).toBe('/personer?q=anna');
    expect(screen.getByTestId('query').textContent).toBe('anna');
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Anna Andersson' }));
    });
    expect(window.location.pathname + window.location.search).toBe('/personer/p%201?q=anna');
    expect(screen.getByRole('heading', { name: 'Person p 1' })).toBeTruthy();
    expect(document.title).toBe('Personkort – AmF-portalen – Statsbidrag');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(screen.getByTestId('query').textContent).toBe('anna');
  });

  it('hides a page from roles that may not use it, and says so when opened directly', async () => {
    window.history.replaceState(null, '', '/import');
    await renderApp(analyst);
    expect(screen.queryByRole('link', { name: 'Import' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Personer' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: NO_PAGE_ACCESS_MESSAGE })).toBeTruthy();
  });
});
