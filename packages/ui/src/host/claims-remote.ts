import type { ComponentType } from 'react';
import type { AppConfig } from './config.js';
import type { ClaimDetailModule, ClaimDetailProps, ClaimsListModule, ClaimsListProps, ClaimsScreenName, ClaimsScreenProps } from './remote-types.js';

export const CLAIMS_REMOTE_NAME = 'claims';

interface RemoteInfo {
  name: string;
  entry: string;
}

/**
 * The part of `@module-federation/enhanced/runtime` a host uses. Passed in by the host so that the
 * runtime stays the one instance that the host's bundler plugin created.
 */
export interface FederationRuntime {
  init(options: { name: string; remotes: RemoteInfo[] }): unknown;
  registerRemotes(remotes: RemoteInfo[], options?: { force?: boolean }): void;
  loadRemote<T>(id: string): Promise<T | null>;
}

/** Loads a remote screen; `attempt` counts the user's retries from 0. */
export type RemoteLoader<P> = (attempt: number) => Promise<ComponentType<P>>;

/** The screens the claims remote exposes, by their expose name (`claims/<name>`). */
export interface ClaimsRemoteScreens {
  ClaimsList: ClaimsListModule;
  ClaimDetail: ClaimDetailModule;
}

export interface ClaimsRemote {
  /** Registers the claims remote from `config.remotes.claims` (the manifest URL) — at run time, not build time. */
  register: (config: AppConfig) => void;
  /** Loads `claims/<screen>`; after a failure (or on a retry) the remote is registered again to drop the failed load. */
  loadScreen: <K extends keyof ClaimsRemoteScreens>(screen: K, attempt: number) => Promise<ClaimsRemoteScreens[K][K & keyof ClaimsRemoteScreens[K]]>;
  /** Loads `claims/ClaimsList`. */
  load: RemoteLoader<ClaimsListProps>;
  /** Loads `claims/ClaimDetail`. */
  loadClaimDetail: RemoteLoader<ClaimDetailProps>;
  /** Loads one of the other screens (`claims/StartClaim`, …). */
  loadClaimsScreen: (screen: ClaimsScreenName, attempt: number) => Promise<ComponentType<ClaimsScreenProps>>;
}

export function createClaimsRemote(runtime: FederationRuntime, hostName: string): ClaimsRemote {
  let entry: string | null = null;
  // One flag for the whole remote: a failed manifest or entry load breaks every screen of it.
  let lastLoadFailed = false;
  const loadScreen = async <K extends keyof ClaimsRemoteScreens>(screen: K, attempt: number) => {
    if (!entry) throw new Error('Fjärrmodulen för återsökningar är inte registrerad (config.json saknas).');
    if (attempt > 0 || lastLoadFailed) runtime.registerRemotes([{ name: CLAIMS_REMOTE_NAME, entry }], { force: true });
    try {
      const module = await runtime.loadRemote<Record<string, unknown>>(`${CLAIMS_REMOTE_NAME}/${screen}`);
      const component = module?.[screen];
      if (!component) throw new Error(`${CLAIMS_REMOTE_NAME}/${screen} kunde inte laddas från ${entry}.`);
      lastLoadFailed = false;
      return component as ClaimsRemoteScreens[K][K & keyof ClaimsRemoteScreens[K]];
    } catch (error) {
      lastLoadFailed = true;
      throw error;
    }
  };
  return {
    register(config) {
      entry = config.remotes.claims;
      runtime.init({ name: hostName, remotes: [{ name: CLAIMS_REMOTE_NAME, entry }] });
    },
    loadScreen,
    load: (attempt) => loadScreen('ClaimsList', attempt),
    loadClaimDetail: (attempt) => loadScreen('ClaimDetail', attempt),
    loadClaimsScreen: (screen, attempt) =>
      (loadScreen as unknown as (name: string, attempt: number) => Promise<ComponentType<ClaimsScreenProps>>)(screen, attempt),
  };
}
