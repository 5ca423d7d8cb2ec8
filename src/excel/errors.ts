/**
 * What the task pane shows when an action cannot run: a Vietnamese sentence
 * first (with the English one beside it), and whether the workbook is as it
 * was (it always should be: the adapter checks before writing and rolls back
 * a batch that failed half-way).
 */
import type { PlanRefusal, PlanRefusalCode } from '../core/plan-check';

export type ExcelActionErrorCode =
  | PlanRefusalCode
  | 'edit-mode'
  | 'payload'
  | 'api'
  | 'nothing-to-undo';

export class ExcelActionError extends Error {
  constructor(
    readonly code: ExcelActionErrorCode,
    message: string,
    readonly messageEn: string,
    /** True when the workbook is unchanged (nothing was written, or what was written has been restored). */
    readonly workbookUnchanged: boolean = true,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ExcelActionError';
  }
}

const UNCHANGED = 'Bảng tính chưa bị thay đổi.';

/** A refusal of the core's plan check (src/core/plan-check.ts), as the task pane shows it. */
export function fromRefusal(r: PlanRefusal): ExcelActionError {
  const rescan = r.code === 'missing-sheet';
  return new ExcelActionError(
    r.code,
    `${r.message.vi}${rescan ? ' Hãy quét lại rồi thử lại.' : ''} ${UNCHANGED}`,
    `${r.message.en}${rescan ? ' Scan again and retry.' : ''} The workbook was not changed.`,
  );
}

export function editMode(cause: unknown): ExcelActionError {
  return new ExcelActionError(
    'edit-mode',
    `Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi thử lại. ${UNCHANGED}`,
    'Excel is in cell-edit mode. Press Enter or Esc and try again. The workbook was not changed.',
    true,
    cause,
  );
}

export function nothingToUndo(): ExcelActionError {
  return new ExcelActionError('nothing-to-undo', 'Không có thao tác nào để hoàn tác.', 'Nothing to undo.');
}

/** Any other failure from Excel, after the adapter restored what it had written. */
export function apiFailure(cause: unknown, restored: boolean): ExcelActionError {
  const code = (cause as { code?: string } | null)?.code ?? 'Error';
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ExcelActionError(
    'api',
    restored
      ? `Excel báo lỗi (${code}) khi ghi; các thay đổi đã được khôi phục như trước. Chi tiết: ${detail}`
      : `Excel báo lỗi (${code}); bảng tính có thể đã thay đổi một phần, hãy dùng Hoàn tác (Ctrl+Z). Chi tiết: ${detail}`,
    restored ? `Excel reported ${code} while writing; the changes were rolled back. ${detail}` : `Excel reported ${code}; the workbook may be partly changed, use Undo. ${detail}`,
    restored,
    cause,
  );
}

export function isEditModeError(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'InvalidOperationInCellEditMode';
}

/** An API that cannot be grouped was called inside Excel.run({ mergeUndoGroup: true }) ("Undo support for Excel add-ins"). */
export function isUndoNotSupported(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'UndoNotSupported';
}

/** Shown after an action Excel could not group into one undo step (a sheet was deleted, or Excel refused the group). */
export const UNGROUPED_WARNING =
  'Excel không gộp được thao tác này thành một bước Ctrl+Z (thao tác có xóa hoặc tạo lại trang tính). Để hoàn tác, hãy dùng nút "Hoàn tác" của Phụ lục thay vì Ctrl+Z.';
