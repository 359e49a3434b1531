import { gql, type TypedDocumentNode } from 'urql';

export type ClaimCommand =
  | 'MARK_DOCUMENTS_RECEIVED'
  | 'CONFIRM'
  | 'DECLINE'
  | 'ACCEPT'
  | 'REJECT'
  | 'START_PREPARING'
  | 'REQUEST_SUPPLEMENT'
  | 'ANSWER_SUPPLEMENT'
  | 'RESUME_PREPARATION'
  | 'MARK_SENT_TO_MIG'
  | 'FINISH'
  | 'MARK_PARTLY_GRANTED';

export type ClaimRejectionReason = 'SAKNAR_UNDERLAG' | 'FEL_ERSATTNINGSTYP' | 'UTANFOR_PERIOD' | 'DUBBLETT' | 'OVRIGT';
export type ClaimSentChannel = 'POST' | 'E_TJANST';

export interface ClaimTransition {
  command: ClaimCommand;
  label: string;
  toStatus: string;
  toStatusLabel: string;
}

export interface ClaimStatusChange {
  at: string;
  changedBy: string;
  fromStatus: string | null;
  toStatus: string;
  toStatusLabel: string;
  reason: string | null;
}

export interface ClaimSupplementRequest {
  id: string;
  description: string;
  replyBy: string;
  requestedAt: string;
  answer: string | null;
  answeredAt: string | null;
  overdue: boolean;
}

export interface ClaimDetailNode {
  id: string;
  status: string;
  statusLabel: string;
  /** Null while an AmF proposal waits for the district's figures. */
  amount: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  initiatedBy: 'DISTRICT' | 'AMF';
  question: string | null;
  createdAt: string;
  rejectionReason: ClaimRejectionReason | null;
  rejectionReasonLabel: string | null;
  rejectionReasonText: string | null;
  migCaseNumber: string | null;
  sentToMigAt: string | null;
  sentChannel: ClaimSentChannel | null;
  claimType: { code: string; name: string };
  district: { code: string; name: string };
  person: { id: string; fullName: string } | null;
  history: ClaimStatusChange[];
  supplementRequests: ClaimSupplementRequest[];
  allowedTransitions: ClaimTransition[];
}

export interface ClaimDetailData {
  claim: ClaimDetailNode | null;
}

export const CLAIM_DETAIL_QUERY = gql<ClaimDetailData, { id: string }>`
  query ClaimDetail($id: ID!) {
    claim(id: $id) {
      id
      status
      statusLabel
      amount
      periodFrom
      periodTo
      initiatedBy
      question
      createdAt
      rejectionReason
      rejectionReasonLabel
      rejectionReasonText
      migCaseNumber
      sentToMigAt
      sentChannel
      claimType {
        code
        name
      }
      district {
        code
        name
      }
      person {
        id
        fullName
      }
      history {
        at
        changedBy
        fromStatus
        toStatus
        toStatusLabel
        reason
      }
      supplementRequests {
        id
        description
        replyBy
        requestedAt
        answer
        answeredAt
        overdue
      }
      allowedTransitions {
        command
        label
        toStatus
        toStatusLabel
      }
    }
  }
`;

type ChangedClaim = { id: string; status: string; statusLabel: string };
type TransitionDocument = TypedDocumentNode<Record<string, ChangedClaim>, { input: Record<string, unknown> }>;

const mutation = (operation: string, field: string, inputType: string): TransitionDocument =>
  gql(`
  mutation ${operation}($input: ${inputType}!) {
    ${field}(input: $input) {
      id
      status
      statusLabel
    }
  }
`) as TransitionDocument;

/** One mutation per command (docs/CONTRACT.md, "Claim status transitions"); every input has `claimId`. */
export const TRANSITION_MUTATIONS: Record<ClaimCommand, TransitionDocument> = {
  MARK_DOCUMENTS_RECEIVED: mutation('MarkClaimDocumentsReceived', 'markClaimDocumentsReceived', 'MarkClaimDocumentsReceivedInput'),
  CONFIRM: mutation('ConfirmClaim', 'confirmClaim', 'ConfirmClaimInput'),
  DECLINE: mutation('DeclineClaim', 'declineClaim', 'DeclineClaimInput'),
  ACCEPT: mutation('AcceptClaim', 'acceptClaim', 'AcceptClaimInput'),
  REJECT: mutation('RejectClaim', 'rejectClaim', 'RejectClaimInput'),
  START_PREPARING: mutation('StartPreparingClaim', 'startPreparingClaim', 'StartPreparingClaimInput'),
  REQUEST_SUPPLEMENT: mutation('RequestClaimSupplement', 'requestClaimSupplement', 'RequestClaimSupplementInput'),
  ANSWER_SUPPLEMENT: mutation('AnswerClaimSupplement', 'answerClaimSupplement', 'AnswerClaimSupplementInput'),
  RESUME_PREPARATION: mutation('ResumeClaimPreparation', 'resumeClaimPreparation', 'ResumeClaimPreparationInput'),
  MARK_SENT_TO_MIG: mutation('MarkClaimSentToMig', 'markClaimSentToMig', 'MarkClaimSentToMigInput'),
  FINISH: mutation('FinishClaim', 'finishClaim', 'FinishClaimInput'),
  MARK_PARTLY_GRANTED: mutation('MarkClaimPartlyGranted', 'markClaimPartlyGranted', 'MarkClaimPartlyGrantedInput'),
};
