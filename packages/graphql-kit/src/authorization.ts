/* eslint-disable @typescript-eslint/no-unsafe-function-type -- type-graphql's metadata identifies resolver classes as Function */
import { hasAnyRole, type Identity, type Role } from '@statsbidrag/domain';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import { ForbiddenError } from './errors.js';

/** Context every subgraph resolver receives. */
export interface IdentityContext {
  identity: Identity;
}

/**
 * type-graphql auth checker. `@Authorized()` = any signed-in caller (the server has already
 * verified the identity); `@Authorized(roles)` = one of these roles. Refusal is a Swedish
 * FORBIDDEN error. District scope is checked in the services that read the rows.
 */
export const authChecker: AuthChecker<IdentityContext, Role> = ({ context }, roles) => {
  if (roles.length === 0) return true;
  if (hasAnyRole(context.identity, roles)) return true;
  throw new ForbiddenError();
};

/** Throws unless the caller has one of the roles. For code outside type-graphql resolvers. */
export function requireRole(identity: Identity, roles: readonly Role[]): void {
  if (!hasAnyRole(identity, roles)) throw new ForbiddenError();
}

/**
 * Lists queries, mutations and field resolvers of the given resolver classes that carry no
 * `@Authorized` (on the method or on the class). Used at schema build time and by tests:
 * a resolver without authorization fails the build.
 */
export function findUnauthorizedResolvers(resolverClasses: readonly Function[]): string[] {
  const storage = getMetadataStorage();
  const classes = new Set(resolverClasses);
  const authorizedClasses = new Set(storage.authorizedResolver.map((a) => a.target));
  const isAuthorized = (target: Function, method: string) =>
    authorizedClasses.has(target) || storage.authorizedFields.some((a) => a.target === target && a.fieldName === method);
  const missing: string[] = [];
  const all = [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers];
  for (const r of all) {
    if (!classes.has(r.target)) continue;
    if (!isAuthorized(r.target, r.methodName)) missing.push(`${r.target.name}.${r.methodName}`);
  }
  return missing;
}

export function assertEveryResolverAuthorized(resolverClasses: readonly Function[]): void {
  const missing = findUnauthorizedResolvers(resolverClasses);
  if (missing.length > 0) {
    throw new Error(`Resolvrar utan behörighetskontroll (@Authorized saknas): ${missing.join(', ')}`);
  }
}
