import { decodeCursor, pageSize, toPage, ValidationError, DateScalar } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { isoDay } from '../../closure/domain/closure.js';
import { PersonCaseEntity } from '../../case/infra/person-case.entity.js';
import { toPersonView } from '../../person/application/person-access.js';
import { PersonEntity } from '../../person/infra/person.entity.js';
import { duePersonsFilter, purgeDuePersons } from '../application/purge.js';
import { PurgeRecordEntity, type PurgeRecordRow } from '../infra/purge-record.entity.js';
import { PurgeCandidate, PurgeRecord, PurgeRecordConnection, PurgeRecordFilterInput, PurgeRun } from './retention.types.js';

const toRecord = (r: PurgeRecordRow): PurgeRecord => ({ ...r, districtCode: r.districtCode ?? null, fields: [...r.fields] });

@Resolver()
export class RetentionResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Query(() => PurgeRecordConnection, { description: 'Gallringsloggen, senaste först (systemansvarig).' })
  async purgeRecords(
    @Ctx() { em }: PersonContext,
    @Arg('filter', () => PurgeRecordFilterInput, { nullable: true }) filter?: PurgeRecordFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PurgeRecordConnection> {
    if (filter?.from && filter.to && filter.from > filter.to) throw new ValidationError('to', 'Till-datum kan inte ligga före från-datum.', 'RANGE');
    const where = {
      ...(filter?.districtCode ? { districtCode: filter.districtCode } : {}),
      ...(filter?.from || filter?.to
        ? { purgedAt: { ...(filter.from ? { $gte: new Date(`${filter.from}T00:00:00Z`) } : {}), ...(filter.to ? { $lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
        : {}),
    };
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const [rows, total] = await em.findAndCount(PurgeRecordEntity, where, { orderBy: { purgedAt: 'desc', id: 'asc' }, limit, offset });
    return toPage(rows.map(toRecord), offset, total);
  }

  @Authorized(['SYSTEM_ADMIN', 'ADMINISTRATOR'])
  @Query(() => [PurgeCandidate], { description: 'Personer vars gallringsdatum har passerats (eller passeras ett visst datum) och som inte gallrats, med ärenden som hindrar; de 500 första efter gallringsdatum (antalet: purgeCandidateCount).' })
  async purgeCandidates(
    @Ctx() { em, identity }: PersonContext,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Datum (standard: idag).' }) on?: string | null,
  ): Promise<PurgeCandidate[]> {
    const persons = await em.find(PersonEntity, duePersonsFilter(on ?? isoDay(new Date())), { orderBy: { purgeOn: 'asc', id: 'asc' }, limit: 500 });
    const open = persons.length ? await em.find(PersonCaseEntity, { personId: { $in: persons.map((p) => p.id) }, open: true }) : [];
    return persons.map((p) => ({
      person: toPersonView(p, identity),
      openCases: open.filter((c) => c.personId === p.id).map((c) => ({ ...c, districtCode: c.districtCode ?? null })),
    }));
  }

  @Authorized(['SYSTEM_ADMIN', 'ADMINISTRATOR'])
  @Query(() => Int, { description: 'Antal personer vars gallringsdatum har passerats (eller passeras ett visst datum) och som inte gallrats. Listan purgeCandidates visar högst 500.' })
  async purgeCandidateCount(
    @Ctx() { em }: PersonContext,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Datum (standard: idag).' }) on?: string | null,
  ): Promise<number> {
    return em.count(PersonEntity, duePersonsFilter(on ?? isoDay(new Date())));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => PurgeRun, { description: 'Kör gallringen nu (samma som det nattliga jobbet): gallrar personer vars gallringsdatum passerats och som saknar pågående ärenden.' })
  async runPurge(@Ctx() { em, identity }: PersonContext): Promise<PurgeRun> {
    const run = await purgeDuePersons(em, identity.sub);
    return {
      purged: run.purged.map(toRecord),
      skipped: run.skipped.map((s) => ({ person: toPersonView(s.person, identity), openCases: s.openCases.map((c) => ({ ...c, districtCode: c.districtCode ?? null })) })),
    };
  }
}
