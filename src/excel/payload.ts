/**
 * Payload budgeting. Excel on the web refuses a request or response above
 * 5 MB; the adapter keeps each sync under a budget with headroom, and when an
 * estimate was wrong anyway it splits the work and retries (reads only, or
 * writes that the host rejected before running any of them).
 */
export const DEFAULT_BUDGET = 4 * 1024 * 1024;
/** Desktop Excel has no 5 MB cap; this only keeps one sync's memory reasonable. */
export const DESKTOP_BUDGET = 64 * 1024 * 1024;

/** Estimated response bytes per cell of a full read: values, formulas, number format, value type, font/fill properties. */
export const READ_BYTES_PER_CELL = 170;
export const READ_BYTES_PER_ROW = 40;

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || /payload size/i.test(String((e as Error)?.message ?? ''));
}

/** UTF-8 size of a JSON-able value, as it would cross the wire. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
