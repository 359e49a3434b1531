import { gql } from 'urql';

/** One of the generalschablon's nine instalments: what MiG should pay against what it paid (öre). */
export interface SdfFlatRateInstalment {
  number: number;
  sharePercent: number;
  periodFrom: string;
  periodTo: string;
  /** ÅÅÅÅ-MM. */
  dueMonth: string;
  ageBand: string;
  expectedAmount: number;
  paidAmount: number;
  paidOn: string | null;
  /** PAID, SHORT, OVERPAID, UNPAID or CLEARED. */
  status: string;
  statusLabel: string;
}

/** A payment outside the nine instalments (extra 10 % on a move, unexpected). */
export interface SdfFlatRateExtraPayment {
  amount: number;
  paymentDate: string;
  reason: string;
  reasonLabel: string;
}

/** The person's generalschablon payment schedule (api: Person.flatRateSchedule), read-only. */
export interface SdfFlatRateSchedule {
  personId: string;
  receptionDate: string;
  registeredOn: string;
  /** The district that bears the 24 months; null = AmF's revenue (no address at registration). */
  district: { code: string; name: string } | null;
  status: string;
  statusLabel: string;
  closedOn: string | null;
  closureReasonLabel: string | null;
  purgeOn: string | null;
  /** Why the plan cannot be computed (the instalments are then empty). */
  problem: string | null;
  instalments: SdfFlatRateInstalment[];
  extras: SdfFlatRateExtraPayment[];
  expectedTotal: number;
  paidTotal: number;
  remaining: number;
}

export const SDF_FLAT_RATE_SCHEDULE_FIELDS = gql`
  fragment SdfFlatRateScheduleFields on FlatRateSchedule {
    personId
    receptionDate
    registeredOn
    district {
      code
      name
    }
    status
    statusLabel
    closedOn
    closureReasonLabel
    purgeOn
    problem
    instalments {
      number
      sharePercent
      periodFrom
      periodTo
      dueMonth
      ageBand
      expectedAmount
      paidAmount
      paidOn
      status
      statusLabel
    }
    extras {
      amount
      paymentDate
      reason
      reasonLabel
    }
    expectedTotal
    paidTotal
    remaining
  }
`;
