/**
 * Verdict marks for print: a symbol beside the colour, so a black-and-white
 * copy (or a colour-blind reader) still tells the verdicts apart.
 */
import { VERDICT_COLORS, VERDICT_LABELS, VERDICTS, Verdict } from '../evaluation';

/** Shapes from WGL4 (in Times New Roman and Liberation Serif alike): up for exceeded, full for met, down for missed, hollow for no data. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  exceeded: '▲',
  met: '●',
  missed: '▼',
  'no-data': '○',
  unknown: '?',
};

const BY_LABEL = new Map(VERDICTS.map((v) => [VERDICT_LABELS[v].vi, v]));

/** The verdict of a Vietnamese label ("Không đạt" → missed); undefined for anything else. */
export function verdictOfLabel(label: string): Verdict | undefined {
  return BY_LABEL.get(label);
}

/** "▼ Không đạt" with its colours. */
export function verdictMark(v: Verdict): { text: string; fill: string; font: string } {
  return { text: `${VERDICT_SYMBOLS[v]} ${VERDICT_LABELS[v].vi}`, fill: VERDICT_COLORS[v].fill, font: VERDICT_COLORS[v].font };
}
