/**
 * The task pane: title and rescan, one row of tabs (the first is the status
 * screen), then one fixed place for progress, errors and confirmations, then
 * the screen. Everything Excel goes through the ExcelService it is given
 * (real host or simulated).
 */
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { planFill } from '../../core/fill';
import { workbookStatus } from '../../core/status';
import type { ExcelService } from '../../excel/service';
import type { Strings } from '../i18n';
import { useTaskpane } from '../use-taskpane';
import { CheckPanel } from './CheckPanel';
import { FillPanel } from './FillPanel';
import { NavTabs, TabId } from './NavTabs';
import type { PanelProps } from './panel-props';
import { SheetsPanel } from './SheetsPanel';
import { StatusArea } from './StatusArea';
import { StatusPanel } from './StatusPanel';
import { SummaryPanel } from './SummaryPanel';
import { TargetsPanel } from './TargetsPanel';

export type { TabId } from './NavTabs';
const PANELS: Record<TabId, (p: PanelProps) => JSX.Element> = {
  status: StatusPanel,
  check: CheckPanel,
  targets: TargetsPanel,
  fill: FillPanel,
  summary: SummaryPanel,
  sheets: SheetsPanel,
};

export interface AppProps {
  service: ExcelService;
  t: Strings;
  today?: () => string;
}

const isoToday = () => new Date().toISOString().slice(0, 10);

export function App({ service, t, today = isoToday }: AppProps) {
  const [state, actions] = useTaskpane(service, t);
  const [tab, setTab] = useState<TabId>('status');
  const scan = state.scan;
  const status = useMemo(
    () =>
      scan &&
      workbookStatus({
        sheets: scan.check.layout.sheets,
        findings: scan.check.findings,
        evaluations: scan.check.evaluations,
        fillable: planFill(scan.snapshot, scan.check.layout).preview.fill,
      }),
    [scan],
  );
  const Panel = PANELS[tab];
  const busy = state.busy !== null;
  const badges = status
    ? {
        check: { count: status.total.findings.error, label: t.tabBadge.check(status.total.findings.error) },
        targets: { count: status.total.verdicts.missed, label: t.tabBadge.targets(status.total.verdicts.missed) },
        fill: { count: status.total.fillable, label: t.tabBadge.fill(status.total.fillable) },
      }
    : {};
  return (
    <FluentProvider theme={webLightTheme} lang={t.language} className="app">
      <header className="top">
        <strong>{t.appTitle}</strong>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => void actions.rescan()}>
          {t.rescan}
        </Button>
      </header>
      {/* Tabs and notices stay in view while a long screen scrolls: a confirmation is never off-screen. */}
      <div className="sticky-top">
        <NavTabs selected={tab} onSelect={setTab} badges={badges} t={t} />
        <StatusArea state={state} actions={actions} t={t} />
      </div>
      <main role="tabpanel" id="panel" aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {scan && status && (
          <Panel scan={scan} status={status} actions={actions} service={service} t={t} busy={busy} today={today} navigate={setTab} />
        )}
      </main>
    </FluentProvider>
  );
}
