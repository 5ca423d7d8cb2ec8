/** The recognised sheets: kind, confidence, why; include/exclude; correct the reading. */
import { Badge, Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Overrides, SheetOverride } from '../../core/layout';
import { overrideOf, withSheetIncluded, withSheetOverride } from '../services/overrides';
import { MappingEditor } from './MappingEditor';
import type { PanelProps } from './panel-props';

const KIND_COLOR = { indicators: 'success', tasks: 'informative', none: 'subtle' } as const;

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
            {s.reasons[0] && <Caption1 className="reason">{s.reasons[0]}</Caption1>}
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
