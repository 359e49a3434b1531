export { ClaimDetailsSection, changeText } from './components/claim-details-section.js';
export { ClaimDetailsDialog, detailsInputOf, initialValues, type ClaimDetailsDialogProps } from './components/claim-details-dialog.js';
export { ClaimDecisionsSection } from './components/claim-decisions-section.js';
