import { canSeeDistrict } from '@statsbidrag/domain';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PersonCase } from '../../case/graphql/person-case.type.js';
import type { PersonContext } from '../../context.js';
import { toPersonView } from '../../person/application/person-access.js';
import { Person } from '../../person/graphql/person.type.js';
import { closeHandling, deactivatePersonalData, registerMoveOut, reopenHandling, setPurgeDate } from '../application/person-handling.js';
import { CLOSURE_REASON_LABELS } from '../domain/closure.js';
import { ClosePersonHandlingInput, DeactivatePersonalDataInput, RegisterMoveOutInput, ReopenPersonHandlingInput, SetPurgeDateInput } from './closure.inputs.js';
import { PERSON_CHANGE_LABELS, PersonChange } from './person-change.type.js';

/** AmF staff who close and reopen a person's grant handling. */
const HANDLERS = ['COORDINATOR', 'ADMINISTRATOR'] as const;
/** …and the system administrator, who also looks after retention. */
const RETENTION_KEEPERS = ['COORDINATOR', 'ADMINISTRATOR', 'SYSTEM_ADMIN'] as const;

@Resolver(() => Person)
export class PersonHandlingResolver {
  @Authorized([...HANDLERS])
  @Mutation(() => Person, { description: 'Avsluta hanteringen av statsbidrag (datum och avslutsorsak). Nekas med de pågående ärendena uppräknade så länge en återsökning eller överklagan pågår (CONFLICT, reason OPEN_CASES).' })
  async closePersonHandling(@Arg('input', () => ClosePersonHandlingInput) input: ClosePersonHandlingInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    return toPersonView(await closeHandling(em, identity, input.personId, { closedOn: input.closedOn, reason: input.reason, note: input.note ?? null }), identity);
  }

  @Authorized([...HANDLERS])
  @Mutation(() => Person, { description: 'Öppna en avslutad hantering igen (med orsak).' })
  async reopenPersonHandling(@Arg('input', () => ReopenPersonHandlingInput) input: ReopenPersonHandlingInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    return toPersonView(await reopenHandling(em, identity, input.personId, input.reason), identity);
  }

  @Authorized([...HANDLERS])
  @Mutation(() => Person, { description: 'Registrera utflyttningsdatum (tomt tar bort det).' })
  async registerMoveOut(@Arg('input', () => RegisterMoveOutInput) input: RegisterMoveOutInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    return toPersonView(await registerMoveOut(em, identity, input.personId, input.movedOutOn ?? null), identity);
  }

  @Authorized([...HANDLERS])
  @Mutation(() => Person, { description: 'Avaktualisera personuppgiftshanteringen. Nekas medan ärenden pågår (CONFLICT, reason OPEN_CASES).' })
  async deactivatePersonalData(@Arg('input', () => DeactivatePersonalDataInput) input: DeactivatePersonalDataInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    return toPersonView(await deactivatePersonalData(em, identity, input.personId, input.deactivatedOn), identity);
  }

  @Authorized([...RETENTION_KEEPERS])
  @Mutation(() => Person, { description: 'Sätt gallringsdatum för hand, eller (tomt) återgå till det beräknade: tre veckor efter avslut eller sista avslutade ärende.' })
  async setPurgeDate(@Arg('input', () => SetPurgeDateInput) input: SetPurgeDateInput, @Ctx() { em, identity }: PersonContext): Promise<Person> {
    return toPersonView(await setPurgeDate(em, identity, input.personId, input.purgeOn ?? null), identity);
  }

  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Avslutsorsaken på svenska.' })
  closureReasonLabel(@Root() person: Person): string | null {
    return person.closureReason ? CLOSURE_REASON_LABELS[person.closureReason] : null;
  }

  @Authorized()
  @FieldResolver(() => [PersonCase], { description: 'Pågående återsökningar och överklaganden om personen (stadsdelsanvändare ser sin stadsdels). De hindrar avslut och gallring.' })
  async openCases(@Root() person: Person, @Ctx() { loaders, identity }: PersonContext): Promise<PersonCase[]> {
    const rows = await loaders.openCases.load(person.id);
    return rows.filter((c) => canSeeDistrict(identity, c.districtCode)).map((c) => ({ ...c, districtCode: c.districtCode ?? null }));
  }

  @Authorized(['COORDINATOR', 'ADMINISTRATOR', 'FINANCE_MANAGER', 'SYSTEM_ADMIN'])
  @FieldResolver(() => [PersonChange], { description: 'Historik över avslut, utflyttning, gallringsdatum och gallring, senaste först (AmF).' })
  async handlingHistory(@Root() person: Person, @Ctx() { loaders }: PersonContext): Promise<PersonChange[]> {
    return (await loaders.personChanges.load(person.id)).map((c) => ({
      id: c.id,
      at: c.at,
      username: c.username,
      action: c.action,
      actionLabel: PERSON_CHANGE_LABELS[c.action] ?? c.action,
      note: person.identityHidden ? null : (c.note ?? null),
    }));
  }
}
