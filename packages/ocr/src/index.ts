export { ROSE_LIST_FIELDS, checkCellText, normaliseHeader, type FieldKind, type ScanField, type CheckedText } from './fields.js';
export { readScannedList, type ReadOptions, type ScannedCell, type ScannedList, type ScannedRow } from './read-scanned-list.js';
export { ScanError, SCAN_MESSAGES, type ScanErrorReason } from './scan-error.js';
export { closeOcr } from './ocr-engine.js';
export { detectFormat, MAX_BYTES, MAX_PAGES, type ScanFormat } from './page-images.js';
