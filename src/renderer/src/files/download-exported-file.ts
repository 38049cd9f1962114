import type { ExportedFile } from '@shared/api/exported-file-schemas';

/** The backend sends a file as base64; the browser wants its bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the backend produced through the browser's own download: a Blob, an object
 * URL and a temporary <a download>. Works in the browser host as is; Electron hands the
 * download to its session's 'will-download' (a save dialog unless the host sets a path).
 */
export function downloadExportedFile(file: ExportedFile, document: Document = window.document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
