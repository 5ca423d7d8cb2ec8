/** Layout of the preview page: the banner, the 320 px task pane, the workbook grid. */
export const PREVIEW_CSS = `
body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; }
.preview { display: flex; flex-direction: column; height: 100vh; }
.banner { background: #fff4ce; border-bottom: 2px solid #c19c00; padding: 6px 10px; font-size: 13px; }
.banner .controls { display: inline-block; margin-left: 12px; }
.preview-error { background: #fde7e9; color: #a4262c; padding: 6px 10px; }
.preview-loading { padding: 6px 10px; }
.split { display: flex; flex: 1; min-height: 0; }
.pane { width: 320px; flex: 0 0 320px; box-sizing: border-box; border-right: 1px solid #c8c6c4; overflow: auto; }
.sheet-area { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.workbook { display: flex; flex-direction: column; height: 100%; }
.formula-bar { border-bottom: 1px solid #c8c6c4; padding: 4px 6px; font-family: Consolas, monospace; font-size: 12px; min-height: 18px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.formula-bar .namebox { display: inline-block; min-width: 60px; border-right: 1px solid #c8c6c4; margin-right: 6px; }
.grid-scroll { flex: 1; overflow: auto; }
table.grid { border-collapse: collapse; font-size: 12px; font-family: 'Times New Roman', serif; }
table.grid th { background: #f3f2f1; color: #605e5c; font-weight: 400; border: 1px solid #d2d0ce; padding: 0 4px; position: sticky; top: 0; }
table.grid tbody th { position: sticky; left: 0; }
table.grid td { border: 1px solid #e1dfdd; padding: 1px 4px; max-width: 260px; min-width: 40px; vertical-align: top; white-space: pre-wrap; cursor: cell; }
table.grid td.num { text-align: right; }
table.grid td.f { font-family: Consolas, monospace; font-size: 11px; }
table.grid td.sel { outline: 2px solid #107c10; outline-offset: -2px; }
.sheet-tabs { border-top: 1px solid #c8c6c4; display: flex; gap: 2px; padding: 2px 6px; background: #f3f2f1; }
.sheet-tabs button { border: 1px solid #c8c6c4; background: #fff; padding: 2px 10px; font: inherit; font-size: 12px; cursor: pointer; }
.sheet-tabs button.active { border-bottom: 3px solid #107c10; font-weight: 600; }
`;
