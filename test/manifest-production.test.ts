/**
 * The production install (issue 20): `npm run build` with a base URL writes a dist/ whose
 * manifest points only there, and every page and icon it names is a file of that build.
 * Runs the real production webpack build once, into a temporary folder.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { imageSize } from 'image-size';

const ROOT = join(__dirname, '..');
const BASE = 'https://phuluc.example.gov.vn/addin/';
const WEBPACK = join(ROOT, 'node_modules/webpack/bin/webpack.js');
const config = require('../webpack.config.js') as {
  productionBaseUrl: (env: Record<string, string>, environ: Record<string, string>) => string;
  productionManifest: (xml: string, base: string) => string;
};

/** Every http(s) URL of the manifest outside comments and XML namespace declarations. */
function urlsOf(xml: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  return (body.match(/\bhttps?:\/\/[^"'<>\s]+/g) ?? []).filter((u) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(u));
}

describe('production base URL', () => {
  it('is required, https, not this machine, and normalised to end with /', () => {
    expect(() => config.productionBaseUrl({}, {})).toThrow(/PHULUC_BASE_URL/);
    expect(() => config.productionBaseUrl({ baseUrl: 'http://intranet/addin/' }, {})).toThrow(/https/);
    expect(() => config.productionBaseUrl({ baseUrl: 'https://localhost:3000/' }, {})).toThrow(/build:dev/);
    expect(() => config.productionBaseUrl({ baseUrl: 'không phải url' }, {})).toThrow(/không phải URL/);
    expect(config.productionBaseUrl({}, { PHULUC_BASE_URL: 'https://ubnd.example.vn/phuluc' })).toBe('https://ubnd.example.vn/phuluc/');
    expect(config.productionBaseUrl({ baseUrl: BASE }, { PHULUC_BASE_URL: 'https://other.example/' })).toBe(BASE);
  });

  it('refuses a manifest URL written outside the dev origin rather than shipping it', () => {
    const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const stray = dev.replace('https://localhost:3000/help.html', 'https://example.com/help.html');
    expect(() => config.productionManifest(stray, BASE)).toThrow(/example\.com/);
  });

  it('fails the build with a clear message when no base URL is given', () => {
    const env = { ...process.env };
    delete env.PHULUC_BASE_URL;
    let message = '';
    try {
      execFileSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', join(tmpdir(), 'phuluc-no-base')], { cwd: ROOT, env, stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(message).toMatch(/PHULUC_BASE_URL=https:\/\/phuluc\.example\.gov\.vn\/addin\/ npm run build/);
  });
});

describe('npm run build with PHULUC_BASE_URL', () => {
  let out = '';
  let xml = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'phuluc-dist-'));
    const started = Date.now();
    execFileSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, PHULUC_BASE_URL: BASE },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    process.stdout.write(`production build: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
  }, 600000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes a manifest with no localhost and every URL under the base', () => {
    expect(xml).not.toMatch(/localhost/i);
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u === new URL(BASE).origin || u.startsWith(BASE) ? 'under base' : u).toBe('under base');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (n) => n === 'AppDomain' });
    const app: any = parser.parse(xml).OfficeApp;
    expect(app.DefaultSettings.SourceLocation['@DefaultValue']).toBe(`${BASE}taskpane.html`);
    expect(app.AppDomains.AppDomain).toEqual([new URL(BASE).origin]);
  });

  it('names only pages and icons the build emitted, icons at their declared size', () => {
    for (const u of urlsOf(xml).filter((x) => x.startsWith(BASE))) {
      const file = join(out, new URL(u).pathname.slice(new URL(BASE).pathname.length));
      expect({ u, exists: existsSync(file) }).toEqual({ u, exists: true });
      const size = /icon-(\d+)\.png$/.exec(u);
      if (size) expect(imageSize(readFileSync(file)).width).toBe(Number(size[1]));
    }
    for (const page of ['taskpane.html', 'commands.html', 'help.html']) expect(existsSync(join(out, page))).toBe(true);
  });

  it('keeps the root manifest.xml on localhost for development', () => {
    expect(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('differs from the dev manifest only in its URLs and its header comment', () => {
    const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const strip = (s: string) => s.replace(/<!--[\s\S]*?-->/, '').replace(/https:\/\/[^"'<>\s]+/g, 'URL');
    expect(strip(xml)).toBe(strip(dev));
  });
});
