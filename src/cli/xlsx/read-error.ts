/**
 * Why a file could not be read, as one line: Vietnamese first, then English.
 * The batch checker (issue 10) prints `message` per file and carries on.
 */
export type ReadErrorCode = 'missing' | 'empty' | 'xls' | 'encrypted' | 'not-excel' | 'corrupt' | 'unreadable';

const MESSAGES: Record<ReadErrorCode, [string, string]> = {
  missing: ['Không tìm thấy tệp', 'file not found'],
  empty: ['Tệp rỗng (0 byte)', 'empty file (0 bytes)'],
  xls: ['Tệp Excel cũ (.xls) chưa được hỗ trợ, hãy lưu lại dưới dạng .xlsx', 'old Excel format (.xls); save it as .xlsx'],
  encrypted: ['Tệp được đặt mật khẩu (mã hoá), hãy gỡ mật khẩu rồi thử lại', 'password-protected (encrypted) workbook; remove the password and retry'],
  'not-excel': ['Không phải tệp Excel (.xlsx)', 'not an Excel (.xlsx) file'],
  corrupt: ['Tệp .xlsx bị hỏng, không đọc được', 'corrupt .xlsx file'],
  unreadable: ['Không đọc được tệp', 'cannot read the file'],
};

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;
  /** The underlying library/system error text, for logs; never part of `message`. */
  readonly detail?: string;

  constructor(code: ReadErrorCode, file: string, detail?: string) {
    const [vi, en] = MESSAGES[code];
    super(`${vi} / ${en}: ${file}`.replace(/[\r\n]+/g, ' '));
    this.name = 'ReadError';
    this.code = code;
    this.file = file;
    this.detail = detail;
  }
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Encrypted OOXML is an OLE2 compound file whose directory holds a stream named "EncryptionInfo" (UTF-16LE).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

function startsWith(buf: Buffer, magic: number[]): boolean {
  if (buf.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) return false;
  return true;
}

/** Classify a file's bytes before handing them to ExcelJS; null when it looks like an .xlsx zip. */
export function sniffWorkbookBytes(buf: Buffer, file: string): ReadError | null {
  if (buf.length === 0) return new ReadError('empty', file);
  if (startsWith(buf, OLE2_MAGIC)) {
    return buf.indexOf(ENCRYPTION_INFO) >= 0 ? new ReadError('encrypted', file) : new ReadError('xls', file);
  }
  if (!startsWith(buf, ZIP_MAGIC)) {
    // An empty zip starts with the end-of-central-directory record; still not a workbook.
    return new ReadError('not-excel', file);
  }
  // A zip always ends with its end-of-central-directory record; without it the file was cut short.
  if (buf.lastIndexOf(EOCD) < 0) return new ReadError('corrupt', file, 'truncated zip: no end of central directory');
  // A .docx/.pptx/.zip/.xlsb is a zip too; an .xlsx names its workbook part in its (local and central) headers.
  if (buf.indexOf('xl/workbook.xml') < 0) {
    return new ReadError('not-excel', file, buf.indexOf('xl/workbook.bin') >= 0 ? 'xlsb' : 'zip without xl/workbook.xml');
  }
  return null;
}
