import { RULE_METAS } from '../../core/rules';
import type { Strings } from '../i18n';

export function ruleTitleFor(t: Strings): (rule: string) => string {
  const titles = new Map(RULE_METAS.map((m) => [m.id, t.language === 'en' ? m.title.en : m.title.vi]));
  return (rule) => titles.get(rule) ?? rule;
}
