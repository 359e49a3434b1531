import { gql } from 'urql';

export interface ClaimMessageNode {
  id: string;
  body: string;
  visibility: 'SHARED' | 'INTERNAL';
  fromSide: 'DISTRICT' | 'AMF';
  authorUsername: string;
  createdAt: string;
}

export interface ClaimMessagesData {
  claim: { id: string; messages: ClaimMessageNode[] } | null;
  me: { roles: string[] };
}

export const CLAIM_MESSAGES_QUERY = gql<ClaimMessagesData, { id: string }>`
  query ClaimMessages($id: ID!) {
    claim(id: $id) {
      id
      messages {
        id
        body
        visibility
        fromSide
        authorUsername
        createdAt
      }
    }
    me {
      roles
    }
  }
`;

export const POST_CLAIM_MESSAGE = gql<{ postClaimMessage: ClaimMessageNode }, { input: { claimId: string; body: string; internal: boolean } }>`
  mutation PostClaimMessage($input: PostClaimMessageInput!) {
    postClaimMessage(input: $input) {
      id
      body
      visibility
      fromSide
      authorUsername
      createdAt
    }
  }
`;
