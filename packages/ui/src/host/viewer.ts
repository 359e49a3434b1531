import { gql } from 'urql';

export interface ViewerDistrict {
  code: string;
  name: string;
}

export interface Viewer {
  name: string;
  roles: string[];
  roleLabels: string[];
  districts: ViewerDistrict[];
}

export const ME_QUERY = gql<{ me: Viewer }, Record<string, never>>`
  query Me {
    me {
      name
      roles
      roleLabels
      districts {
        code
        name
      }
    }
  }
`;

/** Whether the viewer has at least one of the roles that may use this app. */
export function hasAnyRole(viewer: Pick<Viewer, 'roles'>, allowed: readonly string[]): boolean {
  return viewer.roles.some((role) => allowed.includes(role));
}
