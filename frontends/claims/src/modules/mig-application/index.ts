export { MigApplicationsPage, type MigApplicationsPageProps } from './components/mig-applications-page.js';
export { NewMigApplicationPage, type NewMigApplicationPageProps } from './components/new-mig-application-page.js';
export { MigApplicationPage, type MigApplicationPageProps } from './components/mig-application-page.js';
export { buildApplicationWorkbook } from './documents/application-workbook.js';
export { buildApplicationFormPdf, FORM_FIELDS } from './documents/application-form-pdf.js';
export type { ApplicationDocumentData, ApplicationRow, ApplicantData } from './documents/application-data.js';
