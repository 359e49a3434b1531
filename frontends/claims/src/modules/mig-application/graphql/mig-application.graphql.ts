import { gql } from 'urql';
import type { ApplicantData, ApplicationDocumentData } from '../documents/application-data.js';

export const COMPILABLE_STATUSES = ['ATERSOK_FORBEREDS_AMF', 'ATERSOK_ACCEPTERAD_AMF'] as const;

export interface MigApplicationListNode {
  id: string;
  reference: string;
  claimType: { code: string; name: string };
  periodFrom: string;
  periodTo: string;
  claimCount: number;
  totalAmount: number;
  createdAt: string;
  createdBy: string;
}

export interface MigApplicationsData {
  migApplications: {
    totalCount: number;
    edges: { cursor: string; node: MigApplicationListNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const MIG_APPLICATIONS_QUERY = gql<MigApplicationsData, { first: number; after: string | null }>`
  query MigApplications($first: Int, $after: String) {
    migApplications(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          reference
          claimType {
            code
            name
          }
          periodFrom
          periodTo
          claimCount
          totalAmount
          createdAt
          createdBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface MigApplicationClaim {
  id: string;
  status: string;
  statusLabel: string;
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  district: { code: string; name: string };
  person: { id: string; fullName: string; personalIdentityNumber: string | null; migIndividualNumber: string | null } | null;
}

export interface MigApplicationNode extends MigApplicationListNode {
  applicant: ApplicantData;
  districtComments: { districtCode: string; comment: string }[];
  claims: MigApplicationClaim[];
}

export const MIG_APPLICATION_QUERY = gql<{ migApplication: MigApplicationNode | null }, { id: string }>`
  query MigApplication($id: ID!) {
    migApplication(id: $id) {
      id
      reference
      claimType {
        code
        name
      }
      periodFrom
      periodTo
      claimCount
      totalAmount
      createdAt
      createdBy
      applicant {
        municipalityName
        municipalityCode
        postalAddress
        postalCode
        city
        contactName
        phone
        email
        reference
      }
      districtComments {
        districtCode
        comment
      }
      claims {
        id
        status
        statusLabel
        amount
        periodFrom
        periodTo
        district {
          code
          name
        }
        person {
          id
          fullName
          personalIdentityNumber
          migIndividualNumber
        }
      }
    }
  }
`;

export interface DownloadableFile {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  contentBase64: string;
}

export const MIG_APPLICATION_BUNDLE_QUERY = gql<{ migApplication: { id: string; attachmentBundle: DownloadableFile } | null }, { id: string }>`
  query MigApplicationBundle($id: ID!) {
    migApplication(id: $id) {
      id
      attachmentBundle {
        fileName
        mediaType
        sizeBytes
        contentBase64
      }
    }
  }
`;

export interface CandidateClaim {
  id: string;
  status: string;
  statusLabel: string;
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  district: { code: string; name: string };
  person: { id: string; fullName: string } | null;
  /** Applications the claim is already in, newest first (re-compiling is allowed; the newest counts). */
  migApplications: { id: string; reference: string }[];
}

export interface NewMigApplicationData {
  claimTypes: { code: string; name: string }[];
  applicantProfile: (ApplicantData & { reference: string | null }) | null;
}

export const NEW_MIG_APPLICATION_QUERY = gql<NewMigApplicationData, Record<string, never>>`
  query NewMigApplication {
    claimTypes {
      code
      name
    }
    applicantProfile {
      municipalityName
      municipalityCode
      postalAddress
      postalCode
      city
      contactName
      phone
      email
      reference
    }
  }
`;

export interface CandidateClaimsData {
  claims: { totalCount: number; edges: { node: CandidateClaim }[] };
}

export const CANDIDATE_CLAIMS_QUERY = gql<CandidateClaimsData, { filter: { statuses: string[]; claimTypeCode: string }; first: number }>`
  query MigApplicationCandidates($filter: ClaimFilterInput, $first: Int) {
    claims(filter: $filter, first: $first, orderBy: { field: PERIOD_FROM, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          status
          statusLabel
          amount
          periodFrom
          periodTo
          district {
            code
            name
          }
          person {
            id
            fullName
          }
          migApplications {
            id
            reference
          }
        }
      }
    }
  }
`;

export interface CompileMigApplicationInput {
  claimIds: string[];
  applicant: ApplicantData;
  districtComments: { districtCode: string; comment: string }[];
}

export const COMPILE_MIG_APPLICATION_MUTATION = gql<{ compileMigApplication: { id: string; reference: string } }, { input: CompileMigApplicationInput }>`
  mutation CompileMigApplication($input: CompileMigApplicationInput!) {
    compileMigApplication(input: $input) {
      id
      reference
    }
  }
`;

/** The workbook/form data from the application as the gateway returns it (persons federated). */
export function toDocumentData(app: MigApplicationNode): ApplicationDocumentData {
  const names = new Map(app.claims.map((c) => [c.district.code, c.district.name]));
  return {
    reference: app.reference,
    claimType: app.claimType,
    periodFrom: app.periodFrom,
    periodTo: app.periodTo,
    applicant: app.applicant,
    rows: app.claims.map((c) => ({
      claimId: c.id,
      dossierNumber: c.person?.migIndividualNumber ?? null,
      name: c.person?.fullName ?? null,
      personalIdentityNumber: c.person?.personalIdentityNumber ?? null,
      periodFrom: c.periodFrom ?? '',
      periodTo: c.periodTo ?? '',
      amount: c.amount ?? 0,
      districtCode: c.district.code,
      districtName: c.district.name,
    })),
    districtComments: app.districtComments.map((d) => ({ ...d, districtName: names.get(d.districtCode) ?? d.districtCode })),
  };
}
