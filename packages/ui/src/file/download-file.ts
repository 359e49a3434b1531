/** Lets the browser save a blob as `fileName` (a temporary object URL and a clicked, hidden link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Lets the browser save bytes as `fileName` with the given media type. */
export function saveBytes(bytes: Uint8Array | ArrayBuffer, fileName: string, mediaType: string): void {
  saveBlob(new Blob([bytes as BlobPart], { type: mediaType }), fileName);
}

/** The bytes of a base64 string (a file that came through GraphQL). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
