/**
 * The task pane: status and undo on top, one tab per job. Everything Excel
 * goes through the ExcelService it is given (real host or simulated).
 */
import { Button, FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExcelService } from '../../excel/service';
import type { Strings } from '../i18n';
import { useTaskpane } from '../use-taskpane';
import { CheckPanel } from './CheckPanel';
import { FillPanel } from './FillPanel';
import type { PanelProps } from './panel-props';
import { SheetsPanel } from './SheetsPanel';
import { StatusArea } from './StatusArea';
import { SummaryPanel } from './SummaryPanel';
import { TargetsPanel } from './TargetsPanel';

export type TabId = 'sheets' | 'check' | 'fill' | 'targets' | 'summary';
const TABS: TabId[] = ['sheets', 'check', 'fill', 'targets', 'summary'];
const PANELS: Record<TabId, (p: PanelProps) => JSX.Element> = {
  sheets: SheetsPanel,
  check: CheckPanel,
  fill: FillPanel,
  targets: TargetsPanel,
  summary: SummaryPanel,
};

export interface AppProps {
  service: ExcelService;
  t: Strings;
  today?: () => string;
}

const isoToday = () => new Date().toISOString().slice(0, 10);

export function App({ service, t, today = isoToday }: AppProps) {
  const [state, actions] = useTaskpane(service, t);
  const [tab, setTab] = useState<TabId>('sheets');
  const Panel = PANELS[tab];
  const busy = state.busy !== null;
  return (
    <FluentProvider theme={webLightTheme} lang={t.language} className="app">
      <header className="top">
        <strong>{t.appTitle}</strong>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => void actions.rescan()}>
          {t.rescan}
        </Button>
      </header>
      <StatusArea state={state} actions={actions} t={t} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.tabsLabel} size="small" className="tabs">
        {TABS.map((id) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <main role="tabpanel" aria-label={t.tabs[tab]}>
        {state.scan && <Panel scan={state.scan} actions={actions} service={service} t={t} busy={busy} today={today} />}
      </main>
    </FluentProvider>
  );
}
