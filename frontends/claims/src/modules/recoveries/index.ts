export { RecoveriesPage, type RecoveriesPageProps } from './components/recoveries-page.js';
export { NewRecoveryPage, type NewRecoveryPageProps } from './components/new-recovery-page.js';
export { RecoveryPage, type RecoveryPageProps } from './components/recovery-page.js';
export { RECOVERIES_PATH, NEW_RECOVERY_PATH, RECOVERY_MANAGER_ROLES, recoveryPath } from './recovery-rules.js';
