/**
 * `npm run preview`: the production task pane running against the SIMULATED
 * Excel host, beside an HTML rendering of the workbook. Starts from a bundled
 * sample (converted by the preview server's Node reader) or a dropped .xlsx.
 * Talks to nothing but the preview server on localhost.
 */
import { createRoot } from 'react-dom/client';
import { useEffect, useMemo, useState } from 'react';
import { checkWorkbook } from '../core/pipeline';
import type { WorkbookSnapshot } from '../core/snapshot';
import { ExcelService } from '../excel/service';
import { App } from '../taskpane/components/App';
import { languageOf, stringsFor } from '../taskpane/i18n';
import { TASKPANE_CSS } from '../taskpane/styles';
import { Grid } from './Grid';
import { NotifyingSimHost } from './notifying-host';
import { PREVIEW_CSS } from './styles';

const params = new URLSearchParams(location.search);
const t = stringsFor(languageOf(params.get('lang')));
const EN = t.language === 'en';

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const r = await fetch(url, init);
  const body = await r.json();
  if (!r.ok) throw new Error(body?.error ?? `HTTP ${r.status}`);
  return body as T;
}

interface Loaded {
  host: NotifyingSimHost;
  service: ExcelService;
  label: string;
}

function load(snapshot: WorkbookSnapshot, label: string): Loaded {
  const host = new NotifyingSimHost(snapshot);
  return { host, service: new ExcelService(host), label };
}

function Preview() {
  const [samples, setSamples] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const openSample = async (name: string) => {
    setLoading(true);
    setError(null);
    try {
      setLoaded(load(await fetchJson<WorkbookSnapshot>(`/api/sample/${encodeURIComponent(name)}`), name));
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    } finally {
      setLoading(false);
    }
  };

  const openFile = async (file: File) => {
    setLoading(true);
    setError(null);
    try {
      const snapshot = await fetchJson<WorkbookSnapshot>(`/api/convert?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        body: await file.arrayBuffer(),
      });
      setLoaded(load(snapshot, file.name));
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void fetchJson<{ samples: string[]; default: string }>('/api/samples').then(
      (s) => {
        setSamples(s.samples);
        void openSample(params.get('sample') ?? s.default);
      },
      (e) => {
        setError(String(e));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => (loaded ? loaded.host.subscribe(() => setVersion((v) => v + 1)) : undefined), [loaded]);

  // The verdicts behind the highlight colours, recomputed after every change.
  const evaluations = useMemo(() => (loaded ? checkWorkbook(loaded.host.exportSnapshot()).evaluations : []), [loaded, version]);

  return (
    <div
      className="preview"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const f = e.dataTransfer.files[0];
        if (f) void openFile(f);
      }}
    >
      <div className="banner" role="banner" data-testid="banner">
        <strong>MÔ PHỎNG / SIMULATION</strong> —{' '}
        {EN
          ? 'this is not Excel: the add-in runs against a simulated workbook in your browser; formulas are not recalculated.'
          : 'đây không phải Excel: add-in chạy trên bảng tính mô phỏng trong trình duyệt; công thức không được tính lại.'}
        <span className="controls">
          <label>
            {EN ? 'Sample' : 'Tệp mẫu'}{' '}
            <select
              aria-label={EN ? 'Sample workbook' : 'Tệp mẫu'}
              value={loaded && samples.includes(loaded.label) ? loaded.label : ''}
              onChange={(e) => void openSample(e.target.value)}
              data-testid="sample"
            >
              {loaded && !samples.includes(loaded.label) && <option value="">{loaded.label}</option>}
              {samples.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {EN ? 'or open / drop an .xlsx' : 'hoặc mở / thả tệp .xlsx'}{' '}
            <input
              type="file"
              accept=".xlsx,.xlsm"
              data-testid="file"
              onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])}
            />
          </label>
        </span>
      </div>
      {error && (
        <div className="preview-error" role="alert">
          {error}
        </div>
      )}
      {loading && <div className="preview-loading">{EN ? 'Loading…' : 'Đang tải…'}</div>}
      {loaded && (
        <div className="split">
          <aside className="pane" data-testid="taskpane" aria-label="Phụ lục">
            <App key={loaded.label + String(loaded.host.model.sheets[0]?.id)} service={loaded.service} t={t} />
          </aside>
          <section className="sheet-area">
            <Grid
              model={loaded.host.model}
              evaluations={evaluations}
              version={version}
              onActivate={(s) => {
                loaded.host.model.activeSheetId = s.id;
                setVersion((v) => v + 1);
              }}
              onSelect={(s, a1) => {
                loaded.host.model.activeSheetId = s.id;
                loaded.host.model.selection = { sheetId: s.id, address: a1 };
                setVersion((v) => v + 1);
              }}
            />
          </section>
        </div>
      )}
    </div>
  );
}

const style = document.createElement('style');
style.textContent = TASKPANE_CSS + PREVIEW_CSS;
document.head.appendChild(style);
createRoot(document.getElementById('root')!).render(<Preview />);
