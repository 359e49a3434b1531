import type { CombinedError } from 'urql';

/**
 * The message to show for a failed operation: the server's Swedish message (docs/CONTRACT.md: `errors[].message`
 * is Swedish), or `serviceDown` when the service could not be reached at all.
 */
export function graphqlErrorText(error: CombinedError, serviceDown: string): string {
  const first = error.graphQLErrors.find((e) => e.message);
  if (!first) return error.networkError ? serviceDown : 'Ett oväntat fel inträffade. Försök igen om en stund.';
  const code = first.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'Du behöver logga in igen.';
  return first.message;
}
