/**
 * Can a plan be applied whole to this workbook? Both adapters ask before they
 * write anything (src/excel/apply.ts, src/cli/xlsx/apply-plan.ts), so a plan
 * that would write into a protected sheet, a sheet that is gone, clash with an
 * existing sheet name or delete a sheet the add-in did not make is refused
 * whole, with the same sentence in the task pane and on the command line.
 *
 * The refusal is plain data: each adapter wraps it in its own error type and
 * adds what only it can say (the Excel adapter: "the workbook was not changed";
 * the CLI: "no file was written").
 */
import type { EditPlan } from './plan';
import type { SheetSnapshot } from './snapshot';

export type PlanRefusalCode = 'protected' | 'missing-sheet' | 'not-addin-sheet' | 'sheet-exists' | 'rule-formula-too-long';

/**
 * Longest formula a conditional-format rule may hold. Microsoft's reference is silent on it;
 * Excel's own rule dialog refuses longer formulas, so both adapters take that stricter bound
 * (a plan above it is refused whole, before anything is written).
 */
export const MAX_RULE_FORMULA = 255;

export interface PlanRefusal {
  code: PlanRefusalCode;
  sheet: string;
  /** The marker a deleteSheet asked for (not-addin-sheet only). */
  marker?: string;
  /** Position in plan.ops of the refused op (-1 when made without a plan). */
  opIndex: number;
  /** One sentence each: what is wrong and what to do. */
  message: { vi: string; en: string };
}

/** What the check needs of a sheet: a WorkbookSnapshot's sheets fit, so does a file's sheet list. */
export type PlanCheckSheet = Pick<SheetSnapshot, 'name' | 'protected' | 'addinMarker'>;

const MESSAGES: Record<PlanRefusalCode, (sheet: string, marker: string) => { vi: string; en: string }> = {
  protected: (s) => ({
    vi: `Trang tính "${s}" đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
    en: `Sheet "${s}" is protected. Unprotect it (Review → Unprotect Sheet) and try again.`,
  }),
  'missing-sheet': (s) => ({
    vi: `Không tìm thấy trang tính "${s}" (có thể đã bị đổi tên hoặc xóa).`,
    en: `Sheet "${s}" was not found (renamed or deleted?).`,
  }),
  'not-addin-sheet': (s, m) => ({
    vi: `Không xóa trang tính "${s}": đây không phải trang do Phụ lục tạo (thiếu dấu "${m}").`,
    en: `Refusing to delete sheet "${s}": the add-in did not make it (no "${m}" marker).`,
  }),
  'rule-formula-too-long': (s) => ({
    vi: `Không tô màu được trên trang tính "${s}": công thức định dạng có điều kiện dài quá ${MAX_RULE_FORMULA} ký tự (giới hạn của Excel). Hãy báo lỗi này cho người phát triển Phụ lục.`,
    en: `Cannot highlight sheet "${s}": a conditional-format formula is longer than ${MAX_RULE_FORMULA} characters (Excel's limit). Please report this to the Phụ lục developers.`,
  }),
  'sheet-exists': (s) => ({
    vi: `Đã có trang tính tên "${s}". Hãy đổi tên trang đó rồi thử lại.`,
    en: `A sheet named "${s}" already exists. Rename it and try again.`,
  }),
};

export function planRefusal(code: PlanRefusalCode, sheet: string, marker?: string, opIndex = -1): PlanRefusal {
  const r: PlanRefusal = { code, sheet, opIndex, message: MESSAGES[code](sheet, marker ?? '') };
  if (marker !== undefined) r.marker = marker;
  return r;
}

/** The first reason the plan cannot be applied whole to `workbook`, or null when it can. Sheet names compare case-insensitively, as Excel does. */
export function checkPlan(plan: EditPlan, workbook: { sheets: readonly PlanCheckSheet[] }): PlanRefusal | null {
  const sheets = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), { protected: s.protected, marker: s.addinMarker }]));
  for (const [index, op] of plan.ops.entries()) {
    if (op.op === 'addSheet') {
      if (sheets.has(op.name.toLowerCase())) return planRefusal('sheet-exists', op.name, undefined, index);
      sheets.set(op.name.toLowerCase(), { protected: false, marker: op.marker });
      continue;
    }
    const s = sheets.get(op.sheet.toLowerCase());
    if (!s) return planRefusal('missing-sheet', op.sheet, undefined, index);
    if (op.op === 'deleteSheet') {
      if (s.marker !== op.marker) return planRefusal('not-addin-sheet', op.sheet, op.marker, index);
      sheets.delete(op.sheet.toLowerCase());
      continue;
    }
    if (s.protected) return planRefusal('protected', op.sheet, undefined, index);
    if (op.op === 'addConditionalFormat' && op.formula.length > MAX_RULE_FORMULA) return planRefusal('rule-formula-too-long', op.sheet, undefined, index);
  }
  return null;
}
