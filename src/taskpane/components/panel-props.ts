import type { ExcelService, ScanResult } from '../../excel/service';
import type { Strings } from '../i18n';
import type { TaskpaneActions } from '../use-taskpane';

/** What every screen gets: the last scan, the actions, the service (only through actions.run) and the strings. */
export interface PanelProps {
  scan: ScanResult;
  actions: TaskpaneActions;
  service: ExcelService;
  t: Strings;
  busy: boolean;
  /** Today as yyyy-mm-dd (the summary's title date). */
  today: () => string;
}
