/**
 * Which optional Excel API sets the host has, asked once per action. The
 * manifest requires ExcelApi 1.9; everything newer is feature-detected here.
 */
import type { XlHost } from './api';

export const MIN_EXCEL_API = '1.9';

export interface Features {
  /** 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** 1.18: Worksheet.notes. */
  notes: boolean;
  /** 1.10: Worksheet.comments (fallback for notes). */
  comments: boolean;
  /** 1.20: Excel.run({ mergeUndoGroup }) so one Ctrl+Z undoes one add-in action. */
  mergeUndoGroup: boolean;
}

export function detectFeatures(host: Pick<XlHost, 'isSetSupported'>): Features {
  return {
    mergedAreas: host.isSetSupported('ExcelApi', '1.13'),
    notes: host.isSetSupported('ExcelApi', '1.18'),
    comments: host.isSetSupported('ExcelApi', '1.10'),
    mergeUndoGroup: host.isSetSupported('ExcelApi', '1.20'),
  };
}

export const ALL_FEATURES: Features = { mergedAreas: true, notes: true, comments: true, mergeUndoGroup: true };
