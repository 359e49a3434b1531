import { NotificationsPage } from '@statsbidrag/ui';
import { jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Provider } from 'urql';
import { mockClient } from '@statsbidrag/ui/testing';

describe('Aviseringar', () => {
  it('lists unread notifications and marks one read when it is opened', async () => {
    const notification = { id: 'n1', title: 'Ny barnanmälan', body: 'Rinkeby-Kista har anmält ansvar.', link: '/barnanmalningar/c1', createdAt: '2025-02-01T09:00:00Z', readAt: null };
    const { client, calls } = mockClient({
      MyNotifications: () => ({ data: { myNotifications: [notification] } }),
      MarkNotificationRead: () => ({ data: { markNotificationRead: { id: 'n1', readAt: '2025-02-01T10:00:00Z' } } }),
    });
    const navigate = jest.fn();
    render(
      <Provider value={client}>
        <NotificationsPage navigate={navigate} />
      </Provider>,
    );
    expect(calls('MyNotifications')[0]).toEqual({ unreadOnly: true });
    const link = await screen.findByRole('link', { name: 'Ny barnanmälan' });
    await act(async () => {
      fireEvent.click(link);
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/barnanmalningar/c1'));
    expect(calls('MarkNotificationRead')).toEqual([{ input: { id: 'n1' } }]);
  });
});
