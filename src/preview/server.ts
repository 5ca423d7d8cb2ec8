/**
 * The preview server (`npm run preview`): serves the preview bundle and turns
 * .xlsx files into snapshots with the CLI's Node reader, on 127.0.0.1 only.
 *   GET  /api/samples          the bundled sample workbooks (seeds/*.xlsx)
 *   GET  /api/sample/<name>    one of them as a WorkbookSnapshot
 *   POST /api/convert          an .xlsx body → WorkbookSnapshot
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve, sep } from 'path';
import { readWorkbookFile } from '../cli/xlsx/read';

const ROOT = resolve(__dirname, '../..');
export const DEFAULT_DIST = join(ROOT, 'dist-preview');
const SEEDS = join(ROOT, 'seeds');
const DEFAULT_SAMPLE = 'theo-doi-2026-2027';
const MAX_UPLOAD = 30 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function samples(): Promise<string[]> {
  return (await readdir(SEEDS))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => f.slice(0, -5))
    .sort();
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_UPLOAD) throw new Error('Tệp quá lớn (tối đa 30 MB). / File too large (30 MB max).');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

async function convert(bytes: Buffer, name: string): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'phuluc-preview-'));
  try {
    const file = join(dir, name.replace(/[^\w.\- ]/g, '_') || 'upload.xlsx');
    await writeFile(file, bytes);
    return await readWorkbookFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, dist: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path === '/api/samples') return send(res, 200, JSON.stringify({ samples: await samples(), default: DEFAULT_SAMPLE }));
  if (path.startsWith('/api/sample/')) {
    const name = path.slice('/api/sample/'.length);
    if (!(await samples()).includes(name))
      return send(res, 404, JSON.stringify({ error: `Không có tệp mẫu "${name}". / No sample "${name}".` }));
    return send(res, 200, JSON.stringify(await readWorkbookFile(join(SEEDS, `${name}.xlsx`))));
  }
  if (path === '/api/convert' && req.method === 'POST') {
    try {
      return send(res, 200, JSON.stringify(await convert(await body(req), url.searchParams.get('name') ?? 'upload.xlsx')));
    } catch (e) {
      // The temporary path means nothing to the user.
      const message = (e instanceof Error ? e.message : String(e)).replace(/\S*phuluc-preview-[^\s]*/g, '').replace(/:\s*$/, '');
      return send(res, 400, JSON.stringify({ error: message }));
    }
  }
  const file = normalize(join(dist, path === '/' ? 'preview.html' : path));
  if (!file.startsWith(dist + sep)) return send(res, 403, 'forbidden', 'text/plain');
  try {
    return send(res, 200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
  } catch {
    return send(res, 404, 'not found', 'text/plain');
  }
}

export interface PreviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function startPreviewServer(options: { port?: number; dist?: string } = {}): Promise<PreviewServer> {
  const dist = resolve(options.dist ?? DEFAULT_DIST);
  const server = createServer((req, res) => {
    handle(req, res, dist).catch((e) => send(res, 500, JSON.stringify({ error: e instanceof Error ? e.message : String(e) })));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}/`, server, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3100);
  startPreviewServer({ port }).then(
    (s) => process.stdout.write(`Phụ lục — MÔ PHỎNG / SIMULATION: ${s.url}\n`),
    (e) => {
      process.stderr.write(`preview: ${e instanceof Error ? e.message : e}\n`);
      process.exit(1);
    },
  );
}
