/** Production entry: wait for Office, then run the task pane on the real Excel host. */
import { createRoot } from 'react-dom/client';
import { ExcelService } from '../excel/service';
import { App } from './components/App';
import { stringsFor } from './i18n';
import { connectToExcel } from './services/office';
import { TASKPANE_CSS } from './styles';

function mount(node: JSX.Element): void {
  const style = document.createElement('style');
  style.textContent = TASKPANE_CSS;
  document.head.appendChild(style);
  createRoot(document.getElementById('root')!).render(node);
}

connectToExcel().then(
  ({ host, language }) => mount(<App service={new ExcelService(host)} t={stringsFor(language)} />),
  (e: unknown) => {
    const root = document.getElementById('root')!;
    root.textContent = e instanceof Error ? e.message : String(e);
  },
);
