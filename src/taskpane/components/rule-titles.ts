import { ruleTitle } from '../../core/rules';
import type { Strings } from '../i18n';

export function ruleTitleFor(t: Strings): (rule: string) => string {
  const lang = t.language === 'en' ? 'en' : 'vi';
  return (rule) => ruleTitle(rule, lang);
}
