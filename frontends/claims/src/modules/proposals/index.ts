export { ClaimProposalsPage, type ClaimProposalsPageProps } from './components/claim-proposals-page.js';
export { ProposeClaimForm, checkProposal } from './components/propose-claim-form.js';
export { ImportProposals } from './components/import-proposals.js';
export * from './excel/proposal-excel.js';
