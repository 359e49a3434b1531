import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import { Alert, ErrorMessage } from '../components/alert.js';
import { AppShell, MAIN_CONTENT_ID, NavList, type NavItem } from '../components/app-shell.js';
import { Button } from '../components/button.js';
import { Spinner } from '../components/spinner.js';
import { loadConfig as defaultLoadConfig, type AppConfig } from './config.js';
import { createGraphqlClient, isUnauthenticated, type GraphqlClientOptions } from './graphql-client.js';
import { findHostRoute, matchRoutePath, mayUseRoute, type HostRoute } from './host-route.js';
import { navigateToUrl } from './navigation.js';
import { CLAIMS_REMOTE_UNAVAILABLE, RemoteComponent } from './remote-component.js';
import type { ClaimDetailProps, ClaimsListProps, ClaimsScreenName, ClaimsScreenProps } from './remote-types.js';
import { clearSession, consumeTokenFromUrl, loginUrl, logoutUrl, readSession, type Session } from './session.js';
import { usePath } from './use-path.js';
import { hasAnyRole, ME_QUERY, type Viewer } from './viewer.js';

export const NO_ACCESS_MESSAGE = 'Du saknar behörighet till den här appen';
export const CLAIMS_PATH = '/atersokningar';
/** A claim's page, shown by the claims remote's `ClaimDetail`. */
export const CLAIM_DETAIL_PATH = `${CLAIMS_PATH}/:id`;
export const NO_PAGE_ACCESS_MESSAGE = 'Du saknar behörighet till den här sidan';

export interface HostAppProps {
  /** The app name sent to the sign-in page: "portal" or "sdf". */
  app: string;
  /** Shown in the header and the document title. */
  appName: string;
  /** Roles that may use the app; everyone else sees NO_ACCESS_MESSAGE. */
  allowedRoles: readonly string[];
  /** Called once with `/config.json` before any remote is loaded: register the remotes here. */
  onConfig?: (config: AppConfig) => void;
  /** Loads the claims remote's ClaimsList (attempt = number of retries so far). Must be stable. */
  loadClaimsList: (attempt: number) => Promise<ComponentType<ClaimsListProps>>;
  /** Loads the claims remote's ClaimDetail for `/atersokningar/:id`. Must be stable. Without it the page does not exist. */
  loadClaimDetail?: (attempt: number) => Promise<ComponentType<ClaimDetailProps>>;
  /** Loads the claims remote's other screens, for routes with `claimsScreen`. Must be stable. */
  loadClaimsScreen?: (screen: ClaimsScreenName, attempt: number) => Promise<ComponentType<ClaimsScreenProps>>;
  /** Heading of the claims screen for this viewer. */
  claimsTitle?: (viewer: Viewer) => string;
  /** Extra content of the overview page. */
  overview?: (viewer: Viewer) => ReactNode;
  /** The app's own pages after "Översikt" and "Återsökningar" (menu items in this order). Must be stable. */
  routes?: readonly HostRoute[];
  /** Seams for tests. */
  loadConfig?: () => Promise<AppConfig>;
  storage?: Storage;
  createClient?: (options: GraphqlClientOptions) => Client;
  redirect?: (url: string) => void;
}

type ConfigState = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; config: AppConfig };

function currentUrl(): string {
  return `${window.location.origin}${window.location.pathname}${window.location.search}`;
}

/**
 * A whole host app: loads `/config.json`, handles sign-in (token from the URL fragment, 401 → sign in
 * again), asks who the user is, checks the role, and shows the shell with "Översikt" and "Återsökningar"
 * (the latter loaded at run time from the claims remote).
 */
export function HostApp(props: HostAppProps) {
  const { app, appName, onConfig } = props;
  const storage = props.storage ?? window.sessionStorage;
  const redirect = props.redirect ?? ((url: string) => window.location.assign(url));
  const loadConfig = props.loadConfig ?? defaultLoadConfig;
  const [configState, setConfigState] = useState<ConfigState>({ status: 'loading' });
  const [session, setSession] = useState<Session | null>(null);
  const [attempt, setAttempt] = useState(0);
  const onConfigRef = useRef(onConfig);
  onConfigRef.current = onConfig;

  useEffect(() => {
    let cancelled = false;
    loadConfig()
      .then((config) => {
        if (cancelled) return;
        onConfigRef.current?.(config);
        setSession(consumeTokenFromUrl(window, storage));
        setConfigState({ status: 'ready', config });
      })
      .catch((error: Error) => {
        if (!cancelled) setConfigState({ status: 'error', error });
      });
    return () => {
      cancelled = true;
    };
    // storage and loadConfig are fixed for the life of the app
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const config = configState.status === 'ready' ? configState.config : null;
  const createClient = props.createClient ?? createGraphqlClient;
  const client = useMemo(
    () =>
      config &&
      createClient({
        url: config.graphqlUrl,
        getToken: () => readSession(storage)?.accessToken ?? null,
        onUnauthenticated: () => {
          clearSession(storage);
          setSession(null);
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [config],
  );

  if (configState.status === 'loading') {
    return (
      <AppShell appName={appName}>
        <Spinner />
      </AppShell>
    );
  }
  if (configState.status === 'error' || !config || !client) {
    return (
      <AppShell appName={appName}>
        <ErrorMessage title="Appen kunde inte startas" onRetry={() => setAttempt((n) => n + 1)}>
          <p>Inställningarna kunde inte läsas. Försök igen om en stund.</p>
        </ErrorMessage>
      </AppShell>
    );
  }
  if (!session) {
    return <SignIn appName={appName} onSignIn={() => redirect(loginUrl(config.authUrl, app, currentUrl()))} />;
  }
  const logout = () => {
    clearSession(storage);
    redirect(logoutUrl(config.authUrl, `${window.location.origin}/`));
  };
  return (
    <Provider value={client}>
      <SignedIn {...props} onLogout={logout} />
    </Provider>
  );
}

function SignIn({ appName, onSignIn }: { appName: string; onSignIn: () => void }) {
  useEffect(() => {
    document.title = `Logga in – ${appName}`;
  }, [appName]);
  return (
    <AppShell appName={appName}>
      <section className="sb-signin" aria-labelledby="signin-heading">
        <h1 id="signin-heading">Logga in</h1>
        <p>Du behöver logga in för att använda {appName}.</p>
        <Button onPress={onSignIn} data-testid="sign-in">
          Logga in
        </Button>
      </section>
    </AppShell>
  );
}

function SignedIn(props: HostAppProps & { onLogout: () => void }) {
  const { appName, allowedRoles, onLogout } = props;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ME_QUERY });
  const viewer = data?.me;

  if (!viewer) {
    return (
      <AppShell appName={appName}>
        {error && !fetching && !isUnauthenticated(error) ? (
          <ErrorMessage title="Dina uppgifter kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            <p>Tjänsten svarar inte just nu. Försök igen om en stund.</p>
          </ErrorMessage>
        ) : (
          <Spinner label="Laddar dina uppgifter…" />
        )}
      </AppShell>
    );
  }
  const user = { name: viewer.name, roleLabel: viewer.roleLabels.join(', ') };
  if (!hasAnyRole(viewer, allowedRoles)) {
    return (
      <AppShell appName={appName} user={user} onLogout={onLogout}>
        <h1>{appName}</h1>
        <Alert
          tone="error"
          title={NO_ACCESS_MESSAGE}
          data-testid="no-access"
          action={
            <Button variant="secondary" onPress={onLogout}>
              Logga ut
            </Button>
          }
        >
          <p>Ditt konto har ingen av de roller som appen är till för. Logga ut och logga in med ett annat konto, eller kontakta systemförvaltningen.</p>
        </Alert>
      </AppShell>
    );
  }
  return <SignedInRoutes {...props} viewer={viewer} user={user} />;
}

function SignedInRoutes(props: HostAppProps & { onLogout: () => void; viewer: Viewer; user: { name: string; roleLabel: string } }) {
  const { appName, viewer, user, onLogout, loadClaimsList, loadClaimDetail, loadClaimsScreen, claimsTitle, overview, routes = [] } = props;
  const [path, navigate] = usePath();
  const navItems: NavItem[] = [
    { href: '/', label: 'Översikt' },
    { href: CLAIMS_PATH, label: 'Återsökningar' },
    ...routes.filter((route) => route.label && mayUseRoute(route, viewer)).map((route) => ({ href: route.path, label: route.label! })),
  ];
  const current = navItems.find((item) => item.href === path);
  // The app's own routes first: `/atersokningar/ny` is a page, not the claim "ny".
  const matched = path === '/' || path === CLAIMS_PATH ? null : findHostRoute(routes, path);
  const claimParams = !matched && loadClaimDetail ? matchRoutePath(CLAIM_DETAIL_PATH, path) : null;
  const allowed = matched ? mayUseRoute(matched.route, viewer) : false;
  const title = current?.label ?? (claimParams ? 'Återsökning' : undefined) ??
    (matched ? (allowed ? (matched.route.title ?? matched.route.label) : NO_PAGE_ACCESS_MESSAGE) : undefined) ??
    'Sidan finns inte';
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${title} – ${appName}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [path, title, appName]);
  const navigateUrl = useCallback((url: string) => navigateToUrl(url, navigate), [navigate]);
  const load = useCallback((attempt: number) => loadClaimsList(attempt), [loadClaimsList]);
  const loadDetail = useCallback((attempt: number) => loadClaimDetail!(attempt), [loadClaimDetail]);
  // One stable loader per screen, so that RemoteComponent does not load the screen again on every render.
  const screenLoader = useMemo(() => {
    const loaders = new Map<ClaimsScreenName, (attempt: number) => Promise<ComponentType<ClaimsScreenProps>>>();
    return (screen: ClaimsScreenName) => {
      let loader = loaders.get(screen);
      if (!loader) {
        loader = (attempt: number) =>
          loadClaimsScreen ? loadClaimsScreen(screen, attempt) : Promise.reject(new Error(`Skärmen ${screen} finns inte i den här appen.`));
        loaders.set(screen, loader);
      }
      return loader;
    };
  }, [loadClaimsScreen]);

  let page: ReactNode;
  if (path === '/') {
    page = (
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading">Översikt</h1>
        <p>Välkommen, {viewer.name}.</p>
        <dl className="sb-facts">
          <dt>Roll</dt>
          <dd>{viewer.roleLabels.join(', ') || '–'}</dd>
          <dt>Stadsdelar</dt>
          <dd>{viewer.districts.map((d) => d.name).join(', ') || 'Alla (central roll)'}</dd>
        </dl>
        {overview?.(viewer)}
        <p>
          <a
            href={CLAIMS_PATH}
            onClick={(event) => {
              event.preventDefault();
              navigate(CLAIMS_PATH);
            }}
          >
            Gå till återsökningar
          </a>
        </p>
      </section>
    );
  } else if (path === CLAIMS_PATH) {
    page = <RemoteComponent load={load} props={{ title: claimsTitle?.(viewer), navigate: navigateUrl }} errorMessage={CLAIMS_REMOTE_UNAVAILABLE} loadingLabel="Laddar återsökningar…" />;
  } else if (claimParams) {
    page = <RemoteComponent key={claimParams.id} load={loadDetail} props={{ id: claimParams.id!, navigate: navigateUrl }} errorMessage={CLAIMS_REMOTE_UNAVAILABLE} loadingLabel="Laddar återsökningen…" />;
  } else if (matched && allowed && matched.route.claimsScreen) {
    const screen = matched.route.claimsScreen;
    page = (
      <RemoteComponent
        key={`${screen}:${path}`}
        load={screenLoader(screen)}
        props={{ params: matched.params, navigate: navigateUrl, viewer }}
        errorMessage={CLAIMS_REMOTE_UNAVAILABLE}
        loadingLabel="Laddar…"
      />
    );
  } else if (matched && allowed) {
    page = matched.route.render?.({ viewer, params: matched.params, navigate: navigateUrl }) ?? null;
  } else if (matched) {
    page = (
      <section>
        <h1>{NO_PAGE_ACCESS_MESSAGE}</h1>
        <Alert tone="error">
          <p>Din roll ger inte tillgång till sidan. Kontakta systemförvaltningen om du behöver den.</p>
        </Alert>
      </section>
    );
  } else {
    page = (
      <section>
        <h1>Sidan finns inte</h1>
        <p>
          <a
            href="/"
            onClick={(event) => {
              event.preventDefault();
              navigate('/');
            }}
          >
            Till översikten
          </a>
        </p>
      </section>
    );
  }
  return (
    <AppShell appName={appName} user={user} onLogout={onLogout} nav={<NavList items={navItems} currentPath={path} onNavigate={navigate} />}>
      {page}
    </AppShell>
  );
}
