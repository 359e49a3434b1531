import { decodeCursor, DistrictReference, districtRef, pageSize, toPage, ValidationError } from '@statsbidrag/graphql-kit';
import { districtScope, isUuid } from '@statsbidrag/domain';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Claim, claimRef } from '../../claim/graphql/claim.type.js';
import type { DecisionsContext } from '../../context.js';
import { Decision, toDecision } from '../../decision/graphql/decision.type.js';
import { canSeeDecision } from '../../decision/application/decision-access.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { PaymentLineEntity } from '../infra/payment-line.entity.js';
import { PaymentLine, PaymentLineConnection, PaymentLineFilterInput, PaymentMonth, toPaymentLine } from './payment.types.js';

@Resolver(() => PaymentLine)
export class PaymentResolver {
  @Authorized()
  @Query(() => [PaymentMonth], { description: 'MiG:s utbetalningar per månad och konto, senaste först, med summor per ersättning. SDF ser bara sin stadsdels rader.' })
  async paymentMonths(@Ctx() { em, identity }: DecisionsContext, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<PaymentMonth[]> {
    if (year != null && (year < 2000 || year > 2100)) throw new ValidationError('year', 'Året ska vara mellan 2000 och 2100.', 'RANGE');
    const scope = districtScope(identity);
    const params: unknown[] = [];
    let where = 'true';
    if (year != null) {
      where += ` and month like ?`;
      params.push(`${year}-%`);
    }
    if (scope) {
      where += ` and district_code = any(string_to_array(?, ','))`;
      params.push(scope.join(','));
    }
    const rows = (await em.getConnection().execute(
      `select month, account, compensation_code,
              coalesce(sum(amount) filter (where amount > 0), 0)::bigint as paid,
              coalesce(sum(amount) filter (where amount < 0), 0)::bigint as recovered,
              count(*)::int as n
         from decisions.payment_line where ${where}
        group by month, account, compensation_code
        order by month desc, account nulls first, compensation_code`,
      params,
    )) as { month: string; account: string | null; compensation_code: string; paid: string; recovered: string; n: number }[];
    const months = new Map<string, PaymentMonth>();
    for (const r of rows) {
      const key = `${r.month}|${r.account ?? ''}`;
      const m = months.get(key) ?? { month: r.month, account: r.account, paid: 0, recovered: 0, total: 0, lineCount: 0, byCompensation: [] };
      const paid = Number(r.paid);
      const recovered = Number(r.recovered);
      m.byCompensation.push({ compensationCode: r.compensation_code, paid, recovered, total: paid + recovered, lineCount: r.n });
      m.paid += paid;
      m.recovered += recovered;
      m.total += paid + recovered;
      m.lineCount += r.n;
      months.set(key, m);
    }
    return [...months.values()];
  }

  @Authorized()
  @Query(() => PaymentLineConnection, { description: 'Utbetalningsrader. SDF ser bara sin stadsdels.' })
  async paymentLines(
    @Ctx() { em, identity }: DecisionsContext,
    @Arg('filter', () => PaymentLineFilterInput, { nullable: true }) filter?: PaymentLineFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PaymentLineConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (filter?.month) conditions.push({ month: filter.month.trim() });
    if (filter?.account) conditions.push({ account: filter.account.trim() });
    if (filter?.compensationCode) conditions.push({ compensationCode: filter.compensationCode.trim().toUpperCase() });
    if (filter?.districtCode) conditions.push({ districtCode: filter.districtCode.trim().toUpperCase() });
    if (filter?.decisionId) {
      if (!isUuid(filter.decisionId)) throw new ValidationError('filter.decisionId', 'Beslutets id har fel format.', 'FORMAT');
      conditions.push({ decisionId: filter.decisionId });
    }
    if (filter?.recoveriesOnly) conditions.push({ amount: { $lt: 0 } });
    const scope = districtScope(identity);
    if (scope) conditions.push({ districtCode: { $in: scope } });
    const [rows, total] = await em.findAndCount(PaymentLineEntity, conditions.length ? { $and: conditions } : {}, { orderBy: { month: 'desc', rowNumber: 'asc', id: 'asc' }, limit, offset });
    return toPage(rows.map(toPaymentLine), offset, total);
  }

  @Authorized()
  @FieldResolver(() => Decision, { nullable: true, description: 'Beslutet raden betalar.' })
  async decision(@Root() line: PaymentLine, @Ctx() { loaders, identity }: DecisionsContext): Promise<Decision | null> {
    if (!line.decisionId) return null;
    const row = await loaders.decision.load(line.decisionId);
    return row && canSeeDecision(identity, row) ? toDecision(row) : null;
  }

  @Authorized()
  @FieldResolver(() => Claim, { nullable: true }) claim(@Root() line: PaymentLine): Claim | null {
    return claimRef(line.claimId);
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true }) person(@Root() line: PaymentLine): Person | null {
    return personRef(line.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true }) district(@Root() line: PaymentLine): DistrictReference | null {
    return districtRef(line.districtCode);
  }
}
