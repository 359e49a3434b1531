import { mockClient, type Handlers } from '@statsbidrag/ui/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'urql';
import { ClaimMessagesSection } from './claim-messages-section.js';
import type { ClaimMessageNode } from './claim-messages.graphql.js';

const question: ClaimMessageNode = { id: 'm1', body: 'Räcker fakturan?', visibility: 'SHARED', fromSide: 'DISTRICT', authorUsername: 'jarva.handlaggare', createdAt: '2026-11-20T09:00:00Z' };
const note: ClaimMessageNode = { id: 'm2', body: 'Kolla beslutet', visibility: 'INTERNAL', fromSide: 'AMF', authorUsername: 'samordnare', createdAt: '2026-11-20T10:00:00Z' };

function setup(roles: string[], messages: ClaimMessageNode[], handlers: Handlers = {}) {
  const mock = mockClient({ ClaimMessages: () => ({ data: { claim: { id: 'c1', messages }, me: { roles } } }), ...handlers });
  render(
    <Provider value={mock.client}>
      <ClaimMessagesSection claimId="c1" />
    </Provider>,
  );
  return mock;
}

async function write(text: string) {
  await act(async () => {
    fireEvent.change(screen.getByTestId('claim-message-input'), { target: { value: text } });
  });
}
async function send() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('claim-message-send'));
  });
}

describe('ClaimMessagesSection', () => {
  it('shows who wrote each message and marks AmF’s internal notes', () => {
    setup(['COORDINATOR'], [question, note]);
    expect(screen.getAllByTestId('claim-message-body').map((e) => e.textContent)).toEqual(['Räcker fakturan?', 'Kolla beslutet']);
    expect(screen.getAllByTestId('claim-message-side').map((e) => e.textContent)).toEqual(['Stadsdelen', '⚠Intern anteckning (AmF)']);
  });

  it('lets the district ask a question (no internal notes) and sends it trimmed', async () => {
    const mock = setup(['DISTRICT_OFFICER'], [], { PostClaimMessage: () => ({ data: { postClaimMessage: { ...question, id: 'm3' } } }) });
    expect(screen.queryByTestId('claim-message-internal')).toBeNull();
    expect(screen.getByText('Inga meddelanden ännu.')).toBeTruthy();
    await write('  Räcker fakturan?  ');
    await send();
    expect(mock.calls('PostClaimMessage')).toEqual([{ input: { claimId: 'c1', body: 'Räcker fakturan?', internal: false } }]);
    expect(screen.getByTestId('claim-message-sent').textContent).toBe('Meddelandet är skickat.');
    expect((screen.getByTestId('claim-message-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('saves AmF’s internal note and refuses an empty message without calling the server', async () => {
    const mock = setup(['COORDINATOR'], [], { PostClaimMessage: () => ({ data: { postClaimMessage: note } }) });
    await send();
    expect(screen.getByTestId('claim-message-error').textContent).toBe('Skriv ett meddelande.');
    expect(mock.calls('PostClaimMessage')).toEqual([]);
    await write('Kolla beslutet');
    await act(async () => {
      fireEvent.click(screen.getByTestId('claim-message-internal'));
    });
    expect(screen.getByTestId('claim-message-send').textContent).toBe('Spara anteckning');
    await send();
    expect(mock.calls('PostClaimMessage')).toEqual([{ input: { claimId: 'c1', body: 'Kolla beslutet', internal: true } }]);
    expect(screen.getByTestId('claim-message-sent').textContent).toBe('Anteckningen är sparad.');
  });

  it('shows the server’s Swedish refusal', async () => {
    setup(['DISTRICT_OFFICER'], [], {
      PostClaimMessage: () => ({ error: { graphQLErrors: [{ message: 'Återsökningen finns inte.', extensions: { code: 'NOT_FOUND' } }] } }),
    });
    await write('Hej');
    await send();
    expect(screen.getByTestId('claim-message-error').textContent).toContain('Återsökningen finns inte.');
  });

  it('offers no form to a reader without a writing role', () => {
    setup(['ANALYST'], [question]);
    expect(screen.queryByTestId('claim-message-input')).toBeNull();
  });
});
