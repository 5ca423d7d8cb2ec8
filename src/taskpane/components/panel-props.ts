import type { WorkbookStatus } from '../../core/status';
import type { ExcelService, ScanResult } from '../../excel/service';
import type { Strings } from '../i18n';
import type { TaskpaneActions } from '../use-taskpane';
import type { TabId } from './NavTabs';

/** What every screen gets: the last scan, the actions, the service (only through actions.run) and the strings. */
export interface PanelProps {
  scan: ScanResult;
  /** The core's tally of the scan (findings, verdicts, fillable cells per sheet). */
  status: WorkbookStatus;
  actions: TaskpaneActions;
  service: ExcelService;
  t: Strings;
  busy: boolean;
  /** Today as yyyy-mm-dd (the summary's title date). */
  today: () => string;
  /** Open another screen (the first screen's next step). */
  navigate: (tab: TabId) => void;
}
