import { gql } from 'urql';

export interface AppNotification {
  id: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export const MY_NOTIFICATIONS_QUERY = gql<{ myNotifications: AppNotification[] }, { unreadOnly: boolean }>`
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly) {
      id
      title
      body
      link
      createdAt
      readAt
    }
  }
`;

export const MARK_NOTIFICATION_READ_MUTATION = gql<{ markNotificationRead: AppNotification }, { input: { id: string } }>`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`;
