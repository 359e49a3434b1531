/** The public addresses of the two apps, for links in e-mails (null: relative links). */
export interface PublicLinks {
  portal: string | null;
  sdf: string | null;
}

export const NO_PUBLIC_LINKS: PublicLinks = { portal: null, sdf: null };

const DISTRICT_ROLES = ['DISTRICT_OFFICER', 'DISTRICT_CONTACT'];

/**
 * The address a recipient can open: district staff work in the SDF app (which has a page per claim
 * but only a list of child reports), AmF staff in the portal.
 */
export function linkFor(recipientRoles: readonly string[], link: string, links: PublicLinks): string {
  const inSdf = recipientRoles.some((r) => DISTRICT_ROLES.includes(r));
  if (inSdf) {
    const path = link.startsWith('/barnanmalningar/') ? '/barnanmalningar' : link;
    return links.sdf ? `${links.sdf}${path}` : path;
  }
  return links.portal ? `${links.portal}${link}` : link;
}
