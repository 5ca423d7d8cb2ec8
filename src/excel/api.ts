/**
 * The exact slice of the Excel JavaScript API the adapter uses, as structural
 * types. Office.js's own `Excel.RequestContext` satisfies them (checked at
 * compile time in ./api-check.ts), and so does the SIMULATED host in ./sim:
 * whatever the adapter calls, the simulation must implement, no more.
 * Minimum requirement set: ExcelApi 1.9; members of newer sets are marked and
 * only reached after `isSetSupported` says yes.
 */

/** Office.js overloads `load` (names, paths, options objects); the adapter passes comma-separated names. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LoadArg = any;

export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<void>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  readonly settings: XlSettingCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(props: LoadArg): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  readonly id: string;
  name: string;
  position: number;
  readonly protection: { readonly protected: boolean };
  load(props: LoadArg): XlWorksheet;
  getRange(address?: string): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  readonly freezePanes: {
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    freezeAt(frozenRange: XlRange | string): void;
    unfreeze(): void;
  };
  readonly tables: { add(address: XlRange | string, hasHeaders: boolean): XlTable };
  readonly charts: { add(type: 'ColumnStacked' | 'ColumnClustered' | 'BarStacked', sourceData: XlRange, seriesBy?: 'Auto'): XlChart };
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.18. */
  readonly notes: {
    add(cellAddress: XlRange | string, content: string): unknown;
    getItem(key: string): { delete(): void };
    getItemOrNullObject(key: string): XlNote;
  };
  /** ExcelApi 1.10 (fallback for notes). A string address must name the sheet too ("Sheet1!A1"); pass a Range. */
  readonly comments: { add(cellAddress: XlRange | string, content: string): unknown; getItemByCell(cellAddress: XlRange | string): { delete(): void } };
}

export interface XlNote {
  readonly isNullObject: boolean;
  readonly content: string;
  load(props: LoadArg): XlNote;
  delete(): void;
}

export interface XlTable {
  name: string;
  style: string;
}

export interface XlChart {
  readonly title: { text: string };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

export interface XlPageLayout {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: XlRange | string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
  setPrintArea(printArea: string): void;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  readonly headersFooters: { readonly defaultForAllPages: { centerFooter: string } };
}

export interface XlCellProperties {
  format?: { font?: { bold?: boolean; italic?: boolean; color?: string }; fill?: { color?: string } };
}

export interface XlRowProperties {
  rowIndex?: number;
  rowHidden?: boolean;
}

export interface XlColumnProperties {
  columnIndex?: number;
  columnHidden?: boolean;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any -- Office.js's own type
  formulas: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  numberFormat: any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly valueTypes: ('Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue')[][];
  load(props: LoadArg): XlRange;
  getCellProperties(options: { format: { font: { bold: true; italic: true; color: true }; fill: { color: true } } }): XlClientResult<XlCellProperties[][]>;
  getRowProperties(options: { rowHidden: true; rowIndex: true }): XlClientResult<XlRowProperties[]>;
  getColumnProperties(options: { columnHidden: true; columnIndex: true }): XlClientResult<XlColumnProperties[]>;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  load(props: LoadArg): XlRangeAreas;
}

export type XlBorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface XlRangeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly fill: { color: string; clear(): void };
  wrapText: boolean;
  horizontalAlignment: 'General' | 'Left' | 'Center' | 'Right' | 'Fill' | 'Justify' | 'CenterAcrossSelection' | 'Distributed';
  verticalAlignment: 'Top' | 'Center' | 'Bottom' | 'Justify' | 'Distributed';
  columnWidth: number;
  rowHeight: number;
  readonly borders: { getItem(index: XlBorderIndex): { style: string } };
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  load(props: LoadArg): XlConditionalFormatCollection;
  getCount(): XlClientResult<number>;
  getItem(id: string): XlConditionalFormat;
  getItemAt(index: number): XlConditionalFormat;
  add(type: 'Custom'): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly id: string;
  readonly type: string;
  /** ExcelApi 1.6: the rule's place in the sheet's order (0 = top, applied first). */
  priority: number;
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
  /** Read side: null for rules that are not custom formulas (loading `custom` on those would fail the batch). */
  readonly customOrNullObject: {
    readonly isNullObject: boolean;
    readonly rule: { readonly formula: string };
    readonly format: { readonly fill: { readonly color: string }; readonly font: { readonly color: string } };
  };
  load(props: LoadArg): XlConditionalFormat;
  /** ExcelApi 1.9: all areas the rule applies to. */
  getRanges(): XlRangeAreas;
  delete(): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(props: LoadArg): XlNamedItemCollection;
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly formula: string;
  load(props: LoadArg): XlNamedItem;
  delete(): void;
}

export interface XlSettingCollection {
  add(key: string, value: string | number | boolean | Date | Array<unknown> | unknown): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting {
  readonly isNullObject: boolean;
  readonly key: string;
  value: unknown;
  load(props: LoadArg): XlSetting;
  delete(): void;
}

/** How the adapter reaches a host: the real Office.js one or the SIMULATION. */
export interface XlHost {
  /** One Excel.run: a fresh context; `mergeUndoGroup` only when ExcelApi 1.20 is there. */
  run<T>(batch: (context: XlContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** Bytes the adapter may put in one sync: under 5 MB on Excel on the web, much more on desktop. */
  readonly payloadBudget: number;
  /** Label for messages and the UI ("Excel" or "SIMULATION"). */
  readonly label: string;
}
