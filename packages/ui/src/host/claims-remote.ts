import type { ComponentType } from 'react';
import type { AppConfig } from './config.js';
import type { ClaimsListModule, ClaimsListProps } from './remote-types.js';

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

export interface ClaimsRemote {
  /** Registers the claims remote from `config.remotes.claims` (the manifest URL) — at run time, not build time. */
  register: (config: AppConfig) => void;
  /** Loads `claims/ClaimsList`; after a failure (or on a retry) the remote is registered again to drop the failed load. */
  load: (attempt: number) => Promise<ComponentType<ClaimsListProps>>;
}

export function createClaimsRemote(runtime: FederationRuntime, hostName: string): ClaimsRemote {
  let entry: string | null = null;
  let lastLoadFailed = false;
  return {
    register(config) {
      entry = config.remotes.claims;
      runtime.init({ name: hostName, remotes: [{ name: CLAIMS_REMOTE_NAME, entry }] });
    },
    async load(attempt) {
      if (!entry) throw new Error('Fjärrmodulen för återsökningar är inte registrerad (config.json saknas).');
      if (attempt > 0 || lastLoadFailed) runtime.registerRemotes([{ name: CLAIMS_REMOTE_NAME, entry }], { force: true });
      try {
        const module = await runtime.loadRemote<ClaimsListModule>(`${CLAIMS_REMOTE_NAME}/ClaimsList`);
        if (!module?.ClaimsList) throw new Error(`${CLAIMS_REMOTE_NAME}/ClaimsList kunde inte laddas från ${entry}.`);
        lastLoadFailed = false;
        return module.ClaimsList;
      } catch (error) {
        lastLoadFailed = true;
        throw error;
      }
    },
  };
}
