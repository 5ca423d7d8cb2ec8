/**
 * Offline check of manifest.xml (Microsoft's `npm run validate` needs the
 * network): schema-relevant ids and versions, URLs, resource ids referenced vs
 * defined, localisation, and every icon file present at its declared size.
 */
import { readFileSync, existsSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { imageSize } from 'image-size';

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => ['Image', 'Url', 'String', 'Override', 'Set', 'Control', 'Host', 'AppDomain'].includes(name) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc: any = parser.parse(xml);
const app = doc.OfficeApp;

/** Every element anywhere under `node`, with its tag. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function walk(node: any, tag = '', out: { tag: string; node: any }[] = []): { tag: string; node: any }[] {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, tag, out);
    return out;
  }
  if (node && typeof node === 'object') {
    out.push({ tag, node });
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@')) walk(v, k, out);
  }
  return out;
}

const all = walk(app);
const resources = app.VersionOverrides.Resources;

describe('manifest.xml', () => {
  it('is an Excel task pane add-in with a GUID id, a four-part version and ReadWriteDocument', () => {
    expect(app['@type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Hosts.Host.map((h: { '@Name': string }) => h['@Name'])).toEqual(['Workbook']);
  });

  it('matches package.json version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(app.Version).toBe(`${pkg.version}.0`);
  });

  it('is Vietnamese first with an English override of name and description', () => {
    expect(app.DefaultLocale).toBe('vi-VN');
    for (const key of ['DisplayName', 'Description']) {
      expect(app[key]['@DefaultValue']).toMatch(/[ạảãàáâậầấẩẫăắằẳẵặđêềếểễệôồốổỗộơờớởỡợưừứửữự]/i);
      expect(app[key].Override.map((o: { '@Locale': string }) => o['@Locale'])).toContain('en-US');
    }
    expect(app.DisplayName['@DefaultValue'].length).toBeLessThanOrEqual(125);
  });

  it('requires ExcelApi 1.9, the minimum the adapter uses (src/excel/features.ts)', () => {
    const sets = app.Requirements.Sets.Set;
    expect(sets).toEqual([{ '@Name': 'ExcelApi', '@MinVersion': '1.9' }]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MIN_EXCEL_API } = require('../src/excel/features');
    expect(sets[0]['@MinVersion']).toBe(MIN_EXCEL_API);
    expect(app.VersionOverrides.Requirements.Sets.Set[0]['@MinVersion']).toBe(MIN_EXCEL_API);
  });

  it('puts a button opening the task pane on the Home tab', () => {
    const tab = app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab['@id']).toBe('TabHome');
    const control = tab.Group.Control[0];
    expect(control['@type']).toBe('Button');
    expect(control.Action['@type']).toBe('ShowTaskpane');
    expect(control.Action.SourceLocation['@resid']).toBe('Taskpane.Url');
  });

  it('uses https://localhost:3000 for every URL and declares that origin as an app domain', () => {
    const urls = xml.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    expect(app.AppDomains.AppDomain).toContain('https://localhost:3000');
  });

  it('defines every resource id it references, and references every one it defines', () => {
    const defined = new Map<string, string>();
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      const group = resources[kind];
      const items = group.Image ?? group.Url ?? group.String;
      for (const it of items) {
        expect(defined.has(it['@id'])).toBe(false);
        defined.set(it['@id'], kind);
      }
    }
    const referenced = new Set(all.map((e) => e.node['@resid']).filter((x): x is string => typeof x === 'string'));
    expect([...referenced].filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined.keys()].filter((d) => !referenced.has(d))).toEqual([]);
    // Short strings are limited to 125 characters, long ones to 250.
    for (const s of resources.ShortStrings.String) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(125);
    for (const s of resources.LongStrings.String) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(250);
  });

  it('every icon exists in assets/ at the size it is declared', () => {
    const icons: { url: string; size: number }[] = [];
    for (const img of resources.Images.Image) icons.push({ url: img['@DefaultValue'], size: Number(/(\d+)x\1/.exec(img['@id'])![1]) });
    icons.push({ url: app.IconUrl['@DefaultValue'], size: 32 }, { url: app.HighResolutionIconUrl['@DefaultValue'], size: 64 });
    // Ribbon images reference by resid with their own size attribute: it must match the resource.
    for (const e of all.filter((x) => x.tag === 'Image' && x.node['@size'])) {
      const res = resources.Images.Image.find((i: { '@id': string }) => i['@id'] === e.node['@resid']);
      icons.push({ url: res['@DefaultValue'], size: Number(e.node['@size']) });
    }
    const sizes = new Set<number>();
    for (const { url, size } of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file) ? file : `missing ${file}`).toBe(file);
      const dim = imageSize(readFileSync(file));
      expect({ url, w: dim.width, h: dim.height, type: dim.type }).toEqual({ url, w: size, h: size, type: 'png' });
      sizes.add(size);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  it('points at pages the production build emits', () => {
    const config = readFileSync(join(ROOT, 'webpack.config.js'), 'utf8');
    for (const u of resources.Urls.Url) {
      const page = new URL(u['@DefaultValue']).pathname.slice(1);
      expect(config).toContain(`filename: '${page}'`);
    }
  });
});
