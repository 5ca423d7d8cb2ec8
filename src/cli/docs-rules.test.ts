import { readFileSync } from 'fs';
import { RULE_METAS } from '../core/rules';
import { renderRulesDoc, RULES_DOC_PATH } from './docs-rules';

describe('docs/rules.md', () => {
  it('is what the rules\' metadata renders (run `tsx src/cli/docs-rules.ts` after changing a rule)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('lists every rule with its example', () => {
    const doc = renderRulesDoc();
    for (const m of RULE_METAS) {
      expect(doc).toContain(`## \`${m.id}\``);
      expect(doc).toContain(m.example!.vi);
    }
  });

  it('goes stale when a rule\'s metadata changes', () => {
    const changed = RULE_METAS.map((m, i) => (i === 0 ? { ...m, title: { ...m.title, vi: m.title.vi + ' (sửa)' } } : m));
    expect(renderRulesDoc(changed)).not.toBe(readFileSync(RULES_DOC_PATH, 'utf8'));
  });
});
