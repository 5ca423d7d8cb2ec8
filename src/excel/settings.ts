/**
 * The add-in's per-workbook settings (the user's corrections of the
 * recogniser and rule settings), kept in the workbook's own settings store
 * (Excel.SettingCollection, saved with the file). Values are JSON strings,
 * validated with the core's zod schemas on load: a corrupt or foreign value is
 * dropped with a Vietnamese warning instead of breaking the scan.
 */
import { RuleSettings, RuleSettingsSchema } from '../core/findings';
import { Overrides, OverridesSchema } from '../core/layout';
import type { XlContext } from './api';

export const SETTING_KEYS = {
  overrides: 'phuluc.overrides',
  ruleSettings: 'phuluc.ruleSettings',
} as const;

export type SettingName = keyof typeof SETTING_KEYS;

export interface AddinSettings {
  overrides?: Overrides;
  ruleSettings?: RuleSettings;
}

export interface LoadedSettings extends AddinSettings {
  /** One Vietnamese line per value that was ignored. */
  warnings: string[];
}

const LABEL: Record<SettingName, string> = {
  overrides: 'các chỉnh sửa nhận dạng',
  ruleSettings: 'cài đặt quy tắc kiểm tra',
};

/** Validate raw stored values (JSON text or objects) → settings + warnings. Never throws. */
export function parseStoredSettings(raw: Partial<Record<SettingName, unknown>>): LoadedSettings {
  const out: LoadedSettings = { warnings: [] };
  for (const name of Object.keys(SETTING_KEYS) as SettingName[]) {
    const v = raw[name];
    if (v === undefined || v === null) continue;
    let parsed: unknown = v;
    if (typeof v === 'string') {
      try {
        parsed = JSON.parse(v);
      } catch {
        out.warnings.push(`Bỏ qua ${LABEL[name]} lưu trong bảng tính: dữ liệu hỏng (không phải JSON). / Ignored stored ${name}: not JSON.`);
        continue;
      }
    }
    const schema = name === 'overrides' ? OverridesSchema : RuleSettingsSchema;
    const r = schema.safeParse(parsed);
    if (!r.success) {
      const where = r.error.issues[0]?.path.join('.') || '(gốc)';
      out.warnings.push(`Bỏ qua ${LABEL[name]} lưu trong bảng tính: sai định dạng tại ${where}. / Ignored stored ${name}: invalid at ${where}.`);
      continue;
    }
    if (name === 'overrides') out.overrides = r.data as Overrides;
    else out.ruleSettings = r.data as RuleSettings;
  }
  return out;
}

/** Queue the reads of every setting; call `collect()` after the sync. No sync of its own. */
export function queueSettingsRead(context: XlContext): () => Partial<Record<SettingName, unknown>> {
  const items = (Object.keys(SETTING_KEYS) as SettingName[]).map((name) => ({ name, item: context.workbook.settings.getItemOrNullObject(SETTING_KEYS[name]).load('value') }));
  return () => {
    const raw: Partial<Record<SettingName, unknown>> = {};
    for (const { name, item } of items) if (!item.isNullObject) raw[name] = item.value;
    return raw;
  };
}

/** Queue the writes (validated first, so nothing invalid is ever stored); `null` removes a setting. */
export function queueSettingsWrite(context: XlContext, settings: { overrides?: Overrides | null; ruleSettings?: RuleSettings | null }): void {
  for (const name of Object.keys(SETTING_KEYS) as SettingName[]) {
    const v = settings[name];
    if (v === undefined) continue;
    const key = SETTING_KEYS[name];
    if (v === null) {
      // add() then delete(): deleting a missing setting would fail the whole batch.
      context.workbook.settings.add(key, '');
      context.workbook.settings.getItemOrNullObject(key).delete();
      continue;
    }
    const valid = name === 'overrides' ? OverridesSchema.parse(v) : RuleSettingsSchema.parse(v);
    context.workbook.settings.add(key, JSON.stringify(valid));
  }
}
