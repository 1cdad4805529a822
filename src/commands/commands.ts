/**
 * Ribbon function file. The 预算校验 button only shows the task pane (ShowTaskpane), so no
 * function commands are registered; Office still requires the file to load and call onReady.
 */
Office.onReady(() => undefined);
