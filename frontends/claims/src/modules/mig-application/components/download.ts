export { base64ToBytes, saveBytes as downloadBytes } from '@statsbidrag/ui';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
