import { Badge, Button, DataTable, formatDateTime, formatKronor, type DataTableColumn } from '@statsbidrag/ui';
import { useMemo, useState } from 'react';
import type { AllocationLineChange, AllocationSheetVersion } from '../graphql/allocation-sheet.graphql.js';
import { differenceText, districtText, statusTone } from '../sheet-format.js';

export interface SheetVersionsProps {
  versions: readonly AllocationSheetVersion[];
  /** The version shown above (null: the live proposal). */
  shownId: string | null;
  onShow: (id: string) => void;
}

const byWhom = (v: AllocationSheetVersion): string => {
  if (v.approvedBy) return `Godkänd av ${v.approvedBy} ${formatDateTime(v.approvedAt)}`;
  if (v.reviewedBy) return `Granskad av ${v.reviewedBy} ${formatDateTime(v.reviewedAt)}`;
  return `Sparad av ${v.createdBy ?? '–'} ${formatDateTime(v.createdAt)}`;
};

/** The month's saved versions, newest first, with what changed against the version before. */
export function SheetVersions({ versions, shownId, onShow }: SheetVersionsProps) {
  const [changesOf, setChangesOf] = useState<string | null>(null);
  const columns = useMemo<DataTableColumn<AllocationSheetVersion>[]>(
    () => [
      { id: 'version', label: 'Version', text: (v) => String(v.version ?? ''), sortValue: (v) => v.version ?? 0, isRowHeader: true, allowsSorting: true, cellTestId: 'version-number' },
      { id: 'status', label: 'Status', text: (v) => v.statusLabel, render: (v) => <Badge tone={statusTone(v.status)}>{v.statusLabel}</Badge>, allowsSorting: true, cellTestId: 'version-status' },
      { id: 'by', label: 'Av och när', text: byWhom, allowsSorting: true },
      { id: 'total', label: 'Totalt', text: (v) => formatKronor(v.total), sortValue: (v) => v.total, allowsSorting: true, align: 'end' },
      { id: 'note', label: 'Anteckning', text: (v) => v.note ?? '' },
      {
        id: 'actions',
        label: 'Åtgärder',
        text: () => '',
        render: (v) => (
          <span className="allocation__row-actions">
            {v.id !== shownId && (
              <Button variant="secondary" onPress={() => onShow(v.id!)} aria-label={`Visa version ${v.version}`}>
                Visa
              </Button>
            )}
            <Button variant="secondary" onPress={() => setChangesOf(changesOf === v.id ? null : v.id)} aria-label={`Ändringar i version ${v.version}`} aria-expanded={changesOf === v.id}>
              Ändringar
            </Button>
          </span>
        ),
      },
    ],
    [shownId, onShow, changesOf],
  );
  const chosen = versions.find((v) => v.id === changesOf) ?? null;
  if (versions.length === 0) return <p className="sb-muted">Inga versioner är sparade för månaden. Spara förslaget som utkast för att börja.</p>;
  return (
    <>
      <DataTable label="Versioner" columns={columns} rows={versions} getRowId={(v) => v.id!} rowTestId="version-row" />
      {chosen && <VersionChanges version={chosen.version ?? 0} changes={chosen.changes} />}
    </>
  );
}

/** What changed per line: of a version against the one before (`version`), or of the live proposal against the latest version (`title`). */
export function VersionChanges({ version, changes, title }: { version: number; changes: readonly AllocationLineChange[]; title?: string }) {
  const columns = useMemo<DataTableColumn<AllocationLineChange>[]>(
    () => [
      { id: 'code', label: 'Ersättningskod', text: (c) => c.compensationCode, isRowHeader: true, allowsSorting: true },
      { id: 'district', label: 'Stadsdel', text: (c) => districtText(c.district, c.kind), allowsSorting: true },
      { id: 'before', label: 'Före', text: (c) => formatKronor(c.before), sortValue: (c) => c.before, allowsSorting: true, align: 'end' },
      { id: 'after', label: 'Efter', text: (c) => formatKronor(c.after), sortValue: (c) => c.after, allowsSorting: true, align: 'end' },
      { id: 'difference', label: 'Skillnad', text: (c) => differenceText(c.difference), sortValue: (c) => c.difference, allowsSorting: true, align: 'end', cellTestId: 'change-difference' },
    ],
    [],
  );
  return (
    <div className="allocation__changes" data-testid="version-changes">
      <h3>{title ?? `Ändringar i version ${version}`}</h3>
      {changes.length === 0 ? (
        <p className="sb-muted">{version === 1 ? 'Första versionen: inget att jämföra med.' : 'Inga belopp ändrades mot versionen före.'}</p>
      ) : (
        <DataTable label={title ?? `Ändringar i version ${version}`} columns={columns} rows={changes} getRowId={(c) => `${c.compensationCode}-${c.kind}-${c.district?.code ?? ''}`} rowTestId="change-row" />
      )}
    </div>
  );
}
