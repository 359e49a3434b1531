import { decodeCursor, pageSize, toPage, DistrictReference, districtRef } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { Person, personRef } from '../../person/graphql/person.type.js';
import { flatRateScopeFilter } from '../application/flat-rate-access.js';
import { registerFlatRatePayment } from '../application/register-flat-rate-payment.js';
import { FlatRatePaymentEntity } from '../infra/flat-rate-payment.entity.js';
import { FlatRatePaymentFilterInput } from './flat-rate-payment-filter.input.js';
import { FlatRatePayment, FlatRatePaymentConnection, toFlatRatePayment } from './flat-rate-payment.type.js';
import { RegisterFlatRatePaymentInput } from './register-flat-rate-payment.input.js';

/** Flat-rate compensation is handled centrally (AmF). */
const WRITERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;

@Resolver(() => FlatRatePayment)
export class FlatRatePaymentResolver {
  @Authorized()
  @Query(() => FlatRatePaymentConnection, { description: 'Schablonersättningar, senaste utbetalning först. Bara din stadsdels om du arbetar på en SDF.' })
  async flatRatePayments(
    @Ctx() { em, identity }: AllocationContext,
    @Arg('filter', () => FlatRatePaymentFilterInput, { nullable: true, description: 'Urval.' }) filter?: FlatRatePaymentFilterInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<FlatRatePaymentConnection> {
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const conditions: object[] = [];
    if (filter?.districtCode) conditions.push({ districtCode: filter.districtCode.trim().toUpperCase() });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.paymentDateFrom) conditions.push({ paymentDate: { $gte: filter.paymentDateFrom } });
    if (filter?.paymentDateTo) conditions.push({ paymentDate: { $lte: filter.paymentDateTo } });
    const scope = flatRateScopeFilter(identity);
    if (scope) conditions.push(scope);
    const [rows, total] = await em.findAndCount(FlatRatePaymentEntity, conditions.length ? { $and: conditions } : {}, { orderBy: { paymentDate: 'desc', id: 'asc' }, limit, offset });
    return toPage(rows.map(toFlatRatePayment), offset, total);
  }

  @Authorized([...WRITERS])
  @Mutation(() => FlatRatePayment, { description: 'Registrera en schablonersättning från MiG för hand (samordnare och administratörer).' })
  async registerFlatRatePayment(
    @Arg('input', () => RegisterFlatRatePaymentInput) input: RegisterFlatRatePaymentInput,
    @Ctx() { em }: AllocationContext,
  ): Promise<FlatRatePayment> {
    return toFlatRatePayment(await registerFlatRatePayment(em, input));
  }

  @Authorized()
  @FieldResolver(() => Person, { nullable: true, description: 'Personen utbetalningen gäller. Tomt om ingen person matchats eller om du inte får se personen.' })
  person(@Root() payment: FlatRatePayment): Person | null {
    return personRef(payment.personId);
  }

  @Authorized()
  @FieldResolver(() => DistrictReference, { nullable: true, description: 'Stadsdel som pengarna tillhör. Tomt = ej fördelade medel.' })
  district(@Root() payment: FlatRatePayment): DistrictReference | null {
    return districtRef(payment.districtCode);
  }
}
