/** What happened to a child-responsibility report (for the notification text). */
export type ChildReportEvent = 'CREATED' | 'UPDATED' | 'HANDLING_STARTED' | 'REPORTED_TO_MIG';

/** Field names as users read them in an 'uppgifterna ändrades' message. */
export const CHILD_REPORT_FIELD_LABELS: Record<string, string> = {
  unitCode: 'enhet',
  officerUsername: 'handläggare',
  firstName: 'förnamn',
  lastName: 'efternamn',
  birthDate: 'födelsedatum',
  migIndividualNumber: 'MiG:s individnummer',
  question: 'fråga till statsbidragsgruppen',
};

export interface NotificationMessage {
  title: string;
  body: string;
  link: string;
}

export const childReportLink = (id: string) => `/barnanmalningar/${id}`;

/**
 * The Swedish notification for the district's contact person. Only the child's name and a link:
 * never personnummer, birth date or MiG individnummer (the e-mail leaves the platform).
 */
export function childReportMessage(
  event: ChildReportEvent,
  report: { id: string; firstName: string; lastName: string; districtName: string },
  changedFields: readonly string[] = [],
): NotificationMessage {
  const name = `${report.firstName} ${report.lastName}`;
  const link = childReportLink(report.id);
  const what: Record<ChildReportEvent, { title: string; text: string }> = {
    CREATED: {
      title: `Ny anmälan om ansvar för asylsökande barn: ${name}`,
      text: `${report.districtName} har anmält att stadsdelen ansvarar för det asylsökande barnet ${name}. Anmälan har status "Inkommen uppgift om ansvar för asylbarn".`,
    },
    UPDATED: {
      title: `Anmälan om asylsökande barn ändrad: ${name}`,
      text: `Uppgifterna i anmälan om ansvar för det asylsökande barnet ${name} (${report.districtName}) har ändrats: ${changedFields.map((f) => CHILD_REPORT_FIELD_LABELS[f] ?? f).join(', ')}.`,
    },
    HANDLING_STARTED: {
      title: `Anmälan om asylsökande barn handläggs: ${name}`,
      text: `Arbetsmarknadsförvaltningen har börjat handlägga anmälan om ansvar för det asylsökande barnet ${name} (${report.districtName}).`,
    },
    REPORTED_TO_MIG: {
      title: `Anmälan om asylsökande barn rapporterad till Migrationsverket: ${name}`,
      text: `Arbetsmarknadsförvaltningen har rapporterat ansvaret för det asylsökande barnet ${name} (${report.districtName}) till Migrationsverket.`,
    },
  };
  const { title, text } = what[event];
  return { title, body: `${text}\n\nSe anmälan: ${link}`, link };
}
