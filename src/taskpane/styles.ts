/** The task pane's few layout rules, narrow-first (Excel's default pane is about 320 px wide). */
export const TASKPANE_CSS = `
.app { font-family: 'Segoe UI', system-ui, sans-serif; font-size: 14px; min-width: 0; padding: 8px; box-sizing: border-box; }
.app .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; }
.app .status > * { margin: 6px 0; }
.app .sticky-top { position: sticky; top: 0; z-index: 1; background: #fff; }
.app .tabs-row { display: flex; align-items: center; min-width: 0; overflow: hidden; }
.app .tabs { flex-wrap: nowrap; min-width: 0; flex: 0 1 auto; }
.app .tabs .fui-Tab { white-space: nowrap; }
.app .tab-badge { margin-left: 4px; }
.app .more-tabs { min-width: 28px; flex: none; }
.app .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.app .status-counts li { padding: 1px 0; }
.app .status-counts .count-error { color: #a4262c; font-weight: 600; }
.app .verdict-mark { display: inline-block; padding: 0 6px; border-radius: 3px; }
/* The verdict whose list is shown: a frame, not a colour, so it reads without colour too. */
.app .verdicts button[aria-pressed="true"] { outline: 2px solid #0f6cbd; outline-offset: -2px; border-radius: 3px; }
.app .panel { display: flex; flex-direction: column; gap: 8px; padding: 8px 0; }
.app .filters, .app .row2 { display: flex; gap: 8px; flex-wrap: wrap; align-items: flex-end; }
.app .filters > *, .app .row2 > * { flex: 1 1 120px; min-width: 0; }
/* A select sizes itself to its longest option (a rule title), an input to 20 characters; in a 270 px pane both must shrink. */
.app .filters .fui-Input, .app .row2 .fui-Input, .app .row2 .fui-Input__input { min-width: 0; max-width: 100%; width: 100%; box-sizing: border-box; }
.app .filters .fui-Select, .app .filters select, .app .row2 .fui-Select, .app .row2 select { min-width: 0; max-width: 100%; width: 100%; }
.app h3.group { font-size: 14px; margin: 10px 0 4px; }
.app h4.subgroup { font-size: 13px; margin: 6px 0 2px; font-weight: 400; }
.app .finding { display: flex; gap: 4px; align-items: flex-start; border-bottom: 1px solid #edebe9; padding: 4px 0; }
.app .finding-go { flex: 1; text-align: left; background: none; border: none; padding: 2px; font: inherit; cursor: pointer; color: inherit; overflow-wrap: anywhere; }
.app .finding-go:hover { background: #f3f2f1; }
.app .finding-go:focus-visible { outline: 2px solid #0f6cbd; }
.app .rule { color: #605e5c; font-size: 12px; }
.app .fixall { margin: 2px 0; }
.app ul { list-style: none; padding: 0; margin: 0; }
.app .sheets > li { border: 1px solid #edebe9; border-radius: 4px; padding: 6px; margin-bottom: 6px; display: flex; flex-direction: column; gap: 2px; }
.app .reason { display: block; color: #605e5c; }
.app .cells li { padding: 2px 0; border-bottom: 1px solid #f3f2f1; overflow-wrap: anywhere; }
.app .formula { display: block; font-size: 12px; color: #0f6cbd; overflow-wrap: anywhere; }
.app .verdicts li, .app .legend li { padding: 2px 6px; margin: 2px 0; border-radius: 3px; }
.app .swatch { display: inline-block; padding: 0 6px; border: 1px solid #c8c6c4; font-size: 12px; }
.app fieldset { border: 1px solid #edebe9; border-radius: 4px; margin: 6px 0; padding: 6px; }
.app .colrow { margin-bottom: 4px; }
.app .buttons { display: flex; gap: 6px; flex-wrap: wrap; }
.app .undo { align-self: flex-start; }
`;
