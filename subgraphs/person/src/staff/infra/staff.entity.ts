import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A member of staff (AmF or district) with roles; the username is the token's subject. */
export const StaffMemberEntity = defineEntity({
  name: 'StaffMember',
  tableName: 'staff_member',
  properties: {
    username: p.string().primary(),
    name: p.string(),
    email: p.string(),
    roles: p.array(),
    districtCodes: p.array(),
    active: p.boolean().default(true),
  },
});
export type StaffMemberRow = InferEntity<typeof StaffMemberEntity>;
