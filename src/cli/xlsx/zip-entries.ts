/**
 * Read named entries of a zip through its central directory (sizes live
 * there when the writer streamed the data). Only for the few small parts
 * ExcelJS does not read (add-in settings); no ZIP64, stored or deflated only.
 */
import { inflateRawSync } from 'zlib';

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Entries whose name passes `wanted`, as UTF-8 text. Malformed zips give an empty map. */
export function readZipEntries(zip: Buffer, wanted: (name: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const eocd = zip.lastIndexOf(EOCD);
  if (eocd < 0 || eocd + 22 > zip.length) return out;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && p + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) break;
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nlen = zip.readUInt16LE(p + 28);
    const skip = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nlen);
    if (wanted(name) && local + 30 <= zip.length) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      try {
        if (method === 0) out.set(name, data.toString('utf8'));
        else if (method === 8) out.set(name, inflateRawSync(data).toString('utf8'));
      } catch {
        // an unreadable part is simply absent
      }
    }
    p += 46 + nlen + skip;
  }
  return out;
}
