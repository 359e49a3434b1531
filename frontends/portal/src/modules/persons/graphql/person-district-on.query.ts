import { gql } from 'urql';
import type { DistrictWithSuccessor } from './person-card.query.js';

export interface PersonDistrictOnData {
  person: { id: string; districtOn: DistrictWithSuccessor | null } | null;
}

export interface PersonDistrictOnVariables {
  id: string;
  date: string;
}

export const PERSON_DISTRICT_ON_QUERY = gql<PersonDistrictOnData, PersonDistrictOnVariables>`
  query PersonDistrictOn($id: ID!, $date: Date!) {
    person(id: $id) {
      id
      districtOn(date: $date) {
        code
        name
        validFrom
        validTo
        successor {
          code
          name
          validFrom
        }
      }
    }
  }
`;
