import { DateScalar, decodeCursor, pageSize, toPage, DistrictReference, districtRef, ValidationError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Claim, claimRef } from '../../claim/graphql/claim.type.js';
import type { DecisionsContext } from '../../context.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { canSeeDecision, decisionScopeFilter } from '../application/decision-access.js';
import { correctDecision, decisionSettings, markDecisionAppealed, registerDecisionByHand, setDecisionPurgeDate, updateDecisionSettings } from '../application/decision-commands.js';
import { PaymentLineEntity } from '../../payment/infra/payment-line.entity.js';
import { PaymentLine, toPaymentLine } from '../../payment/graphql/payment.types.js';
import { DecisionSettings, toSettings } from './decision-settings.type.js';
import { isUuid } from '@statsbidrag/domain';
import { DecisionEntity } from '../infra/decision.entity.js';
import { DecisionFilterInput } from './decision-filter.input.js';
import { Decision, DecisionConnection, toDecision } from './decision.type.js';
import { DecisionSettingsInput, RegisterDecisionInput } from './register-decision.input.js';

/** The coordinator applies to MiG and records its decisions. */
const WRITERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => Decision)
export class DecisionResolver {
  @Authorized()
  @Query(() => Decision, { nullable: true, description: 'Ett beslut. Tomt om det inte finns eller inte hör till din stadsdel.' })
  async decision(@Arg('id', () => ID, { description: 'Beslutets id.' }) id: string, @Ctx() { loaders, identity }: DecisionsContext): Promise<Decision | null> {
    const row = await loaders.decision.load(id);
    return row && canSeeDecision(identity, row) ? toDecision(row) : null;
  }

  @Authorized()
  @Query(() => DecisionConnection, { description: 'MiG:s beslut, senaste först. Bara din stadsdels om du arbetar på en SDF.' })
  async decisions(
    @Ctx() { em, identity }: DecisionsContext,
    @Arg('filter', () => DecisionFilterInput, { nullable: true, description: 'Urval.' }) filter?: DecisionFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<DecisionConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (filter?.districtCode) conditions.push({ districtCode: filter.districtCode.trim().toUpperCase() });
    if (filter?.outcomes?.length) conditions.push({ outcome: { $in: filter.outcomes } });
    const caseNumber = filter?.migCaseNumber?.trim();
    if (caseNumber) conditions.push({ migCaseNumber: { $like: `${escapeLike(caseNumber)}%` } });
    if (filter?.decidedFrom) conditions.push({ decidedAt: { $gte: filter.decidedFrom } });
    if (filter?.decidedTo) conditions.push({ decidedAt: { $lte: filter.decidedTo } });
    if (filter?.claimTypeCode) conditions.push({ claimTypeCode: filter.claimTypeCode.trim().toUpperCase() });
    if (filter?.claimId) conditions.push({ claimId: filter.claimId });
    if (filter?.personId) conditions.push({ personId: filter.personId });
    if (filter?.source) conditions.push({ source: filter.source });
    if (filter?.final === true) conditions.push({ appealed: false, finalAt: { $lt: new Date().toISOString().slice(0, 10) } });
    if (filter?.final === false) conditions.push({ $or: [{ appealed: true }, { finalAt: { $gte: new Date().toISOString().slice(0, 10) } }] });
    for (const id of [filter?.claimId, filter?.personId]) if (id && !isUuid(id)) throw new ValidationError('filter', 'Id:t har fel format.', 'FORMAT');
    const scope = decisionScopeFilter(identity);
    if (scope) conditions.push(scope);
    const [rows, total] = await em.findAndCount(DecisionEntity, conditions.length ? { $and: conditions } : {}, {
      orderBy: { decidedAt: 'desc', createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return toPage(rows.map(toDecision), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => Decision, { description: 'Registrera MiG:s beslut för hand ("MiG beslutsunderlag"). Laga kraft och gallringsdatum räknas fram.' })
  async registerDecision(@Arg('input', () => RegisterDecisionInput) input: RegisterDecisionInput, @Ctx() { em, identity }: DecisionsContext): Promise<Decision> {
    return toDecision(await registerDecisionByHand(em, input, identity.sub));
  }

  @Authorized([...WRITERS])
  @Mutation(() => Decision, { description: 'Rätta ett beslut för hand.' })
  async correctDecision(@Arg('id', () => ID) id: string, @Arg('input', () => RegisterDecisionInput) input: RegisterDecisionInput, @Ctx() { em, identity }: DecisionsContext): Promise<Decision> {
    return toDecision(await correctDecision(em, id, input, identity.sub));
  }

  @Authorized([...WRITERS])
  @Mutation(() => Decision, { description: 'Sätt gallringsdatum för hand, eller (tomt) tillbaka till det automatiska.' })
  async setDecisionPurgeDate(@Arg('id', () => ID) id: string, @Arg('purgeAt', () => DateScalar, { nullable: true }) purgeAt: string | null, @Ctx() { em }: DecisionsContext): Promise<Decision> {
    return toDecision(await setDecisionPurgeDate(em, id, purgeAt ?? null));
  }

  @Authorized([...WRITERS])
  @Mutation(() => Decision, { description: 'Markera att beslutet är överklagat (eller ta bort markeringen).' })
  async markDecisionAppealed(@Arg('id', () => ID) id: string, @Arg('appealed') appealed: boolean, @Ctx() { em }: DecisionsContext): Promise<Decision> {
    return toDecision(await markDecisionAppealed(em, id, appealed));
  }

  @Authorized()
  @Query(() => DecisionSettings, { description: 'Reglerna för laga kraft och gallring.' })
  async decisionSettings(@Ctx() { em }: DecisionsContext): Promise<DecisionSettings> {
    return toSettings(await decisionSettings(em));
  }

  @Authorized(['SYSTEM_ADMIN', 'ADMINISTRATOR'])
  @Mutation(() => DecisionSettings, { description: 'Ändra reglerna; laga kraft och automatiska gallringsdatum räknas om för alla beslut.' })
  async updateDecisionSettings(@Arg('input', () => DecisionSettingsInput) input: DecisionSettingsInput, @Ctx() { em, identity }: DecisionsContext): Promise<DecisionSettings> {
    return toSettings(await updateDecisionSettings(em, input, identity.sub));
  }

  @Authorized()
  @FieldResolver(() => [PaymentLine], { description: 'MiG:s utbetalningar mot beslutet.' })
  async paymentLines(@Root() decision: Decision, @Ctx() { em }: DecisionsContext): Promise<PaymentLine[]> {
    const rows = await em.find(PaymentLineEntity, { decisionId: decision.id }, { orderBy: { month: 'asc', rowNumber: 'asc' } });
    return rows.map(toPaymentLine);
  }

  @Authorized()
  @FieldResolver(() => Claim, { nullable: true, description: 'Återsökningen beslutet gäller.' })
  claim(@Root() decision: Decision): Claim | null {
    return claimRef(decision.claimId);
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'Personen beslutet gäller. Tomt om den inte är känd eller om du inte får se den.' })
  person(@Root() decision: Decision): Person | null {
    return personRef(decision.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdel som bar kostnaden.' })
  district(@Root() decision: Decision): DistrictReference | null {
    return districtRef(decision.districtCode);
  }
}
