/**
 * What every task-pane state must pass in the browser: nothing wider than the
 * pane, the tabs on one row, and no axe-core violation of serious or critical
 * impact (axe.source injected into the page; the pane and any open menu are
 * checked, not the preview's own grid around them).
 */
import { readFileSync } from 'fs';
import type { Locator, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PaneProblems {
  /** The pane scrolls sideways (scrollWidth > clientWidth). */
  scrolls: boolean;
  /** Up to three elements reaching past the pane's right edge. */
  wide: string[];
  /** 1 when the visible tabs and the "more" button sit on one row, 2 when they wrap. */
  tabRows: number;
  /** axe-core violations of serious or critical impact: "rule-id: target". */
  axe: string[];
}

export async function paneProblems(page: Page, pane: Locator): Promise<PaneProblems> {
  const layout = await pane.evaluate((el) => {
    const limit = el.getBoundingClientRect().right + 0.5;
    const visible = (d: Element) => d.getClientRects().length > 0;
    const wide = Array.from(el.querySelectorAll<HTMLElement>('*')).filter((d) => d.getBoundingClientRect().right > limit && visible(d));
    const tabs = Array.from(el.querySelectorAll<HTMLElement>('[role="tab"], [data-testid="more-tabs"]')).filter(visible);
    // One row: every tab starts above the point where the shortest one ends.
    const rects = tabs.map((t) => t.getBoundingClientRect());
    const oneRow = rects.length === 0 || Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom));
    return {
      scrolls: el.scrollWidth > el.clientWidth,
      wide: wide.slice(0, 3).map((d) => `${d.tagName}.${d.className}`.slice(0, 80)),
      tabRows: rects.length === 0 ? 0 : oneRow ? 1 : 2,
    };
  });
  // A menu still fading in has its text at part opacity: axe would measure the contrast of the animation.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const axe = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> };
    };
    const include = [['[data-testid="taskpane"]']];
    if (document.querySelector('[role="menu"]')) include.push(['[role="menu"]']);
    // Tabster's focus guards (<i data-tabster-dummy aria-hidden tabindex=0>, inside Fluent's TabList and
    // MenuList) trip aria-hidden-focus by design: they only pass focus on and must stay hidden from screen
    // readers (microsoft/fluentui#27517, closed "By Design"; microsoft/tabster#288). Only they are left out.
    const exclude = [['[data-tabster-dummy]']];
    const r = await w.axe.run({ include, exclude }, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
  return { ...layout, axe };
}
