export * from './components/app-shell.js';
export * from './components/button.js';
export * from './components/text-field.js';
export * from './components/select.js';
export * from './components/data-table.js';
export * from './components/alert.js';
export * from './components/spinner.js';
export * from './components/export-csv-button.js';
export * from './components/badge.js';
export * from './components/app-link.js';
export * from './components/confirm-dialog.js';
export * from './components/load-more.js';
export * from './components/file-field.js';
export * from './file/read-file.js';
export * from './file/download-file.js';
export * from './csv/export-table-csv.js';
export * from './format/format.js';
export * from './forms/date-input.js';
export * from './forms/kronor-input.js';
export * from './forms/graphql-error-text.js';
export * from './notifications/notifications-page.js';
export * from './notifications/notifications.graphql.js';
export type { ClaimsListProps, ClaimsListModule, RemoteRoute, RoutesModule } from './host/remote-types.js';
export {
  checkChildReportForm,
  serverFieldErrors as childReportServerErrors,
  formValuesOf as childReportFormValuesOf,
  changedFields as changedChildReportFields,
  updateInputOf as childReportUpdateInputOf,
  CHILD_REPORT_FIELD_NAMES,
  type ChildReportField,
  type FieldErrors as ChildReportFieldErrors,
  type ChildReportFormValues,
  type CheckedChildReport,
  type ChildReportCheck,
  type EditableChildReport,
  type UpdateChildReportInput,
} from './child-reports/child-report-fields.js';
export { ChildReportEditDialog, SAVED_MESSAGE as CHILD_REPORT_SAVED_MESSAGE, type ChildReportEditDialogProps } from './child-reports/child-report-edit-dialog.js';
export * from './export/excel-export.js';
