/**
 * The add-in's words for its states, in one place: a state has one name in
 * the task pane, the CLI, the sheets it writes and the docs, in Vietnamese and
 * in English. Sentences live with their screens (task pane i18n, CLI
 * messages); the names they use come from here.
 */
import { VERDICT_LABELS } from './evaluation';
import type { Language } from './messages';

export type Term = { vi: string; en: string };

export const VOCABULARY = {
  verdict: VERDICT_LABELS,
  severity: {
    error: { vi: 'Lỗi', en: 'Error' },
    warning: { vi: 'Cảnh báo', en: 'Warning' },
    info: { vi: 'Thông tin', en: 'Info' },
  },
  sheetKind: {
    indicators: { vi: 'Phụ lục chỉ tiêu', en: 'Indicator appendix' },
    tasks: { vi: 'Phụ lục nhiệm vụ', en: 'Task appendix' },
    none: { vi: 'Không phải phụ lục', en: 'Not an appendix' },
  },
  rowKind: {
    section: { vi: 'Mục', en: 'Section' },
    indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
    component: { vi: 'Chỉ tiêu thành phần', en: 'Component' },
    growth: { vi: 'Tốc độ tăng', en: 'Growth rate' },
    header: { vi: 'Tiêu đề lặp lại', en: 'Repeated header' },
    task: { vi: 'Nhiệm vụ', en: 'Task' },
  },
} satisfies Record<string, Record<string, Term>>;

export type { Language };

/** The names of one group in one language, keyed like the group: `names('severity', 'vi').error === 'Lỗi'`. */
export function names<G extends keyof typeof VOCABULARY>(group: G, lang: Language): Record<keyof (typeof VOCABULARY)[G], string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(VOCABULARY[group] as Record<string, Term>)) out[k] = v[lang];
  return out as Record<keyof (typeof VOCABULARY)[G], string>;
}
