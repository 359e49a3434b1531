import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeDistrict, type Identity } from '@statsbidrag/domain';
import DataLoader from 'dataloader';
import { PersonCopyEntity, type PersonCopyRow } from '../../copies/infra/copies.entity.js';
import { FlatRatePaymentEntity, type FlatRatePaymentRow } from '../../flat-rate-payment/infra/flat-rate-payment.entity.js';
import { FlatRateCaseEntity, type FlatRateCaseRow } from '../infra/flat-rate-case.entity.js';
import { scheduleView, type ScheduleView } from './schedule-view.js';

export interface ScheduleInputs {
  persons: Map<string, PersonCopyRow>;
  payments: Map<string, FlatRatePaymentRow[]>;
}

/**
 * Birth dates and generalschablon payments of the given persons: one query per kind, whatever the
 * number of persons. Payments are not limited to the caller's districts: the schedule compares
 * every instalment the case received (the case itself is what the scope applies to).
 */
export async function loadScheduleInputs(em: EntityManager, personIds: readonly string[]): Promise<ScheduleInputs> {
  if (!personIds.length) return { persons: new Map(), payments: new Map() };
  const ids = [...new Set(personIds)];
  const persons = await em.find(PersonCopyEntity, { personId: { $in: ids } });
  const payments = await em.find(FlatRatePaymentEntity, { personId: { $in: ids }, kind: 'GENERAL' }, { orderBy: { paymentDate: 'asc', id: 'asc' } });
  const byPerson = new Map<string, FlatRatePaymentRow[]>();
  for (const p of payments) {
    const list = byPerson.get(p.personId!);
    if (list) list.push(p);
    else byPerson.set(p.personId!, [p]);
  }
  return { persons: new Map(persons.map((p) => [p.personId, p])), payments: byPerson };
}

/** Schedules of the given cases, computed on read (three queries in all: cases are given). */
export async function schedulesOf(em: EntityManager, cases: readonly FlatRateCaseRow[]): Promise<ScheduleView[]> {
  const inputs = await loadScheduleInputs(em, cases.map((c) => c.personId));
  return cases.map((c) => scheduleView(c, inputs.persons.get(c.personId), inputs.payments.get(c.personId) ?? []));
}

/** One schedule, whatever the caller may see (for the mutations' answers). */
export async function scheduleOf(em: EntityManager, row: FlatRateCaseRow): Promise<ScheduleView> {
  return (await schedulesOf(em, [row]))[0]!;
}

/**
 * Person.flatRateSchedule in batches: one query per entity kind for all persons of a response.
 * A district role gets null for persons whose case belongs to another district (or to none).
 */
export function createScheduleLoader(em: EntityManager, identity: Identity): DataLoader<string, ScheduleView | null> {
  return new DataLoader<string, ScheduleView | null>(async (personIds) => {
    const cases = await em.find(FlatRateCaseEntity, { personId: { $in: [...personIds] } });
    const visible = cases.filter((c) => canSeeDistrict(identity, c.districtCode));
    const views = new Map((await schedulesOf(em, visible)).map((v) => [v.personId, v]));
    return personIds.map((id) => views.get(id) ?? null);
  });
}

const loaders = new WeakMap<object, DataLoader<string, ScheduleView | null>>();

/** The request's schedule loader (kept with the request context, so it lives as long as the request). */
export function scheduleLoaderFor(context: { em: EntityManager; identity: Identity }): DataLoader<string, ScheduleView | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = createScheduleLoader(context.em, context.identity);
    loaders.set(context, loader);
  }
  return loader;
}
