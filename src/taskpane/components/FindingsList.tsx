/**
 * Findings grouped by sheet, then by severity, each one a button that selects
 * its cell; fixable ones carry "Sửa". The fix-all offers sit above the list,
 * one per rule with more than one fixable finding.
 */
import { Badge, Button, Caption1 } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/findings';
import type { Strings } from '../i18n';

export interface FindingsListProps {
  findings: Finding[];
  t: Strings;
  busy: boolean;
  ruleTitle: (rule: string) => string;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
  onFixAll: (rule: string, findings: Finding[]) => void;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const g = m.get(k);
    if (g) g.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export function FindingsList({ findings, t, busy, ruleTitle, onSelect, onFix, onFixAll }: FindingsListProps) {
  const fixableByRule = groupBy(
    findings.filter((f) => f.fix),
    (f) => f.rule,
  );
  return (
    <div>
      {[...fixableByRule]
        .filter(([, fs]) => fs.length > 1)
        .map(([rule, fs]) => (
          <div key={rule} className="fixall">
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => onFixAll(rule, fs)}
              aria-label={t.fixAllLabel(ruleTitle(rule), fs.length)}
            >
              {t.fixAll(fs.length)}
            </Button>{' '}
            <Caption1>{ruleTitle(rule)}</Caption1>
          </div>
        ))}
      <div data-testid="findings">
        {[...groupBy(findings, (f) => f.sheet)].map(([sheet, sheetFindings]) => (
          <section key={sheet} aria-label={sheet}>
            <h3 className="group">{sheet}</h3>
            {SEVERITY_ORDER.filter((s) => sheetFindings.some((f) => f.severity === s)).map((severity) => (
              <div key={severity}>
                <h4 className="subgroup">
                  <Badge color={SEVERITY_COLOR[severity]} appearance="filled">
                    {t.severity[severity]}
                  </Badge>{' '}
                  {sheetFindings.filter((f) => f.severity === severity).length}
                </h4>
                <ul>
                  {sheetFindings
                    .filter((f) => f.severity === severity)
                    .map((f) => (
                      <li key={`${f.rule}:${f.cell}`} className="finding" data-testid="finding" data-cell={f.cell} data-rule={f.rule}>
                        <button
                          type="button"
                          className="finding-go"
                          disabled={busy}
                          onClick={() => onSelect(f)}
                          // The name starts with what the button shows (WCAG 2.5.3, label in name), then says what a click does.
                          aria-label={`${f.cell} ${ruleTitle(f.rule)} ${t.language === 'en' ? (f.messageEn ?? f.message) : f.message}. ${t.goToCell(f.sheet, f.cell)}`}
                        >
                          <strong>{f.cell}</strong> <span className="rule">{ruleTitle(f.rule)}</span>
                          <br />
                          {t.language === 'en' ? (f.messageEn ?? f.message) : f.message}
                        </button>
                        {f.fix && (
                          <Button size="small" disabled={busy} onClick={() => onFix(f)} aria-label={t.fixLabel(f.cell)}>
                            {t.fix}
                          </Button>
                        )}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
