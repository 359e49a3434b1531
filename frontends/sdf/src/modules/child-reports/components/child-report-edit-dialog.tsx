import { ChildReportEditDialog as SharedEditDialog } from '@statsbidrag/ui';
import { useMutation, useQuery } from 'urql';
import { SDF_DISTRICT_UNITS_QUERY, UPDATE_CHILD_REPORT_MUTATION, type SdfChildReport } from '../child-reports.graphql.js';

export interface ChildReportEditDialogProps {
  report: SdfChildReport;
  districtCode: string;
  onClose: () => void;
  /** After a change was saved. */
  onSaved: (message: string) => void;
}

/** "Ändra uppgifter" in the SDF app: the shared form, with the district's units. Render it only while open. */
export function ChildReportEditDialog({ report, districtCode, onClose, onSaved }: ChildReportEditDialogProps) {
  const [{ data: districtData }] = useQuery({ query: SDF_DISTRICT_UNITS_QUERY, variables: {} });
  const [state, update] = useMutation(UPDATE_CHILD_REPORT_MUTATION);
  const units = districtData?.districts?.find((d) => d.code === districtCode)?.units ?? [];
  return <SharedEditDialog report={report} units={units} save={(input) => update({ input })} saving={state.fetching} onClose={onClose} onSaved={onSaved} />;
}
