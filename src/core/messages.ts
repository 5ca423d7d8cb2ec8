/**
 * Finding messages as templates with named fields, rendered per language:
 * `'Chỉ tiêu "{name}" có số liệu nhưng chưa ghi đơn vị tính'` with
 * `{ name: 'Thu ngân sách' }`. The data stays language-neutral, so a finding
 * can be shown in either language (or a new one) from the same fields.
 */
import { formatViNumber } from './numbers';

export type Language = 'vi' | 'en';

/** A message template in both languages. */
export interface Message {
  vi: string;
  en: string;
}

/**
 * A figure as the cell shows it: the value and its shown decimals. Rendered
 * at message time, 6.620,54 in Vietnamese and 6,620.54 in English: one field
 * serves both languages and the report's `data` keeps the number itself.
 */
export interface Figure {
  value: number;
  decimals: number;
}

/** A fragment that is not a figure but still reads differently per language: a label, an explanation. */
export type Phrase = Message;

/** One named field: plain strings and numbers print as they are (years, rows, A1 cells, typed text). */
export type MessageValue = string | number | Figure | Phrase;
export type MessageData = Record<string, MessageValue>;

/**
 * A figure rounded to the decimals it is shown with: the data says 0.1, not
 * 0.0999999999994543 (a difference of two doubles), and renders the same.
 */
export function figure(value: number, decimals = 0): Figure {
  const d = Math.min(100, Math.max(0, Math.trunc(decimals) || 0));
  const shown = Number.isFinite(value) && Math.abs(value) < 1e21 ? Number(value.toFixed(d)) : value;
  // -0 would print as 0 anyway; kept out of the data, where JSON would show it as 0 too.
  return { value: shown === 0 ? 0 : shown, decimals };
}

/** 281427 → "281,427"; 6620.54 with 2 decimals → "6,620.54". */
export function formatEnNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac ? '.' + frac : '');
}

function show(v: MessageValue, lang: Language): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if ('value' in v) return lang === 'vi' ? formatViNumber(v.value, v.decimals) : formatEnNumber(v.value, v.decimals);
  return v[lang];
}

/** A template split once into literal text (even indexes) and field names (odd indexes). */
const compiled = new Map<string, string[]>();

const FIELD = /\{(\w+)\}/g;

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(FIELD);
    compiled.set(template, parts);
  }
  return parts;
}

/** The field names a template uses, in order. */
export function templateFields(template: string): string[] {
  return compile(template).filter((_, i) => i % 2 === 1);
}

/** The template with its fields filled in; a field the data lacks is a bug in the rule, so it throws. */
export function renderMessage(template: string, data: MessageData | undefined, lang: Language): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = data?.[parts[i]];
    if (v === undefined) throw new Error(`Message field {${parts[i]}} has no data in "${template}"`);
    out += show(v, lang) + parts[i + 1];
  }
  return out;
}
