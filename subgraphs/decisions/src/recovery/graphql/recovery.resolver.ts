import { isUuid } from '@statsbidrag/domain';
import { decodeCursor, DistrictReference, districtRef, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DecisionsContext } from '../../context.js';
import { canSeeDecision } from '../../decision/application/decision-access.js';
import { Decision, toDecision } from '../../decision/graphql/decision.type.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { canSeeRecovery, recoveryScopeFilter } from '../application/recovery-access.js';
import { cancelRecovery, decideRecoveryAppeal, postRecoveryMessage, proposeRecoveryAction } from '../application/recovery-actions.js';
import { startRecovery } from '../application/start-recovery.js';
import { RecoveryAppealDecision, RecoveryStatus, UNSETTLED_RECOVERY_STATUSES } from '../domain/recovery.js';
import { RecoveryEntity, RecoveryMessageEntity } from '../infra/recovery.entity.js';
import { RecoveryFilterInput, RecoveryMessageInput, StartRecoveryInput } from './recovery.input.js';
import {
  Recovery,
  RecoveryConnection,
  RecoveryDistrictSummary,
  RecoveryDocument,
  RecoveryMessage,
  RecoveryOffset,
  toRecovery,
  toRecoveryMessage,
  toRecoveryOffset,
} from './recovery.type.js';

/** AmF's staff who start recoveries, propose actions and cancel. */
const AMF_WRITERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;
/** The thread: AmF's staff and the district's people. */
const THREAD_WRITERS = ['COORDINATOR', 'ADMINISTRATOR', 'DISTRICT_CONTACT', 'DISTRICT_OFFICER'] as const;
/** Whether to appeal: the district's contact person, or the coordinator (the district is checked per recovery). */
const APPEAL_DECIDERS = ['DISTRICT_CONTACT', 'COORDINATOR'] as const;

@Resolver(() => Recovery)
export class RecoveryResolver {
  @Authorized()
  @Query(() => RecoveryConnection, { description: 'Återkrav, senaste först. Bara din stadsdels om du arbetar på en SDF.' })
  async recoveries(
    @Ctx() { em, identity }: DecisionsContext,
    @Arg('filter', () => RecoveryFilterInput, { nullable: true, description: 'Urval.' }) filter?: RecoveryFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<RecoveryConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    const districtCode = filter?.districtCode?.trim().toUpperCase();
    if (districtCode) conditions.push({ districtCode });
    const personId = filter?.personId?.trim();
    if (personId) {
      if (!isUuid(personId)) throw new ValidationError('personId', 'Personens id har fel format.', 'FORMAT');
      conditions.push({ personId });
    }
    const code = filter?.compensationCode?.trim().toUpperCase();
    // A compensation type finds its recoveries whether recorded by hand (FSKA) or read from MiG's Å rows (ÅFSKA).
    if (code) conditions.push({ compensationCode: { $in: code.startsWith('Å') ? [code, code.slice(1)] : [code, `Å${code}`] } });
    if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
    if (filter?.openOnly) conditions.push({ status: { $in: [...UNSETTLED_RECOVERY_STATUSES] } });
    const scope = recoveryScopeFilter(identity);
    if (scope) conditions.push(scope);
    const [rows, total] = await em.findAndCount(RecoveryEntity, conditions.length ? { $and: conditions } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit,
      offset,
    });
    return toPage(rows.map(toRecovery), offset, total);
  }

  @Authorized()
  @Query(() => Recovery, { nullable: true, description: 'Ett återkrav. Tomt om det inte finns eller inte hör till din stadsdel.' })
  async recovery(@Arg('id', () => ID, { description: 'Återkravets id.' }) id: string, @Ctx() { em, identity }: DecisionsContext): Promise<Recovery | null> {
    if (!isUuid(id)) return null;
    const row = await em.findOne(RecoveryEntity, { id });
    return row && canSeeRecovery(identity, row) ? toRecovery(row) : null;
  }

  @Authorized()
  @Query(() => [RecoveryDistrictSummary], { description: 'Återkrav per kostnadsbärande stadsdel (5.4): antal och belopp, makulerade oräknade. Bara din stadsdel om du arbetar på en SDF.' })
  async recoverySummary(@Ctx() { em, identity }: DecisionsContext): Promise<RecoveryDistrictSummary[]> {
    const scope = recoveryScopeFilter(identity);
    const rows = await em.find(
      RecoveryEntity,
      { status: { $ne: RecoveryStatus.CANCELLED }, ...(scope ?? {}) },
      { fields: ['districtCode', 'amount', 'offsetAmount', 'status'] },
    );
    const byDistrict = new Map<string | null, RecoveryDistrictSummary>();
    for (const r of rows) {
      const key = r.districtCode ?? null;
      let s = byDistrict.get(key);
      if (!s) byDistrict.set(key, (s = { districtCode: key, count: 0, openCount: 0, amount: 0, offsetAmount: 0, remainingAmount: 0 }));
      const amount = Number(r.amount);
      const offsetAmount = Number(r.offsetAmount);
      s.count += 1;
      if (UNSETTLED_RECOVERY_STATUSES.includes(r.status as RecoveryStatus)) s.openCount += 1;
      s.amount += amount;
      s.offsetAmount += offsetAmount;
      s.remainingAmount += amount - offsetAmount;
    }
    return [...byDistrict.values()].sort((a, b) => (a.districtCode === null ? 1 : b.districtCode === null ? -1 : a.districtCode.localeCompare(b.districtCode)));
  }

  @Authorized()
  @Query(() => RecoveryDocument, { nullable: true, description: 'Dokumentet som bifogats ett meddelande om ett återkrav. Tomt om det inte finns eller inte hör till din stadsdel.' })
  async recoveryDocument(@Arg('messageId', () => ID, { description: 'Meddelandets id.' }) messageId: string, @Ctx() { em, identity }: DecisionsContext): Promise<RecoveryDocument | null> {
    if (!isUuid(messageId)) return null;
    const message = await em.findOne(RecoveryMessageEntity, { id: messageId }, { populate: ['content'] });
    if (!message?.fileName || !message.content) return null;
    const recovery = await em.findOne(RecoveryEntity, { id: message.recoveryId });
    if (!recovery || !canSeeRecovery(identity, recovery)) return null;
    return { fileName: message.fileName, contentType: message.contentType ?? 'application/octet-stream', contentBase64: Buffer.from(message.content).toString('base64') };
  }

  @Authorized([...AMF_WRITERS])
  @Mutation(() => Recovery, { description: 'Starta ett återkrav för hand (samordnare, administratör). Stadsdelens kontaktpersoner meddelas.' })
  async startRecovery(@Arg('input', () => StartRecoveryInput) input: StartRecoveryInput, @Ctx() { em, identity }: DecisionsContext): Promise<Recovery> {
    return toRecovery(await startRecovery(em, input, identity));
  }

  @Authorized([...AMF_WRITERS])
  @Mutation(() => Recovery, { description: 'Föreslå stadsdelen en åtgärd (samordnare, administratör). Stadsdelens kontaktpersoner meddelas.' })
  async proposeRecoveryAction(
    @Arg('id', () => ID, { description: 'Återkravets id.' }) id: string,
    @Arg('proposedAction', { description: 'Föreslagen åtgärd.' }) proposedAction: string,
    @Ctx() { em, identity }: DecisionsContext,
  ): Promise<Recovery> {
    return toRecovery(await proposeRecoveryAction(em, id, proposedAction, identity));
  }

  @Authorized([...THREAD_WRITERS])
  @Mutation(() => RecoveryMessage, { description: 'Skriv i tråden om ett återkrav, eventuellt med ett dokument. AmF skriver som AMF, stadsdelen som DISTRICT; andra sidan meddelas.' })
  async postRecoveryMessage(@Arg('input', () => RecoveryMessageInput) input: RecoveryMessageInput, @Ctx() { em, identity }: DecisionsContext): Promise<RecoveryMessage> {
    return toRecoveryMessage(await postRecoveryMessage(em, input, identity));
  }

  @Authorized([...APPEAL_DECIDERS])
  @Mutation(() => Recovery, { description: 'Besluta om återkravet ska överklagas (stadsdelens kontaktperson eller samordnaren). Ett överklagande markerar beslutet som överklagat.' })
  async decideRecoveryAppeal(
    @Arg('id', () => ID, { description: 'Återkravets id.' }) id: string,
    @Arg('decision', () => RecoveryAppealDecision, { description: 'Överklaga eller godta.' }) decision: RecoveryAppealDecision,
    @Ctx() { em, identity }: DecisionsContext,
    @Arg('comment', () => String, { nullable: true, description: 'Kommentar, sparas i tråden.' }) comment?: string | null,
  ): Promise<Recovery> {
    return toRecovery(await decideRecoveryAppeal(em, id, decision, comment, identity));
  }

  @Authorized([...AMF_WRITERS])
  @Mutation(() => Recovery, { description: 'Makulera ett återkrav (samordnare, administratör). Bara så länge inget är kvittat; skälet sparas i tråden.' })
  async cancelRecovery(
    @Arg('id', () => ID, { description: 'Återkravets id.' }) id: string,
    @Arg('reason', { description: 'Varför återkravet makuleras.' }) reason: string,
    @Ctx() { em, identity }: DecisionsContext,
  ): Promise<Recovery> {
    return toRecovery(await cancelRecovery(em, id, reason, identity));
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'Personen återkravet gäller.' })
  person(@Root() recovery: Recovery): Person | null {
    return personRef(recovery.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Kostnadsbärande stadsdel.' })
  district(@Root() recovery: Recovery): DistrictReference | null {
    return districtRef(recovery.districtCode);
  }

  @Authorized()
  @FieldResolver(() => Decision, { nullable: true, description: 'Beslutet återkravet gäller, om det finns i systemet.' })
  async decision(@Root() recovery: Recovery, @Ctx() { loaders, identity }: DecisionsContext): Promise<Decision | null> {
    if (!recovery.decisionId) return null;
    const row = await loaders.decision.load(recovery.decisionId);
    return row && canSeeDecision(identity, row) ? toDecision(row) : null;
  }

  @Authorized()
  @FieldResolver(() => [RecoveryOffset], { description: 'Avdrag vid utbetalningar, äldsta först.' })
  async offsets(@Root() recovery: Recovery, @Ctx() { loaders }: DecisionsContext): Promise<RecoveryOffset[]> {
    return (await loaders.recoveryOffsets.load(recovery.id)).map(toRecoveryOffset);
  }

  @Authorized()
  @FieldResolver(() => [RecoveryMessage], { description: 'Tråden mellan AmF och stadsdelen, äldsta först.' })
  async messages(@Root() recovery: Recovery, @Ctx() { loaders }: DecisionsContext): Promise<RecoveryMessage[]> {
    return (await loaders.recoveryMessages.load(recovery.id)).map(toRecoveryMessage);
  }
}

@Resolver(() => RecoveryDistrictSummary)
export class RecoveryDistrictSummaryResolver {
  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdelen.' })
  district(@Root() summary: RecoveryDistrictSummary): DistrictReference | null {
    return districtRef(summary.districtCode);
  }
}
