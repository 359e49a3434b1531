/** Why a payment schedule could not be computed or changed. */
export type ScheduleErrorReason =
  | 'INVALID_DATE'
  | 'INVALID_MONTH'
  | 'BIRTH_AFTER_RECEPTION'
  | 'RECEPTION_BEFORE_2016'
  | 'NO_AMOUNTS'
  | 'INVALID_PAYMENT'
  | 'INVALID_CLOSURE';

/** A domain error with a stable `reason` for programs and a Swedish `message` for the user. */
export class ScheduleError extends Error {
  constructor(
    readonly reason: ScheduleErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ScheduleError';
  }
}
