/**
 * Migrationsverket's compensation codes ("Ersättningskoder för kommuner", GRUPP · KOD · KLARTEXT) as
 * far as they are public: shared/domain/REFERENCE-FACTS.md §1a (codes confirmed in the 2016
 * versions, with their återkrav codes), §1b (codes named in the procurement text, meaning derived)
 * and §1c (which compensations are paid after an application and which without). Seeded into the
 * person subgraph as editable reference data; the system administrator corrects and extends it.
 *
 * `validFrom` is the start of the oldest source that lists the code (2016) unless the source says
 * otherwise; `validTo` only where the source names an end.
 */
export interface CompensationTypeSeed {
  code: string;
  group: string;
  groupName: string;
  /** Plain text (KLARTEXT), upper case as MiG writes it. */
  name: string;
  /** True: paid after an application (återsökning); false: without one (schablon). */
  paidWithApplication: boolean;
  validFrom: string;
  validTo: string | null;
}

const FROM_2016 = '2016-01-01';

type Row = [code: string, name: string, paidWithApplication: boolean, recovery?: string, validFrom?: string, validTo?: string | null];

function group(groupCode: string, groupName: string, rows: Row[]): CompensationTypeSeed[] {
  return rows.flatMap(([code, name, paidWithApplication, recovery, validFrom = FROM_2016, validTo = null]) => {
    const main: CompensationTypeSeed = { code, group: groupCode, groupName, name, paidWithApplication, validFrom, validTo };
    // An återkrav code recovers money paid under its code: same group, same way of payment.
    const back: CompensationTypeSeed[] = recovery ? [{ ...main, code: recovery, name: `ÅTERKRAV ${name}`, validTo: null }] : [];
    return [main, ...back];
  });
}

export const COMPENSATION_TYPES: readonly CompensationTypeSeed[] = [
  // §1a – förordning 2002:1118 (asylsökande) and 2014:946 (SFI).
  ...group('LMA', 'LMA', [['DAG', 'DAGERSÄTTNING OCH SÄRSKILT BIDRAG (LMA) BEVILJAT AV KOMMUNEN', true]]),
  ...group('UTB', 'Utbildning asyl', [
    ['FSKA', 'FÖRSKOLA - ASYL', true, 'Å-FSK'],
    ['FSKAB', 'FÖRSKOLA BUV - ASYL', true, 'Å-FSB'],
    ['FSKL', 'FÖRSKOLEKLASS - ASYL', true, 'Å-FKL'],
    ['FSKLB', 'FÖRSKOLEKLASS BUV - ASYL', true, 'Å-FKB'],
  ]),
  ...group('SKOLA', 'Skola', [
    ['GSKA', 'GRUNDSKOLA - ASYL', true, 'Å-GSK'],
    ['GSKAB', 'GRUNDSKOLA BUV - ASYL', true, 'Å-GSB'],
    ['GYMN', 'GYMNASIESKOLA - ASYL', true, 'Å-GYM'],
    ['GYMNB', 'GYMNASIESKOLA BUV - ASYL', true, 'Å-GYB'],
  ]),
  ...group('BIF', 'Barn i familj, vård utanför hemmet', [['BIF', 'BARN I FAMILJ - ASYL', true, 'Å-BIF']]),
  ...group('BUV2', 'Ensamkommande barn', [
    ['BUV-A', 'BELAGD PLATS - ASYL', false, 'Å-BAS'],
    ['BUV-E', 'BELAGD PLATS - ASYL (BSE)', false, 'Å-EAS'],
    ['BUV5', 'BELAGD PLATS - ASYL (BSE)', false],
    ['HVBAS', 'HVB-PLACERING EFTER ANVISNING - ASYL', true, 'Å-HVB'],
    ['HVBSA', 'HVB-PLACERING EFTER ANVISNING - ASYL (TIDIGARE KOD)', true],
    ['PRELH', 'PRELIMINÄR DELUTBETALNING DECEMBER 2016', false, undefined, '2016-12-01', '2016-12-31'],
    ['AVRH', 'AVRÄKNING AV DELUTBETALNING DECEMBER 2016', false, undefined, '2017-01-01', '2017-12-31'],
    ['STBAS', 'STÖDBOENDE EFTER ANVISNING - ASYL', true, 'Å-SBA'],
  ]),
  ...group('BUV-F', 'Ensamkommande barn, ankomstkommun', [
    ['HVBA', 'HVB ENLIGT SOL, ANKOMSTKOMMUN - ASYL', true],
    ['UTSA', 'UTSLUSSNING - ASYL', true],
    ['LVUA', 'PLACERING ENLIGT LVU - ASYL', true],
    ['FAMA', 'FAMILJEHEM - ASYL', true],
    ['JOUA', 'JOURHEM - ASYL', true],
    ['PPBA', 'PLACERING HOS ANHÖRIG - ASYL', true],
  ]),
  ...group('BUV9', 'Ensamkommande barn asyl (ansökningar före 2013-07-01)', [['BUV9', 'ENSAMKOMMANDE BARN - ASYL', true, 'Å-FA9']]),
  ...group('GOD', 'God man', [
    ['GOD9', 'KOSTNAD FÖR GOD MAN - ASYL', true, 'Å-GO9'],
    ['GOD', 'KOSTNAD FÖR GOD MAN - ASYL', true],
  ]),
  ...group('TRA', 'Transport', [
    ['TRA9', 'TRANSPORTKOSTNAD - ASYL', true, 'Å-TR9'],
    ['TRA', 'TRANSPORTKOSTNAD - ASYL', true],
  ]),
  ...group('UTR', 'Utredning', [
    ['UTR9', 'KOSTNAD FÖR UTREDNING - ASYL', true, 'Å-UT9'],
    ['UTR', 'KOSTNAD FÖR UTREDNING - ASYL', true],
  ]),
  ...group('SFI', 'SFI (2014:946)', [
    ['SFI', 'SFI FÖR PERSONER I ANLÄGGNINGSBOENDE 2014', true, 'Å-SFI', '2014-01-01', '2014-12-31'],
    ['SFI2', 'SFI FÖR PERSONER I ANLÄGGNINGSBOENDE FRÅN 2015', true, undefined, '2015-01-01'],
  ]),
  // §1b – named in the procurement text, not in a public source; meaning derived (NyErsF 2010:1122), paid without application (§1c).
  ...group('SCHABLON', 'Schablonersättningar (2010:1122)', [
    ['NSCH', 'GENERALSCHABLON - ETABLERINGSINSATSER OCH INTRODUKTION', false],
    ['EKBP', 'DYGNSSCHABLON - ENSAMKOMMANDE BARN MED UPPEHÅLLSTILLSTÅND', false],
    ['EKUP', 'EKUP SCHABLON Á 750 KR PER DYGN - NYANLÄNDA ENSAMKOMMANDE UNGA', false],
  ]),
  // Claim types of the demo claims that have no MiG code in the sources (NyErsF 19 § and 24–26 §, paid after application, §1c).
  ...group('SARSK', 'Särskilda kostnader (2010:1122)', [
    ['LSS', 'LSS, ASSISTANS, BOSTADSANPASSNING, VARAKTIG VÅRD', true],
    ['EKBIS', 'EKONOMISKT BISTÅND VID SJUKDOM ELLER FUNKTIONSNEDSÄTTNING', true],
  ]),
];

/** Demo default officers: a claim type → the username of an AmF officer; every other claim type goes to Statsbidragsgruppen. */
export const DEMO_DEFAULT_OFFICERS: Readonly<Record<string, string>> = {
  HVBAS: 'samordnare',
  STBAS: 'samordnare',
  LSS: 'samordnare2',
};
