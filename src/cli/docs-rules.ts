/**
 * docs/rules.md from the rules' own metadata, so the catalogue and its
 * documentation cannot drift apart. Run with `tsx src/cli/docs-rules.ts`;
 * a test fails when the committed file differs from what this renders.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { RuleMeta } from '../core/findings';
import { RULE_METAS, RULE_SETTINGS_KEY } from '../core/rules';

export const RULES_DOC_PATH = join(__dirname, '..', '..', 'docs', 'rules.md');

const SEVERITY: Record<string, string> = { error: 'lỗi / error', warning: 'cảnh báo / warning', info: 'thông tin / info' };
const TYPE: Record<string, string> = { structure: 'cấu trúc / structure', value: 'giá trị ô / value', arithmetic: 'số học / arithmetic' };
const SHEET_KIND: Record<string, string> = { indicators: 'bảng chỉ tiêu / indicators', tasks: 'bảng nhiệm vụ / tasks', none: 'none' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function section(m: RuleMeta): string[] {
  const lines = [
    `## \`${m.id}\``,
    '',
    `**${m.title.vi}** · *${m.title.en}*`,
    '',
    `Mức độ mặc định / default severity: **${SEVERITY[m.defaultSeverity]}** · Tự sửa được / auto-fixable: **${m.fixable ? 'có / yes' : 'không / no'}** · Loại / type: **${TYPE[m.type]}**`,
    '',
    `Áp dụng cho / applies to: ${m.appliesTo.sheets.map((k) => SHEET_KIND[k]).join(', ')}; ${
      m.appliesTo.rows.length > 0 ? `dòng / rows: ${m.appliesTo.rows.map((k) => `\`${k}\``).join(', ')}` : 'cả trang / the whole sheet'
    }`,
    '',
    m.description.vi,
    '',
    `*${m.description.en}*`,
    '',
  ];
  if (m.example) lines.push(`Ví dụ: ${m.example.vi}`, '', `*Example: ${m.example.en}*`, '');
  lines.push('| messageId | thông báo | message |', '|---|---|---|');
  for (const [id, message] of Object.entries(m.messages)) lines.push(`| \`${id}\` | ${cell(message.vi)} | ${cell(message.en)} |`);
  lines.push('');
  return lines;
}

export function renderRulesDoc(metas: RuleMeta[] = RULE_METAS): string {
  const lines = [
    '# Các quy tắc kiểm tra / Validation rules',
    '',
    '<!-- Generated from the rules\' metadata by `tsx src/cli/docs-rules.ts`; do not edit by hand. -->',
    '',
    'Mỗi phát hiện (finding) ghi mã quy tắc, mức độ, trang tính, ô (A1), dòng, lời giải thích bằng tiếng Việt (có bản tiếng Anh) nêu số đã ghi và số đúng ra, và với quy tắc tự sửa được thì kèm kế hoạch sửa (EditPlan). Các phép so sánh số theo độ chính xác mà ô hiển thị: chênh lệch chỉ do làm tròn không bao giờ bị báo.',
    '',
    '*Each finding carries the rule id, severity, sheet, A1 cell, row, a Vietnamese message (English available) stating the figure found and the one expected, and for auto-fixable rules an edit plan. Numbers are compared to the precision the cells show: a difference that rounding alone explains is never reported.*',
    '',
    'Mỗi phát hiện còn ghi `messageId` (thông báo nào của quy tắc, liệt kê dưới đây) và `data` (các trường `{...}` của thông báo): số liệu ghi dạng `{ "value": 6620.54, "decimals": 2 }` và được hiển thị theo từng ngôn ngữ (6.620,54 / 6,620.54); cụm từ khác nhau theo ngôn ngữ ghi dạng `{ "vi": "…", "en": "…" }`.',
    '',
    '*Each finding also carries `messageId` (which of the rule\'s messages below it is) and `data` (the message\'s `{...}` fields): figures as `{ "value": 6620.54, "decimals": 2 }`, shown per language (6.620,54 / 6,620.54); phrases that differ by language as `{ "vi": "…", "en": "…" }`.*',
    '',
    `Tắt một quy tắc hoặc đổi mức độ cho từng sổ tính / per-workbook settings (\`RuleSettings\`, stored under \`${RULE_SETTINGS_KEY}\`):`,
    '',
    '```json',
    '{ "version": 1, "rules": { "stt-gap": "off", "values-missing": "info", "target-path": "error" } }',
    '```',
    '',
    '| mã / id | mức độ / severity | tự sửa / fixable | quy tắc | rule |',
    '|---|---|---|---|---|',
    ...metas.map((m) => `| [\`${m.id}\`](#${m.id}) | ${m.defaultSeverity} | ${m.fixable ? '✓' : ''} | ${cell(m.title.vi)} | ${cell(m.title.en)} |`),
    '',
    ...metas.flatMap(section),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  process.stdout.write(`wrote ${RULES_DOC_PATH} (${RULE_METAS.length} rules)\n`);
}
