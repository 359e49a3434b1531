import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '@statsbidrag/graphql-kit';
import type { ClaimsContext } from '../../context.js';
import { Claim } from '../../claim/graphql/claim.type.js';
import { postClaimMessage } from '../application/post-claim-message.js';
import { maySeeMessage, MessageSide, MessageVisibility } from '../domain/message.js';
import type { ClaimMessageRow } from '../infra/message.entity.js';

registerEnumType(MessageVisibility, {
  name: 'ClaimMessageVisibility',
  description: 'Vem som ser meddelandet.',
  valuesConfig: { SHARED: { description: 'Stadsdelen och AmF.' }, INTERNAL: { description: 'Intern anteckning: bara AmF.' } },
});
registerEnumType(MessageSide, {
  name: 'ClaimMessageSide',
  description: 'Vem som skrev meddelandet.',
  valuesConfig: { DISTRICT: { description: 'Stadsdelsförvaltningen.' }, AMF: { description: 'AmF, Statsbidragsgruppen.' } },
});

@ObjectType('ClaimMessage', { description: 'Fråga, svar eller anteckning på en återsökning.' })
export class ClaimMessage {
  @Field(() => ID) id!: string;
  @Field({ description: 'Texten.' }) body!: string;
  @Field(() => MessageVisibility, { description: 'Vem som ser meddelandet.' }) visibility!: MessageVisibility;
  @Field(() => MessageSide, { description: 'Vem som skrev: stadsdelen eller AmF.' }) fromSide!: MessageSide;
  @Field({ description: 'Författarens användarnamn.' }) authorUsername!: string;
  @Field(() => DateTimeScalar, { description: 'Skrivet.' }) createdAt!: Date;
}

@InputType('PostClaimMessageInput', { description: 'Ett meddelande på en återsökning.' })
export class PostClaimMessageInput {
  @Field(() => ID, { description: 'Återsökningen.' }) claimId!: string;
  @Field({ description: 'Texten, högst 4 000 tecken.' }) body!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Intern anteckning som bara AmF ser (bara AmF kan välja det).' }) internal?: boolean | null;
}

function toMessage(row: ClaimMessageRow): ClaimMessage {
  return {
    id: row.id,
    body: row.body,
    visibility: row.visibility as MessageVisibility,
    fromSide: row.authorSide as MessageSide,
    authorUsername: row.authorUsername,
    createdAt: row.createdAt,
  };
}

@Resolver(() => Claim)
export class ClaimMessageResolver {
  @Authorized()
  @FieldResolver(() => [ClaimMessage], { description: 'Frågor, svar och anteckningar, äldst först. Stadsdelen ser inte AmF:s interna anteckningar.' })
  async messages(@Root() claim: Claim, @Ctx() { loaders, identity }: ClaimsContext): Promise<ClaimMessage[]> {
    const rows = await loaders.messagesByClaim.load(claim.id);
    return rows.filter((m) => maySeeMessage(identity, m.visibility)).map(toMessage);
  }

  @Authorized(['COORDINATOR', 'DISTRICT_OFFICER', 'DISTRICT_CONTACT'])
  @Mutation(() => ClaimMessage, { description: 'Skriv en fråga, ett svar eller (AmF) en intern anteckning på en återsökning. Den andra sidan aviseras om delade meddelanden.' })
  async postClaimMessage(@Arg('input', () => PostClaimMessageInput) input: PostClaimMessageInput, @Ctx() { em, identity }: ClaimsContext): Promise<ClaimMessage> {
    return toMessage(await postClaimMessage(em, identity, input));
  }
}
