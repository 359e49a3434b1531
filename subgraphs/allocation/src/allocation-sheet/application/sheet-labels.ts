import type { LineKind } from '../domain/allocation-sheet.js';
import type { SheetStatus } from './sheet-versions.js';

export const LINE_KIND_LABELS: Record<LineKind, string> = { DISTRICT: 'Stadsdel', AMF_REVENUE: 'AmF:s intäkt', UNALLOCATED: 'Ej fördelade medel' };
export const STATUS_LABELS: Record<SheetStatus | 'PROPOSAL', string> = { PROPOSAL: 'Förslag', DRAFT: 'Utkast', REVIEWED: 'Granskad', APPROVED: 'Godkänd (låst)' };
