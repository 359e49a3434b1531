export { PaymentsPage, formatMonth, type PaymentsPageProps } from './components/payments-page.js';
