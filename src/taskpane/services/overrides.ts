/**
 * Corrections of the recogniser as the mapping editor makes them: one sheet's
 * override merged into the workbook's stored overrides.
 */
import { Overrides, OverridesSchema, SheetOverride } from '../../core/layout';

export function overrideOf(overrides: Overrides | undefined, sheet: string): SheetOverride | undefined {
  return overrides?.sheets.find((s) => s.sheet === sheet);
}

/** Replace (or remove, when `next` is null or says nothing) one sheet's override; validated. */
export function withSheetOverride(overrides: Overrides | undefined, sheet: string, next: SheetOverride | null): Overrides | null {
  const others = (overrides?.sheets ?? []).filter((s) => s.sheet !== sheet);
  const meaningful =
    next && (next.kind !== undefined || next.header !== undefined || (next.columns?.length ?? 0) > 0 || (next.rows?.length ?? 0) > 0);
  const sheets = meaningful ? [...others, next] : others;
  return sheets.length === 0 ? null : OverridesSchema.parse({ version: 1, sheets });
}

/**
 * Include or exclude a sheet. Excluding forces kind "none". Including drops a
 * "none" the user forced earlier (back to the recogniser's reading), or forces
 * "indicators" when the recogniser itself said "none".
 */
export function withSheetIncluded(overrides: Overrides | undefined, sheet: string, include: boolean): Overrides | null {
  const current: SheetOverride = { ...(overrideOf(overrides, sheet) ?? { sheet }) };
  if (!include) current.kind = 'none';
  else if (current.kind === 'none') delete current.kind;
  else current.kind = 'indicators';
  return withSheetOverride(overrides, sheet, current);
}
