import { invalidField } from '../../errors';

// Windows refuses these names whatever the extension, and a workspace may live on a Windows disk.
const RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]/;

/**
 * Refuses an attachment name that is not a plain file name: folders, "..", control or
 * reserved characters, hidden files, names Windows cannot store. The name is shown in documents
 * and becomes part of the stored file's name, so it is refused rather than silently changed.
 */
export function assertAttachmentName(name: string): void {
  const refuse = (code: string, message: string) => {
    throw invalidField('fileName', code, `"${name}" ${message}`);
  };
  if (name === '' || name.trim() !== name) refuse('invalid_name', 'must not be empty or start or end with spaces');
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) refuse('invalid_name', `contains ${JSON.stringify(forbidden[0])}: give a plain file name, without folders or special characters`);
  if (name.startsWith('.')) refuse('invalid_name', 'starts with a dot: give the file a visible name');
  if (name.endsWith('.')) refuse('invalid_name', 'ends with a dot');
  if (RESERVED.test(name)) refuse('invalid_name', 'is a name Windows reserves for devices');
}

/** File names are limited to 255 bytes on common file systems: the hash and a dash leave room for this much of the name. */
const MAX_NAME_BYTES = 180;

/**
 * The stored file's name: content hash, a dash and the user's name, which keeps the folder
 * readable. A long name is shortened (keeping its extension) to fit the file system.
 */
export function storedAttachmentName(sha256: string, name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return `${sha256}-${name}`;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : '';
  let stem = '';
  for (const char of name.slice(0, name.length - extension.length)) {
    if (Buffer.byteLength(stem + char + extension) > MAX_NAME_BYTES) break;
    stem += char;
  }
  return `${sha256}-${stem}${extension}`;
}
