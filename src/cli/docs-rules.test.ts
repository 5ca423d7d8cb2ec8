import { readFileSync } from 'fs';
import { RULE_METAS } from '../core/rules';
import { renderRulesDoc, RULES_DOC_PATH } from './docs-rules';

describe('docs/rules.md', () => {
  it('is what the rules\' metadata renders (run `tsx src/cli/docs-rules.ts` after changing a rule)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('lists every rule with its example and every message of every rule, in both languages', () => {
    const doc = renderRulesDoc();
    for (const m of RULE_METAS) {
      expect(doc).toContain(`## \`${m.id}\``);
      expect(doc).toContain(m.example!.vi);
      for (const [id, message] of Object.entries(m.messages)) {
        expect(doc).toContain(`| \`${id}\` | ${message.vi.replace(/\|/g, '\\|')} | ${message.en.replace(/\|/g, '\\|')} |`);
      }
    }
  });

  it('goes stale when a message changes', () => {
    const changed = RULE_METAS.map((m, i) => (i === 0 ? { ...m, messages: { ...m.messages, extra: { vi: 'Thêm', en: 'Extra' } } } : m));
    expect(renderRulesDoc(changed)).not.toBe(readFileSync(RULES_DOC_PATH, 'utf8'));
  });

  it('goes stale when a rule\'s metadata changes', () => {
    const changed = RULE_METAS.map((m, i) => (i === 0 ? { ...m, title: { ...m.title, vi: m.title.vi + ' (sửa)' } } : m));
    expect(renderRulesDoc(changed)).not.toBe(readFileSync(RULES_DOC_PATH, 'utf8'));
  });
});
