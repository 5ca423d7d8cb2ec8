/**
 * .xlsx → WorkbookSnapshot through ExcelJS (issue #2). CONTRACT STUB: the xlsx helper replaces the body.
 */
import type { WorkbookSnapshot } from '../../core/snapshot';

/** Read a workbook file; throws ReadError with a one-line Vietnamese/English message when it cannot. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  throw new Error(`not implemented: ${path}`);
}
