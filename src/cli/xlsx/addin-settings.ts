/**
 * The add-in's per-workbook settings as Excel saves them: the task pane's
 * settings store (Excel.SettingCollection / Office.context.document.settings)
 * lands in `xl/webextensions/webextension<n>.xml` as
 *   <we:property name="phuluc.ruleSettings" value="<JSON>"/>
 * ([MS-OWEXML]). ExcelJS ignores that part, so the CLI reads it here and puts
 * every `phuluc.<key>` property into WorkbookSnapshot.settings[<key>]
 * (e.g. `overrides`, `ruleSettings`), JSON-decoded; the core validates them
 * with its own schemas. The add-in stores JSON text as the setting value, which
 * the store serialises again, so a decoded string is decoded once more.
 */
import { readZipEntries } from './zip-entries';

export const SETTINGS_PREFIX = 'phuluc.';

const PART = /^xl\/webextensions\/webextension\d*\.xml$/;

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|quot|apos|lt|gt|amp);/g, (_, e: string) => {
    switch (e) {
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

function decode(value: string): unknown {
  let v: unknown = value;
  for (let i = 0; i < 2 && typeof v === 'string'; i++) {
    try {
      v = JSON.parse(v);
    } catch {
      break;
    }
  }
  return v;
}

/** `phuluc.*` settings stored in the workbook, or undefined when there are none. Never throws. */
export function readAddinSettings(zip: Buffer): Record<string, unknown> | undefined {
  // Cheap test first: most workbooks never had the add-in open.
  if (zip.indexOf('xl/webextensions/webextension') < 0) return undefined;
  let out: Record<string, unknown> | undefined;
  for (const xml of readZipEntries(zip, (n) => PART.test(n)).values()) {
    const re = /<(?:[\w.-]+:)?property\b([^>]*?)\/?>/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
      const name = attr(m[1], 'name');
      const value = attr(m[1], 'value');
      if (!name || value === undefined || !name.startsWith(SETTINGS_PREFIX)) continue;
      (out ??= {})[name.slice(SETTINGS_PREFIX.length)] = decode(value);
    }
  }
  return out;
}
