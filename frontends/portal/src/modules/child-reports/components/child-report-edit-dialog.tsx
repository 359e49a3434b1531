import { ChildReportEditDialog as SharedEditDialog } from '@statsbidrag/ui';
import { useMutation, useQuery } from 'urql';
import { CHILD_REPORT_UNITS_QUERY, UPDATE_CHILD_REPORT_MUTATION, type ChildReportDetail } from '../child-reports.graphql.js';

export interface ChildReportEditDialogProps {
  report: ChildReportDetail;
  onClose: () => void;
  /** After a change was saved. */
  onSaved: (message: string) => void;
}

/** "Ändra uppgifter" (AmF): the shared form, with the units of the report's district; the district stays. Render it only while open. */
export function ChildReportEditDialog({ report, onClose, onSaved }: ChildReportEditDialogProps) {
  const [{ data: unitData }] = useQuery({ query: CHILD_REPORT_UNITS_QUERY, variables: { id: report.id } });
  const [state, update] = useMutation(UPDATE_CHILD_REPORT_MUTATION);
  const units = unitData?.childResponsibilityReport?.district.units ?? [];
  return <SharedEditDialog report={report} units={units} save={(input) => update({ input })} saving={state.fetching} onClose={onClose} onSaved={onSaved} />;
}
