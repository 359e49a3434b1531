export { DecisionsPage, type DecisionsPageProps } from './components/decisions-page.js';
export { NewDecisionPage, type NewDecisionPageProps } from './components/new-decision-page.js';
export { DecisionPage, type DecisionPageProps } from './components/decision-page.js';
export { PaymentAmount } from './components/payment-amount.js';
export { OUTCOME_LABELS, decisionPath, finalityText } from './decision-labels.js';
