/** The recognised sheets: kind, confidence, why; include/exclude; correct the reading. */
import { Badge, Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Overrides, SheetLayout, SheetOverride } from '../../core/layout';
import type { Strings } from '../i18n';
import { overrideOf, withSheetIncluded, withSheetOverride } from '../services/overrides';
import { MappingEditor } from './MappingEditor';
import type { PanelProps } from './panel-props';

const KIND_COLOR = { indicators: 'success', tasks: 'informative', none: 'subtle' } as const;

/**
 * How the sheet was read. The recogniser's reasons are Vietnamese sentences:
 * the English pane counts the rows by kind in its own words instead.
 */
function readingOf(s: SheetLayout, t: Strings): string | undefined {
  if (t.language !== 'en') return s.reasons[0];
  if (s.kind === 'none' || s.rows.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const r of s.rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => t.rowCount(n, t.rowKinds[kind] ?? kind)).join(', ');
}

export function SheetsPanel({ scan, actions, service, t, busy }: PanelProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const overrides = scan.settings.overrides;
  const save = (next: Overrides | null, label: string) =>
    actions.run(
      label,
      async () => {
        await service.saveSettings({ overrides: next });
        return t.saved;
      },
      true,
    );
  if (scan.check.layout.sheets.length === 0) return <Text>{t.noSheets}</Text>;
  return (
    <div className="panel">
      <Caption1>{t.sheetsIntro}</Caption1>
      <ul className="sheets" data-testid="sheets">
        {scan.check.layout.sheets.map((s) => (
          <li key={s.name} data-testid="sheet" data-sheet={s.name} data-kind={s.kind}>
            <div className="sheet-head">
              <Checkbox
                checked={s.kind !== 'none'}
                disabled={busy}
                aria-label={t.includeLabel(s.name)}
                label={<Text weight="semibold">{s.name}</Text>}
                onChange={(_, d) => void save(withSheetIncluded(overrides, s.name, !!d.checked), t.includeLabel(s.name))}
              />
            </div>
            <div>
              <Badge appearance="tint" color={KIND_COLOR[s.kind]}>
                {t.kind[s.kind]}
              </Badge>{' '}
              <Caption1>{t.confidence(Math.round(s.confidence * 100))}</Caption1>
            </div>
            {readingOf(s, t) && <Caption1 className="reason">{readingOf(s, t)}</Caption1>}
            <div>
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                aria-expanded={editing === s.name}
                aria-label={t.editReadingLabel(s.name)}
                onClick={() => setEditing(editing === s.name ? null : s.name)}
              >
                {t.editReading}
              </Button>
            </div>
            {editing === s.name && (
              <MappingEditor
                layout={s}
                override={overrideOf(overrides, s.name)}
                t={t}
                busy={busy}
                onCancel={() => setEditing(null)}
                onSave={(next: SheetOverride | null) =>
                  void save(withSheetOverride(overrides, s.name, next), t.saveReading).then((ok) => {
                    if (ok) setEditing(null);
                  })
                }
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
