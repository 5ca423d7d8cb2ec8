/**
 * The ribbon's function file (manifest FunctionFile → commands.html). The only
 * ribbon control, "Kiểm tra phụ lục" on the Home tab, is a ShowTaskpane action
 * that Office carries out itself, so there are no ExecuteFunction handlers to
 * register; the manifest schema still requires a function file, and Office
 * waits for it to initialise Office.js.
 */
Office.onReady(() => undefined);
