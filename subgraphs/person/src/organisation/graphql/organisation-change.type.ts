import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { OrganisationChangeRow } from '../infra/organisation.entity.js';

@ObjectType('OrganisationChange', { description: 'En ändring i organisationen (historik).' })
export class OrganisationChange {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar, { description: 'När ändringen gjordes.' }) at!: Date;
  @Field({ description: 'Vem som gjorde ändringen (användarnamn).' }) username!: string;
  @Field({ description: 'Vad som ändrades: APPLICANT_PROFILE, DISTRICT, STAFF_MEMBER, UNIT, DEFAULT_OFFICER eller COMPENSATION_TYPE.' }) entityType!: string;
  @Field({ description: 'Nyckeln: stadsdelskod, användarnamn, enhetskod, ersättningskod eller DEFAULT.' }) entityKey!: string;
  @Field(() => String, { nullable: true, description: 'Värden före ändringen som JSON (tomt vid nyskapande).' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Värden efter ändringen som JSON.' }) after!: string | null;
}

export function toOrganisationChange(row: OrganisationChangeRow): OrganisationChange {
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    entityType: row.entityType,
    entityKey: row.entityKey,
    before: row.before == null ? null : JSON.stringify(row.before),
    after: row.after == null ? null : JSON.stringify(row.after),
  };
}
