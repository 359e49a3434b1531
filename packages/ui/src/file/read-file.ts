/** A file's content as base64 (without the `data:…;base64,` prefix), read in the browser. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunde inte läsas.'));
    reader.readAsDataURL(file);
  });
}

/** A file size in Swedish: 1536 → "1,5 kB", 12_345_678 → "11,8 MB". */
export function formatFileSize(bytes: number): string {
  const units = ['byte', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
