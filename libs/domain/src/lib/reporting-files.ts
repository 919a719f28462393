/**
 * Evidence files: only documents a reader can open safely, recognised by their first bytes as well as by
 * the type the uploader declares, so a script renamed report.pdf is refused.
 */
import { REPORTING_LIMITS } from './reporting';

export interface EvidenceFileType {
  contentType: string;
  extensions: readonly string[];
  /** Whether the first bytes are of this type. */
  matches(head: Uint8Array): boolean;
}

const startsWith =
  (...signature: number[]) =>
  (head: Uint8Array) =>
    signature.every((byte, i) => head[i] === byte);
const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);

/** Text files: valid UTF-8 without NUL or other control characters than tab and line ends. */
function isPlainText(head: Uint8Array): boolean {
  if (head.some((byte) => byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d))) {
    return false;
  }
  try {
    // The head may end in the middle of a character: decode without its last three bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    return true;
  } catch {
    return false;
  }
}

export const EVIDENCE_FILE_TYPES: readonly EvidenceFileType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], matches: startsWith(0x25, 0x50, 0x44, 0x46, 0x2d) },
  {
    contentType: 'image/png',
    extensions: ['png'],
    matches: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: startsWith(0xff, 0xd8, 0xff) },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: ZIP,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: ZIP,
  },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], matches: ZIP },
  { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], matches: ZIP },
  { contentType: 'text/csv', extensions: ['csv'], matches: isPlainText },
  { contentType: 'text/plain', extensions: ['txt'], matches: isPlainText },
];

export interface EvidenceFileProblem {
  /** `fileName`, `contentType` or `file`. */
  field: string;
  message: string;
}

/** File names as stored: no folders, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
}

/**
 * What is wrong with an upload: a name with an extension of an accepted type, the declared type matching
 * it, a size within bounds, and first bytes of that type. Null when it may be kept.
 */
export function evidenceFileProblem(
  fileName: string,
  contentType: string,
  size: number,
  head: Uint8Array,
): EvidenceFileProblem | null {
  const name = cleanFileName(fileName);
  if (!name || name.length > REPORTING_LIMITS.fileNameMaxLength) {
    return {
      field: 'fileName',
      message: `must be a file name of at most ${REPORTING_LIMITS.fileNameMaxLength} characters`,
    };
  }
  const declared = contentType.split(';')[0].trim().toLowerCase();
  const type = EVIDENCE_FILE_TYPES.find((candidate) => candidate.contentType === declared);
  if (!type) {
    return {
      field: 'contentType',
      message: 'must be PDF, PNG, JPEG, Word, Excel, OpenDocument, CSV or plain text',
    };
  }
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  if (!type.extensions.includes(extension)) {
    return { field: 'fileName', message: `must end in .${type.extensions.join(' or .')} for ${declared}` };
  }
  if (size === 0) return { field: 'file', message: 'must not be empty' };
  if (size > REPORTING_LIMITS.fileMaxBytes) {
    return { field: 'file', message: `must be at most ${REPORTING_LIMITS.fileMaxBytes / (1024 * 1024)} MB` };
  }
  if (!type.matches(head)) return { field: 'file', message: `is not a ${declared} file` };
  return null;
}
