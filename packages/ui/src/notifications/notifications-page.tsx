import { AppLink } from '../components/app-link.js';
import { ErrorMessage } from '../components/alert.js';
import { Spinner } from '../components/spinner.js';
import { formatDateTime } from '../format/format.js';
import { useMutation, useQuery } from 'urql';
import { MARK_NOTIFICATION_READ_MUTATION, MY_NOTIFICATIONS_QUERY } from './notifications.graphql.js';

export const NOTIFICATIONS_PATH = '/aviseringar';

export interface NotificationsPageProps {
  navigate: (url: string) => void;
  /** Maps a notification's link to a page this app has (e.g. the SDF app has no report detail page). */
  resolveLink?: (link: string) => string;
}

/** The signed-in user's unread notifications; following a link marks the notification read. */
export function NotificationsPage({ navigate, resolveLink = (link) => link }: NotificationsPageProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MY_NOTIFICATIONS_QUERY, variables: { unreadOnly: true }, requestPolicy: 'cache-and-network' });
  const [, markRead] = useMutation(MARK_NOTIFICATION_READ_MUTATION);
  const notifications = data?.myNotifications ?? [];

  const open = async (id: string, link: string) => {
    await markRead({ input: { id } });
    navigate(resolveLink(link));
  };

  return (
    <section aria-labelledby="notifications-heading">
      <h1 id="notifications-heading">Aviseringar</h1>
      {fetching && !data && <Spinner label="Laddar aviseringar…" />}
      {error && !data && (
        <ErrorMessage title="Aviseringarna kunde inte hämtas" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p>Försök igen om en stund.</p>
        </ErrorMessage>
      )}
      {data && notifications.length === 0 && <p data-testid="notifications-empty">Du har inga olästa aviseringar.</p>}
      {notifications.length > 0 && (
        <ul className="sb-notifications" data-testid="notifications">
          {notifications.map((n) => (
            <li key={n.id}>
              <AppLink href={n.link} onNavigate={() => void open(n.id, n.link)}>
                {n.title}
              </AppLink>{' '}
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
