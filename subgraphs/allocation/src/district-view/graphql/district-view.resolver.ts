import { DateScalar, DistrictReference, MoneyScalar, PageInfo, decodeCursor, districtRef, pageSize, toPage } from '@statsbidrag/graphql-kit';
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AllocationContext } from '../../context.js';
import { LINE_KIND_LABELS } from '../../allocation-sheet/application/sheet-labels.js';
import { Person } from '../../person/graphql/person.type.js';
import { districtAllocations, districtFlatRatePersons } from '../application/district-view.js';

@ObjectType('DistrictMoneyRow', { description: 'Fördelade pengar per månad och ersättningskod ur godkända fördelningsark.' })
export class DistrictMoneyRow {
  @Field({ description: 'ÅÅÅÅ-MM.' }) month!: string;
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field({ description: 'DISTRICT, AMF_REVENUE eller UNALLOCATED.' }) kind!: string;
  @Field({ description: 'Slaget på svenska.' }) kindLabel!: string;
  @Field(() => DistrictReference, { nullable: true, description: 'Stadsdelen.' }) district!: DistrictReference | null;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
}

@ObjectType('DistrictFlatRatePerson', { description: 'En person bakom stadsdelens schablonersättning en månad.' })
export class DistrictFlatRatePerson {
  @Field(() => Person, { description: 'Personen.' }) person!: Person;
  @Field({ description: 'Ersättningskod.' }) compensationCode!: string;
  @Field(() => MoneyScalar, { description: 'Belopp i öre.' }) amount!: number;
  @Field(() => String, { nullable: true, description: 'Åldersgrupp (0–19, 20–64, 65+) när den är känd.' }) ageBand!: string | null;
  @Field(() => DateScalar, { description: 'Utbetalningsdatum.' }) paymentDate!: string;
  @Field(() => DistrictReference, { description: 'Stadsdelen pengarna tillhör.' }) district!: DistrictReference;
}
@ObjectType('DistrictFlatRatePersonEdge', { description: 'En person i en lista.' })
export class DistrictFlatRatePersonEdge {
  @Field({ description: 'Markör.' }) cursor!: string;
  @Field(() => DistrictFlatRatePerson, { description: 'Posten.' }) node!: DistrictFlatRatePerson;
}
@ObjectType('DistrictFlatRatePersonConnection', { description: 'Sida av personer bakom stadsdelens schablonersättning.' })
export class DistrictFlatRatePersonConnection {
  @Field(() => Int, { description: 'Totalt antal.' }) totalCount!: number;
  @Field(() => [DistrictFlatRatePersonEdge], { description: 'Sidan.' }) edges!: DistrictFlatRatePersonEdge[];
  @Field(() => PageInfo, { description: 'Sidinformation.' }) pageInfo!: PageInfo;
}

/** The SDF app: every signed-in role; district roles see only their own districts. */
@Resolver()
export class DistrictViewResolver {
  @Authorized()
  @Query(() => [DistrictMoneyRow], { description: 'Fördelade pengar ur godkända fördelningsark. Stadsdelsroller ser bara sina egna stadsdelar.' })
  async districtAllocations(
    @Arg('fromMonth', () => String, { description: 'Från och med månad, ÅÅÅÅ-MM.' }) fromMonth: string,
    @Arg('toMonth', () => String, { description: 'Till och med månad, ÅÅÅÅ-MM.' }) toMonth: string,
    @Ctx() { em, identity }: AllocationContext,
    @Arg('districtCode', () => String, { nullable: true, description: 'Stadsdel (stadsdelsroller ser bara sina egna).' }) districtCode?: string | null,
  ): Promise<DistrictMoneyRow[]> {
    const rows = await districtAllocations(em, identity, fromMonth, toMonth, districtCode);
    return rows.map((r) => ({ ...r, kindLabel: LINE_KIND_LABELS[r.kind], district: districtRef(r.districtCode) }));
  }

  @Authorized()
  @Query(() => DistrictFlatRatePersonConnection, { description: 'Personerna bakom stadsdelens schablonersättning en månad (bara egna stadsdelar).' })
  async districtFlatRatePersons(
    @Arg('month', () => String, { description: 'Månad, ÅÅÅÅ-MM.' }) month: string,
    @Ctx() { em, identity }: AllocationContext,
    @Arg('districtCode', () => String, { nullable: true, description: 'Stadsdel (stadsdelsroller ser bara sina egna).' }) districtCode?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Antal poster per sida (högst 500).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Markör (endCursor) från föregående sida.' }) after?: string | null,
  ): Promise<DistrictFlatRatePersonConnection> {
    const all = await districtFlatRatePersons(em, identity, month, districtCode);
    const limit = pageSize(first);
    const offset = decodeCursor(after);
    const page = all.slice(offset, offset + limit).map((r) => ({ ...r, person: { id: r.personId }, district: districtRef(r.districtCode)! }));
    return toPage(page, offset, all.length);
  }
}
