import { gql } from 'urql';
import { PERSON_HANDLING_FIELDS, type ClosureReason, type PersonHandling } from './person-card.query.js';

export interface ClosePersonHandlingVariables {
  input: { personId: string; closedOn: string; reason: ClosureReason; note: string | null };
}

export const CLOSE_PERSON_HANDLING_MUTATION = gql<{ closePersonHandling: PersonHandling }, ClosePersonHandlingVariables>`
  mutation ClosePersonHandling($input: ClosePersonHandlingInput!) {
    closePersonHandling(input: $input) {
      ...PersonHandlingFields
    }
  }
  ${PERSON_HANDLING_FIELDS}
`;

export interface ReopenPersonHandlingVariables {
  input: { personId: string; reason: string };
}

export const REOPEN_PERSON_HANDLING_MUTATION = gql<{ reopenPersonHandling: PersonHandling }, ReopenPersonHandlingVariables>`
  mutation ReopenPersonHandling($input: ReopenPersonHandlingInput!) {
    reopenPersonHandling(input: $input) {
      ...PersonHandlingFields
    }
  }
  ${PERSON_HANDLING_FIELDS}
`;

export interface RegisterMoveOutVariables {
  input: { personId: string; movedOutOn: string | null };
}

export const REGISTER_MOVE_OUT_MUTATION = gql<{ registerMoveOut: PersonHandling }, RegisterMoveOutVariables>`
  mutation RegisterMoveOut($input: RegisterMoveOutInput!) {
    registerMoveOut(input: $input) {
      ...PersonHandlingFields
    }
  }
  ${PERSON_HANDLING_FIELDS}
`;

export interface DeactivatePersonalDataVariables {
  input: { personId: string; deactivatedOn: string };
}

export const DEACTIVATE_PERSONAL_DATA_MUTATION = gql<{ deactivatePersonalData: PersonHandling }, DeactivatePersonalDataVariables>`
  mutation DeactivatePersonalData($input: DeactivatePersonalDataInput!) {
    deactivatePersonalData(input: $input) {
      ...PersonHandlingFields
    }
  }
  ${PERSON_HANDLING_FIELDS}
`;

export interface SetPurgeDateVariables {
  input: { personId: string; purgeOn: string | null };
}

export const SET_PURGE_DATE_MUTATION = gql<{ setPurgeDate: PersonHandling }, SetPurgeDateVariables>`
  mutation SetPurgeDate($input: SetPurgeDateInput!) {
    setPurgeDate(input: $input) {
      ...PersonHandlingFields
    }
  }
  ${PERSON_HANDLING_FIELDS}
`;
