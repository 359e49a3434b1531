import { createRequest, gql, type Client, type CombinedError } from 'urql';
import { filter, pipe, take, toPromise } from 'wonka';

export interface Option { code: string; name: string }

export interface ProposalOptionsData {
  districts: Option[];
  claimTypes: Option[];
}

/** What the proposal form and the import choose from: today's districts and the active claim types. */
export const PROPOSAL_OPTIONS_QUERY = gql<ProposalOptionsData, Record<string, never>>`
  query ClaimProposalOptions {
    districts {
      code
      name
    }
    claimTypes {
      code
      name
    }
  }
`;

export interface FoundPerson {
  id: string;
  fullName: string;
  personalIdentityNumber: string | null;
  district: Option | null;
}

export interface PersonSearchData {
  persons: { totalCount: number; edges: { node: FoundPerson }[] };
}

/** Persons by name or personnummer/samordningsnummer (the person subgraph through the gateway). */
export const PROPOSAL_PERSON_SEARCH_QUERY = gql<PersonSearchData, { search: string; first: number }>`
  query ClaimProposalPersonSearch($search: String!, $first: Int!) {
    persons(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          fullName
          personalIdentityNumber
          district {
            code
            name
          }
        }
      }
    }
  }
`;

/** One person search, answered once (fresh from the server). */
export async function searchPersons(client: Client, search: string, first: number): Promise<{ persons: FoundPerson[]; error?: CombinedError }> {
  const result = await pipe(
    client.executeQuery(createRequest(PROPOSAL_PERSON_SEARCH_QUERY, { search, first }), { requestPolicy: 'network-only' }),
    filter((r) => !r.stale),
    take(1),
    toPromise,
  );
  return { persons: result.data?.persons.edges.map((e) => e.node) ?? [], ...(result.error ? { error: result.error } : {}) };
}

export interface ProposeClaimInput {
  personId: string;
  districtCode: string;
  claimTypeCode: string;
  periodFrom?: string;
  periodTo?: string;
  amount?: number;
  comment?: string;
}

export const PROPOSE_CLAIM_MUTATION = gql<{ proposeClaim: { id: string; status: string; statusLabel: string } }, { input: ProposeClaimInput }>`
  mutation ProposeClaim($input: ProposeClaimInput!) {
    proposeClaim(input: $input) {
      id
      status
      statusLabel
    }
  }
`;

export interface ProposalRowInput {
  rowNumber: number;
  personId: string | null;
  personProblem: string | null;
  districtCode: string;
  claimTypeCode: string;
  periodFrom: string | null;
  periodTo: string | null;
  amount: number | null;
  comment: string | null;
}

export interface RejectedRow { rowNumber: number; field: string; reason: string; message: string }

export interface ImportResult {
  importId: string;
  alreadyImported: boolean;
  rowCount: number;
  createdCount: number;
  rejectedRows: RejectedRow[];
}

export const IMPORT_CLAIM_PROPOSALS_MUTATION = gql<
  { importClaimProposals: ImportResult },
  { input: { fileName: string; contentHash: string; rows: ProposalRowInput[] } }
>`
  mutation ImportClaimProposals($input: ImportClaimProposalsInput!) {
    importClaimProposals(input: $input) {
      importId
      alreadyImported
      rowCount
      createdCount
      rejectedRows {
        rowNumber
        field
        reason
        message
      }
    }
  }
`;
