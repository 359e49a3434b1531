import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** What one purge removed (gallringslogg): kept after the personal data is gone. */
export const PurgeRecordEntity = defineEntity({
  name: 'PurgeRecord',
  tableName: 'purge_record',
  properties: {
    id: p.uuid().primary(),
    personId: p.uuid().index(),
    purgedAt: p.datetime().index(),
    /** `gallringsjobb` for the scheduled job, otherwise the user who ran it. */
    purgedBy: p.string(),
    /** The purge date that was due. */
    purgeOn: p.date(),
    /** The person's district at purge time (not personal data; lets the log be filtered). */
    districtCode: p.string().nullable(),
    /** The fields that were emptied, e.g. firstName, personalIdentityNumber, registrations.address. */
    fields: p.json<string[]>(),
    registrationsAnonymised: p.integer(),
  },
});
export type PurgeRecordRow = InferEntity<typeof PurgeRecordEntity>;
