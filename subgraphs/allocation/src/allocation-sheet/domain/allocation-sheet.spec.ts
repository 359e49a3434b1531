import {
  ageBand,
  buildAllocationSheet,
  districtFor,
  NO_COST_BEARER_REASON,
  type AllocationSheetInput,
  type DistrictSuccessors,
  type FlatRatePaymentRow,
  type GrantedClaimRow,
  type Registration,
  type RecoveryOffsetRow,
} from './allocation-sheet.js';
import { splitInitialCosts, type InitialCostPerson } from './initial-cost-split.js';
import { canApprove, reconcile } from './reconciliation.js';
import { proposeUnallocated } from './unallocated-funds.js';

/** Generated ids only: no person data in tests. */
const pid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const MERGERS_2023: DistrictSuccessors = {
  RINKEBY_KISTA: { successorCode: 'JARVA', from: '2023-07-01' },
  SPANGA_TENSTA: { successorCode: 'JARVA', from: '2023-07-01' },
};

describe('ageBand', () => {
  it('puts 19/20 on the birthday: a birthday on the date counts', () => {
    expect(ageBand('2005-03-31', '2025-03-30')).toBe('0–19');
    expect(ageBand('2005-03-31', '2025-03-31')).toBe('20–64');
  });

  it('puts 64/65 on the birthday', () => {
    expect(ageBand('1960-03-31', '2025-03-30')).toBe('20–64');
    expect(ageBand('1960-03-31', '2025-03-31')).toBe('65+');
  });

  it('covers the lower end and a 29 February birthday', () => {
    expect(ageBand('2025-03-31', '2025-03-31')).toBe('0–19');
    expect(ageBand('2004-02-29', '2024-02-28')).toBe('0–19');
    expect(ageBand('2004-02-29', '2024-02-29')).toBe('20–64');
    // In a year without 29 February the birthday is 1 March.
    expect(ageBand('2004-02-29', '2023-02-28')).toBe('0–19');
    expect(() => ageBand('2025-04-01', '2025-03-31')).toThrow(RangeError);
  });
});

describe('districtFor', () => {
  const registrations: Registration[] = [
    { from: '2020-01-01', to: '2025-03-14', districtCode: 'D01' },
    { from: '2025-03-15', districtCode: 'D02' },
  ];

  it('takes the cost-bearing district where one is set, over the registration', () => {
    expect(districtFor({ costBearingDistrictCode: 'D03', countsOn: '2025-03-31' }, registrations)).toBe('D03');
  });

  it('else takes the registration valid on the date that counts – a person who moved in the month', () => {
    expect(districtFor({ countsOn: '2025-03-14' }, registrations)).toBe('D01');
    expect(districtFor({ countsOn: '2025-03-15' }, registrations)).toBe('D02');
    expect(districtFor({ costBearingDistrictCode: '  ', countsOn: '2025-03-31' }, registrations)).toBe('D02');
  });

  it('gives null (AmF revenue) with no registration, none valid on the date, or one without a district', () => {
    expect(districtFor({ countsOn: '2025-03-31' }, [])).toBeNull();
    expect(districtFor({ countsOn: '2019-12-31' }, registrations)).toBeNull();
    expect(districtFor({ countsOn: '2025-03-31' }, [{ from: '2025-01-01', districtCode: null }])).toBeNull();
  });

  it('maps a pre-2023-07-01 district to its successor only with a successor map and only from the change', () => {
    const old: Registration[] = [{ from: '2021-05-01', districtCode: 'RINKEBY_KISTA' }];
    expect(districtFor({ countsOn: '2023-06-30' }, old, MERGERS_2023)).toBe('RINKEBY_KISTA');
    expect(districtFor({ countsOn: '2023-07-01' }, old, MERGERS_2023)).toBe('JARVA');
    expect(districtFor({ countsOn: '2025-03-31' }, old)).toBe('RINKEBY_KISTA');
    expect(districtFor({ costBearingDistrictCode: 'SPANGA_TENSTA', countsOn: '2024-01-31' }, [], MERGERS_2023)).toBe('JARVA');
    // Chains are followed as far as the date reaches.
    const chain: DistrictSuccessors = { D_OLD: { successorCode: 'D_MID', from: '2020-07-01' }, D_MID: { successorCode: 'D_NEW', from: '2023-07-01' } };
    expect(districtFor({ costBearingDistrictCode: 'D_OLD', countsOn: '2021-01-31' }, [], chain)).toBe('D_MID');
    expect(districtFor({ costBearingDistrictCode: 'D_OLD', countsOn: '2024-01-31' }, [], chain)).toBe('D_NEW');
  });
});

// ------------------------------------------------------------------------------------------------

const flat = (over: Partial<FlatRatePaymentRow> & Pick<FlatRatePaymentRow, 'rowId' | 'amount'>): FlatRatePaymentRow => ({
  personId: null,
  compensationCode: 'NSCH',
  kind: 'GENERAL',
  paymentDate: '2025-03-31',
  countsOn: '2025-02-28',
  birthDate: null,
  ...over,
});

function exampleInput(): AllocationSheetInput {
  const flatRatePayments: FlatRatePaymentRow[] = [
    // 19 on the date that counts → 0–19; D01.
    flat({ rowId: 'r1', personId: pid(1), birthDate: '2005-03-31', amount: 1_650_000 }),
    // Turned 65 on the date that counts → 65+; D01.
    flat({ rowId: 'r2', personId: pid(2), birthDate: '1960-02-28', amount: 926_000 }),
    // Moved from D01 to D02 on 2025-02-15: the date that counts (2025-02-28) gives D02.
    flat({ rowId: 'r3', personId: pid(3), birthDate: '1990-06-15', amount: 3_300_000 }),
    // No registration at all → AmF's own revenue.
    flat({ rowId: 'r4', personId: pid(4), birthDate: '2010-01-01', amount: 1_650_000 }),
    // A recovery line for person 1.
    flat({ rowId: 'r5', personId: pid(1), birthDate: '2005-03-31', amount: -165_000 }),
    // EKB with no known district responsibility, marked unallocated by the coordinator.
    flat({ rowId: 'r6', personId: pid(5), compensationCode: 'EKBP', kind: 'DAILY', amount: 3_100_000 }),
    flat({ rowId: 'r7', personId: pid(2), compensationCode: 'INI01', kind: 'INITIAL_COST', birthDate: '1960-02-28', amount: 1_999_800 }),
    // Next month: not on this sheet.
    flat({ rowId: 'r8', personId: pid(1), paymentDate: '2025-04-30', countsOn: '2025-03-31', amount: 1_650_000 }),
  ];
  const grantedClaims: GrantedClaimRow[] = [
    { rowId: 'c1', claimId: pid(101), costBearingDistrictCode: 'D02', compensationCode: 'FSKA', amount: 5_000_000, paymentDate: '2025-03-20' },
    { rowId: 'c2', claimId: pid(102), costBearingDistrictCode: null, compensationCode: 'FSKA', amount: 120_050, paymentDate: '2025-03-20' },
  ];
  const recoveryOffsets: RecoveryOffsetRow[] = [
    { recoveryId: pid(201), districtCode: 'D02', compensationCode: 'FSKA', month: '2025-03', amount: 200_000 },
    { recoveryId: pid(202), districtCode: null, compensationCode: 'NSCH', month: '2025-03', amount: 50_000 },
    { recoveryId: pid(203), districtCode: 'D01', compensationCode: 'NSCH', month: '2025-02', amount: 999_999 },
  ];
  const registrations = new Map<string, Registration[]>([
    [pid(1), [{ from: '2020-01-01', districtCode: 'D01' }]],
    [pid(2), [{ from: '2020-01-01', districtCode: 'D01' }]],
    [
      pid(3),
      [
        { from: '2020-01-01', to: '2025-02-14', districtCode: 'D01' },
        { from: '2025-02-15', districtCode: 'D02' },
      ],
    ],
  ]);
  return {
    flatRatePayments,
    grantedClaims,
    recoveryOffsets,
    unallocated: [
      { rowId: 'r6', reason: 'EKB utan känt SDF-ansvar' },
      { rowId: 'old-row-from-january', reason: 'Sparad markering' },
    ],
    registrations,
  };
}

const noBand = { persons: 0, amount: 0 };

describe('buildAllocationSheet', () => {
  it('puts every row of the month on its line, with age bands for the generalschablon (hand-computed öre)', () => {
    const sheet = buildAllocationSheet('2025-03', exampleInput());
    expect(sheet.lines).toEqual([
      { compensationCode: 'EKBP', kind: 'UNALLOCATED', districtCode: null, paid: 3_100_000, recovered: 0, amount: 3_100_000, ageBands: null, unknownBand: null },
      { compensationCode: 'FSKA', kind: 'DISTRICT', districtCode: 'D02', paid: 5_000_000, recovered: 200_000, amount: 4_800_000, ageBands: null, unknownBand: null },
      { compensationCode: 'FSKA', kind: 'UNALLOCATED', districtCode: null, paid: 120_050, recovered: 0, amount: 120_050, ageBands: null, unknownBand: null },
      { compensationCode: 'INI01', kind: 'DISTRICT', districtCode: 'D01', paid: 1_999_800, recovered: 0, amount: 1_999_800, ageBands: null, unknownBand: null },
      {
        compensationCode: 'NSCH',
        kind: 'DISTRICT',
        districtCode: 'D01',
        paid: 2_576_000,
        recovered: 165_000,
        amount: 2_411_000,
        ageBands: { '0–19': { persons: 1, amount: 1_485_000 }, '20–64': noBand, '65+': { persons: 1, amount: 926_000 } },
        unknownBand: noBand,
      },
      {
        compensationCode: 'NSCH',
        kind: 'DISTRICT',
        districtCode: 'D02',
        paid: 3_300_000,
        recovered: 0,
        amount: 3_300_000,
        ageBands: { '0–19': noBand, '20–64': { persons: 1, amount: 3_300_000 }, '65+': noBand },
        unknownBand: noBand,
      },
      {
        compensationCode: 'NSCH',
        kind: 'AMF_REVENUE',
        districtCode: null,
        paid: 1_650_000,
        recovered: 50_000,
        amount: 1_600_000,
        ageBands: { '0–19': { persons: 1, amount: 1_650_000 }, '20–64': noBand, '65+': noBand },
        unknownBand: noBand,
      },
    ]);
    expect(sheet.totals).toEqual([
      { compensationCode: 'EKBP', allocated: 0, unallocated: 3_100_000, amfRevenue: 0, recoveries: 0, net: 3_100_000 },
      { compensationCode: 'FSKA', allocated: 5_000_000, unallocated: 120_050, amfRevenue: 0, recoveries: 200_000, net: 4_920_050 },
      { compensationCode: 'INI01', allocated: 1_999_800, unallocated: 0, amfRevenue: 0, recoveries: 0, net: 1_999_800 },
      { compensationCode: 'NSCH', allocated: 5_876_000, unallocated: 0, amfRevenue: 1_650_000, recoveries: 215_000, net: 7_311_000 },
    ]);
    expect(sheet.unallocatedItems).toEqual([
      { rowId: 'r6', compensationCode: 'EKBP', amount: 3_100_000, reason: 'EKB utan känt SDF-ansvar' },
      { rowId: 'c2', compensationCode: 'FSKA', amount: 120_050, reason: NO_COST_BEARER_REASON },
    ]);
  });

  it('lets a recovery larger than the district’s money make the line negative', () => {
    const sheet = buildAllocationSheet('2025-03', {
      flatRatePayments: [],
      grantedClaims: [{ rowId: 'c1', claimId: pid(101), costBearingDistrictCode: 'D03', compensationCode: 'FSKA', amount: 100_000, paymentDate: '2025-03-10' }],
      recoveryOffsets: [
        { recoveryId: pid(201), districtCode: 'D03', compensationCode: 'FSKA', month: '2025-03', amount: 250_000 },
        // A district with no money at all that month still gets its line.
        { recoveryId: pid(202), districtCode: 'D04', compensationCode: 'FSKA', month: '2025-03', amount: 30_000 },
      ],
      unallocated: [],
      registrations: new Map(),
    });
    expect(sheet.lines.map((l) => [l.districtCode, l.paid, l.recovered, l.amount])).toEqual([
      ['D03', 100_000, 250_000, -150_000],
      ['D04', 0, 30_000, -30_000],
    ]);
    const r = reconcile('2025-03', { migPaid: { FSKA: -180_000 }, sheet });
    expect(r.rows).toEqual([{ compensationCode: 'FSKA', migPaid: -180_000, allocated: 100_000, unallocated: 0, amfRevenue: 0, recoveries: 280_000, difference: 0 }]);
    expect(r.ok).toBe(true);
    expect(canApprove(r)).toBe(true);
  });

  it('books a pre-2023-07-01 district on its successor after the change, with a successor map', () => {
    const input: AllocationSheetInput = {
      flatRatePayments: [
        flat({ rowId: 'before', personId: pid(1), paymentDate: '2023-06-30', countsOn: '2023-05-31', birthDate: '1990-01-01', amount: 100 }),
        flat({ rowId: 'after', personId: pid(1), paymentDate: '2023-07-31', countsOn: '2023-07-01', birthDate: '1990-01-01', amount: 200 }),
      ],
      grantedClaims: [{ rowId: 'c', claimId: pid(9), costBearingDistrictCode: 'SPANGA_TENSTA', compensationCode: 'FSKA', amount: 300, paymentDate: '2023-07-05' }],
      recoveryOffsets: [{ recoveryId: pid(8), districtCode: 'RINKEBY_KISTA', compensationCode: 'FSKA', month: '2023-07', amount: 50 }],
      unallocated: [],
      registrations: new Map([[pid(1), [{ from: '2021-01-01', districtCode: 'RINKEBY_KISTA' }]]]),
      successors: MERGERS_2023,
    };
    expect(buildAllocationSheet('2023-06', input).lines.map((l) => [l.compensationCode, l.districtCode, l.amount])).toEqual([['NSCH', 'RINKEBY_KISTA', 100]]);
    expect(buildAllocationSheet('2023-07', input).lines.map((l) => [l.compensationCode, l.districtCode, l.amount])).toEqual([
      ['FSKA', 'JARVA', 250],
      ['NSCH', 'JARVA', 200],
    ]);
    const withoutMap = buildAllocationSheet('2023-07', { ...input, successors: undefined });
    expect(withoutMap.lines.map((l) => [l.compensationCode, l.districtCode, l.amount])).toEqual([
      ['FSKA', 'RINKEBY_KISTA', -50],
      ['FSKA', 'SPANGA_TENSTA', 300],
      ['NSCH', 'RINKEBY_KISTA', 200],
    ]);
  });

  it('refuses a month that is not ÅÅÅÅ-MM and fractions of an öre', () => {
    expect(() => buildAllocationSheet('2025-3', exampleInput())).toThrow(RangeError);
    const input = exampleInput();
    expect(() => buildAllocationSheet('2025-03', { ...input, flatRatePayments: [flat({ rowId: 'x', amount: 10.5 })] })).toThrow(/heltal i öre/);
  });
});

describe('reconcile', () => {
  const migPaid = { EKBP: 3_100_000, FSKA: 4_920_050, INI01: 1_999_800, NSCH: 7_311_000 };

  it('balances when MiG paid = allocated + unallocated + AmF revenue − recoveries for every code', () => {
    const r = reconcile('2025-03', { migPaid, sheet: buildAllocationSheet('2025-03', exampleInput()) });
    expect(r.ok).toBe(true);
    expect(r.deviations).toEqual([]);
    expect(r.rows.find((row) => row.compensationCode === 'NSCH')).toEqual({
      compensationCode: 'NSCH',
      migPaid: 7_311_000,
      allocated: 5_876_000,
      unallocated: 0,
      amfRevenue: 1_650_000,
      recoveries: 215_000,
      difference: 0,
    });
    expect(canApprove(r)).toBe(true);
  });

  it('shows a difference as a deviation in Swedish and blocks approval', () => {
    const r = reconcile('2025-03', { migPaid: { ...migPaid, NSCH: 7_312_200, GYMN: 500 }, sheet: buildAllocationSheet('2025-03', exampleInput()) });
    expect(r.ok).toBe(false);
    expect(r.rows.map((row) => [row.compensationCode, row.difference])).toEqual([
      ['EKBP', 0],
      ['FSKA', 0],
      ['GYMN', 500],
      ['INI01', 0],
      ['NSCH', 1_200],
    ]);
    expect(r.deviations.map((d) => d.message)).toEqual(['Differens GYMN 2025-03: 5,00\u00a0kr', 'Differens NSCH 2025-03: 12,00\u00a0kr']);
    expect(canApprove(r)).toBe(false);
  });

  it('counts a code on the sheet that MiG did not pay as a difference, negative', () => {
    const { FSKA: _fska, ...withoutFska } = migPaid;
    const r = reconcile('2025-03', { migPaid: withoutFska, sheet: buildAllocationSheet('2025-03', exampleInput()) });
    expect(r.deviations).toEqual([{ compensationCode: 'FSKA', month: '2025-03', difference: -4_920_050, message: 'Differens FSKA 2025-03: −49\u00a0200,50\u00a0kr' }]);
    expect(canApprove(r)).toBe(false);
  });

  it('refuses a sheet of another month', () => {
    expect(() => reconcile('2025-04', { migPaid, sheet: buildAllocationSheet('2025-03', exampleInput()) })).toThrow(RangeError);
  });
});

describe('proposeUnallocated (ej fördelade medel)', () => {
  const RESPONSIBILITY = { EKBP: 'EKB utan känt SDF-ansvar', EKUP: 'Gymnasieelev utan socialtjänstansvar i staden' };

  it('proposes EKBP/EKUP rows of the month with no cost-bearing district, even when the person has an address', () => {
    const rows: FlatRatePaymentRow[] = [
      flat({ rowId: 'a', personId: pid(1), compensationCode: 'EKUP', kind: 'DAILY', amount: 6_750_000 }),
      flat({ rowId: 'b', personId: pid(2), compensationCode: 'EKBP', kind: 'DAILY', amount: 3_100_000 }),
      flat({ rowId: 'c', personId: pid(3), compensationCode: 'EKBP', kind: 'DAILY', amount: 3_100_000, costBearingDistrictCode: 'D01' }),
      flat({ rowId: 'd', personId: pid(4), compensationCode: 'NSCH', amount: 1_650_000 }),
      flat({ rowId: 'e', personId: pid(5), compensationCode: 'EKBP', kind: 'DAILY', amount: 100_000, paymentDate: '2025-04-30' }),
      flat({ rowId: 'f', personId: pid(6), compensationCode: 'EKBP', kind: 'DAILY', amount: 200_000 }),
    ];
    expect(proposeUnallocated('2025-03', rows, RESPONSIBILITY, [{ rowId: 'f', reason: 'Redan sparad' }])).toEqual([
      { rowId: 'b', compensationCode: 'EKBP', personId: pid(2), amount: 3_100_000, reason: 'EKB utan känt SDF-ansvar' },
      { rowId: 'a', compensationCode: 'EKUP', personId: pid(1), amount: 6_750_000, reason: 'Gymnasieelev utan socialtjänstansvar i staden' },
    ]);
  });

  it('gives a list the sheet takes as the coordinator’s saved marks', () => {
    const input = exampleInput();
    const proposals = proposeUnallocated('2025-03', input.flatRatePayments, RESPONSIBILITY);
    expect(proposals.map((p) => p.rowId)).toEqual(['r6']);
    const sheet = buildAllocationSheet('2025-03', { ...input, unallocated: proposals });
    expect(sheet.unallocatedItems.map((i) => [i.rowId, i.reason])).toEqual([
      ['r6', 'EKB utan känt SDF-ansvar'],
      ['c2', NO_COST_BEARER_REASON],
    ]);
  });
});

// ------------------------------------------------------------------------------------------------

describe('splitInitialCosts ("glappet")', () => {
  // 3 districts, 7 persons. Head count: D01 3, D02 2, D03 2 of 7.
  const persons: InitialCostPerson[] = [
    { personId: pid(1), districtCode: 'D01', ageBand: '0–19' },
    { personId: pid(2), districtCode: 'D01', ageBand: '0–19' },
    { personId: pid(3), districtCode: 'D01', ageBand: '20–64' },
    { personId: pid(4), districtCode: 'D02', ageBand: '20–64' },
    { personId: pid(5), districtCode: 'D02', ageBand: '65+' },
    { personId: pid(6), districtCode: 'D03', ageBand: '20–64' },
    { personId: pid(7), districtCode: 'D03', ageBand: '20–64' },
  ];

  it('splits an odd total exactly at every level where naive rounding would not', () => {
    const total = 10_001;
    // Naive: round(10 001 × 3/7) + 2 × round(10 001 × 2/7) = 4 286 + 2 857 + 2 857 = 10 000 (one öre lost);
    // per person 7 × round(10 001/7) = 7 × 1 429 = 10 003 (two öre gained).
    expect(Math.round((total * 3) / 7) + 2 * Math.round((total * 2) / 7)).toBe(10_000);
    expect(7 * Math.round(total / 7)).toBe(10_003);

    const split = splitInitialCosts(total, [...persons].reverse());
    // Districts: 4 286.14 / 2 857.43 / 2 857.43 → floors 4 286 + 2 857 + 2 857, the last öre to the
    // tie between D02 and D03 → the earlier, D02.
    expect(split.districts.map((d) => [d.districtCode, d.persons, d.amount])).toEqual([
      ['D01', 3, 4_286],
      ['D02', 2, 2_858],
      ['D03', 2, 2_857],
    ]);
    // D01: 4 286 × 2/3 = 2 857.33 and × 1/3 = 1 428.67 → the spare öre to 20–64.
    const d01 = split.districts[0]!;
    expect(d01.bands.map((b) => [b.ageBand, b.persons, b.amount, b.sharePercent])).toEqual([
      ['0–19', 2, 2_857, 66.66],
      ['20–64', 1, 1_429, 33.34],
    ]);
    // 2 857 over two persons: 1 428.5 each, the tie to the lower person id.
    expect(d01.bands[0]!.perPerson).toEqual([
      { personId: pid(1), amount: 1_429 },
      { personId: pid(2), amount: 1_428 },
    ]);
    expect(split.districts[1]!.bands.map((b) => [b.ageBand, b.amount])).toEqual([
      ['20–64', 1_429],
      ['65+', 1_429],
    ]);
    expect(split.districts[2]!.bands[0]!.perPerson.map((p) => p.amount)).toEqual([1_429, 1_428]);

    const perPerson = split.districts.flatMap((d) => d.bands.flatMap((b) => b.perPerson.map((p) => p.amount)));
    expect(perPerson).toEqual([1_429, 1_428, 1_429, 1_429, 1_429, 1_429, 1_428]);
    expectSplitExact(split);
  });

  it('takes weights per band as a parameter, and gives the same öre whatever the input order', () => {
    const weights = { '0–19': 1745, '20–64': 3490, '65+': 2182 };
    const a = splitInitialCosts(1_234_567, persons, weights);
    const b = splitInitialCosts(1_234_567, [persons[4]!, persons[0]!, persons[6]!, persons[2]!, persons[1]!, persons[5]!, persons[3]!], weights);
    expect(b).toEqual(a);
    // D01 weight 2 × 1745 + 3490 = 6 980; D02 3490 + 2182 = 5 672; D03 6 980; sum 19 632.
    expect(a.districts.map((d) => d.weight)).toEqual([6_980, 5_672, 6_980]);
    // 1 234 567 × 6 980 / 19 632 = 438 940.386…, × 5 672 / 19 632 = 356 686.228… → floors sum to
    // 1 234 566; the spare öre goes to the largest remainder, a tie between D01 and D03 → D01.
    expect(a.districts.map((d) => d.amount)).toEqual([438_941, 356_686, 438_940]);
    expectSplitExact(a);
  });

  it('puts persons without a district last (AmF revenue) and refuses nonsense', () => {
    const split = splitInitialCosts(100, [
      { personId: pid(1), districtCode: null, ageBand: '20–64' },
      { personId: pid(2), districtCode: 'D01', ageBand: '20–64' },
    ]);
    expect(split.districts.map((d) => [d.districtCode, d.amount])).toEqual([
      ['D01', 50],
      [null, 50],
    ]);
    expect(splitInitialCosts(0, [])).toEqual({ total: 0, districts: [] });
    expect(() => splitInitialCosts(100, [])).toThrow(RangeError);
    // A negative total (a recovered initial cost) splits the same way, and no part is −0.
    const negative = splitInitialCosts(-1, persons);
    expect(negative.districts.map((d) => d.amount)).toEqual([-1, 0, 0]);
    expect(Object.is(negative.districts[1]!.amount, 0)).toBe(true);
    expectSplitExact(negative);
    expect(() => splitInitialCosts(100, [persons[0]!, persons[0]!])).toThrow(/två gånger/);
    expect(() => splitInitialCosts(100, persons, { '0–19': -1, '20–64': 1, '65+': 1 })).toThrow(RangeError);
  });
});

function expectSplitExact(split: ReturnType<typeof splitInitialCosts>): void {
  expect(split.districts.reduce((s, d) => s + d.amount, 0)).toBe(split.total);
  for (const d of split.districts) {
    expect(d.bands.reduce((s, b) => s + b.amount, 0)).toBe(d.amount);
    for (const b of d.bands) {
      expect(b.perPerson.reduce((s, p) => s + p.amount, 0)).toBe(b.amount);
      for (const p of b.perPerson) expect(Number.isSafeInteger(p.amount)).toBe(true);
    }
  }
}

// ------------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG, so the random cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('property: 200 seeded random months', () => {
  const CODES = ['NSCH', 'INI01', 'EKBP', 'EKUP', 'FSKA'] as const;
  const KINDS = ['GENERAL', 'INITIAL_COST', 'DAILY', 'DAILY', 'OTHER'] as const;
  const DISTRICTS = ['D01', 'D02', 'D03', 'RINKEBY_KISTA'];

  it('every sheet’s lines add up to the input total exactly, per code, and reconcile', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed);
      const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
      const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
      const month = '2025-03';
      const otherMonth = () => (rnd() < 0.1 ? '2025-04' : month);
      const amount = () => (rnd() < 0.15 ? -int(1, 500_000) : int(1, 5_000_000));

      const registrations = new Map<string, Registration[]>();
      for (let p = 1; p <= 10; p++) {
        const r = rnd();
        if (r < 0.2) continue;
        if (r < 0.5) registrations.set(pid(p), [{ from: '2020-01-01', to: '2025-03-10', districtCode: pick(DISTRICTS) }, { from: '2025-03-11', districtCode: rnd() < 0.1 ? null : pick(DISTRICTS) }]);
        else registrations.set(pid(p), [{ from: '2020-01-01', districtCode: pick(DISTRICTS) }]);
      }
      const flatRatePayments: FlatRatePaymentRow[] = Array.from({ length: int(0, 30) }, (_, i) => {
        const c = int(0, CODES.length - 1);
        return {
          rowId: `f${i}`,
          personId: rnd() < 0.1 ? null : pid(int(1, 10)),
          compensationCode: CODES[c]!,
          kind: KINDS[c]!,
          amount: amount(),
          paymentDate: `${otherMonth()}-${String(int(1, 28)).padStart(2, '0')}`,
          countsOn: `2025-03-${String(int(1, 31)).padStart(2, '0')}`,
          birthDate: rnd() < 0.1 ? null : `${int(1940, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
          costBearingDistrictCode: rnd() < 0.2 ? pick(DISTRICTS) : null,
        };
      });
      const grantedClaims: GrantedClaimRow[] = Array.from({ length: int(0, 8) }, (_, i) => ({
        rowId: `c${i}`,
        claimId: pid(100 + i),
        costBearingDistrictCode: rnd() < 0.15 ? null : pick(DISTRICTS),
        compensationCode: pick(CODES),
        amount: amount(),
        paymentDate: `${otherMonth()}-15`,
      }));
      const recoveryOffsets: RecoveryOffsetRow[] = Array.from({ length: int(0, 6) }, (_, i) => ({
        recoveryId: pid(200 + i),
        districtCode: rnd() < 0.3 ? null : pick(DISTRICTS),
        compensationCode: pick(CODES),
        month: otherMonth(),
        amount: int(1, 3_000_000),
      }));
      const unallocated = flatRatePayments.filter(() => rnd() < 0.15).map((r) => ({ rowId: r.rowId, reason: 'Slumpad markering' }));
      const input: AllocationSheetInput = {
        flatRatePayments,
        grantedClaims,
        recoveryOffsets,
        unallocated,
        registrations,
        successors: rnd() < 0.5 ? MERGERS_2023 : undefined,
      };

      // What MiG paid per code, computed straight from the input.
      const expected: Record<string, number> = {};
      const book = (code: string, ore: number) => (expected[code] = (expected[code] ?? 0) + ore);
      for (const r of flatRatePayments) if (r.paymentDate.startsWith(month)) book(r.compensationCode, r.amount);
      for (const r of grantedClaims) if (r.paymentDate.startsWith(month)) book(r.compensationCode, r.amount);
      for (const r of recoveryOffsets) if (r.month === month) book(r.compensationCode, -r.amount);

      const sheet = buildAllocationSheet(month, input);
      const sumLines = sheet.lines.reduce((s, l) => s + l.amount, 0);
      expect(sumLines).toBe(Object.values(expected).reduce((s, v) => s + v, 0));
      for (const l of sheet.lines) {
        expect(Number.isSafeInteger(l.amount)).toBe(true);
        expect(l.amount).toBe(l.paid - l.recovered);
      }
      // The age bands hold exactly the month's generalschablon rows (offsets and claims are not per person).
      const inBands = sheet.lines.reduce((s, l) => s + (l.ageBands ? Object.values(l.ageBands).reduce((t, b) => t + b.amount, 0) + l.unknownBand!.amount : 0), 0);
      expect(inBands).toBe(flatRatePayments.filter((r) => r.kind === 'GENERAL' && r.paymentDate.startsWith(month)).reduce((s, r) => s + r.amount, 0));
      for (const t of sheet.totals) {
        expect(t.allocated + t.unallocated + t.amfRevenue - t.recoveries).toBe(t.net);
        expect(sheet.lines.filter((l) => l.compensationCode === t.compensationCode).reduce((s, l) => s + l.amount, 0)).toBe(t.net);
      }
      const unallocatedLines = sheet.lines.filter((l) => l.kind === 'UNALLOCATED').reduce((s, l) => s + l.amount, 0);
      expect(sheet.unallocatedItems.reduce((s, i) => s + i.amount, 0)).toBe(unallocatedLines);

      const r = reconcile(month, { migPaid: expected, sheet });
      expect(r.deviations).toEqual([]);
      expect(canApprove(r)).toBe(true);

      // And the initial-cost split of a random total over random persons is exact at every level.
      const persons: InitialCostPerson[] = Array.from({ length: int(1, 40) }, (_, i) => ({
        personId: pid(1000 + i),
        districtCode: rnd() < 0.1 ? null : pick(DISTRICTS),
        ageBand: pick(['0–19', '20–64', '65+'] as const),
      }));
      const split = splitInitialCosts(int(-10_000_000, 10_000_000), persons, { '0–19': int(1, 5000), '20–64': int(1, 5000), '65+': int(1, 5000) });
      expectSplitExact(split);
      expect(split.districts.reduce((s, d) => s + d.persons, 0)).toBe(persons.length);
    }
  });
});
