import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PersonContext } from '../../context.js';
import { DeactivateUnitInput, Unit, UnitInput, toUnit } from '../../organisation/graphql/unit.type.js';
import { createDistrict, updateDistrict } from '../application/district-admin.js';
import { createUnit, deactivateUnit, updateUnit } from '../application/units.js';
import { DistrictInput } from './district-admin.input.js';
import { District, toDistrict } from './district.type.js';

@Resolver(() => District)
export class DistrictAdminResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => District, { description: 'Lägg till en stadsdel med giltighetstid och ev. efterträdare. Endast systemansvarig; sparas i historiken.' })
  async createDistrict(@Arg('input', () => DistrictInput) input: DistrictInput, @Ctx() { em, identity }: PersonContext): Promise<District> {
    return toDistrict(await createDistrict(em, identity, input));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => District, { description: 'Ändra en stadsdels namn, giltighetstid eller efterträdare. Endast systemansvarig; sparas i historiken.' })
  async updateDistrict(@Arg('input', () => DistrictInput) input: DistrictInput, @Ctx() { em, identity }: PersonContext): Promise<District> {
    return toDistrict(await updateDistrict(em, identity, input));
  }
}

@Resolver(() => Unit)
export class UnitAdminResolver {
  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => Unit, { description: 'Lägg till en enhet i en nuvarande stadsdel. Endast systemansvarig; sparas i historiken.' })
  async createUnit(@Arg('input', () => UnitInput) input: UnitInput, @Ctx() { em, identity }: PersonContext): Promise<Unit> {
    return toUnit(await createUnit(em, identity, input));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => Unit, { description: 'Byt namn på en enhet och/eller flytta den till en annan stadsdel. Endast systemansvarig; sparas i historiken.' })
  async updateUnit(@Arg('input', () => UnitInput) input: UnitInput, @Ctx() { em, identity }: PersonContext): Promise<Unit> {
    return toUnit(await updateUnit(em, identity, input));
  }

  @Authorized(['SYSTEM_ADMIN'])
  @Mutation(() => Unit, { description: 'Avveckla en enhet. Den tas aldrig bort (ärenden hänvisar till koden) men erbjuds inte längre. Endast systemansvarig.' })
  async deactivateUnit(@Arg('input', () => DeactivateUnitInput) input: DeactivateUnitInput, @Ctx() { em, identity }: PersonContext): Promise<Unit> {
    return toUnit(await deactivateUnit(em, identity, input));
  }
}
