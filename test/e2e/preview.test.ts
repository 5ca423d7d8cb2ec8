/**
 * End to end: the production task pane in Debian's Chromium against the
 * preview (simulated Excel host), served on localhost by this test.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { startPreviewServer, PreviewServer } from '../../src/preview/server';
import { launchChromium, Browser, screenshot } from './browser';
import { paneProblems } from './pane-checks';

const ROOT = join(__dirname, '../..');
let dist: string;
let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'phuluc-preview-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/webpack/bin/webpack.js'),
      '--config',
      'webpack.preview.config.js',
      '--mode',
      'development',
      '--env',
      `out=${dist}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  server = await startPreviewServer({ dist });
  browser = await launchChromium();
}, 300000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

async function open(sample: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(30000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}?sample=${encodeURIComponent(sample)}`);
  await page.locator('[data-testid="status-screen"]').waitFor();
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  return page;
}

/** Opens a screen: its tab when it is on the row, else through the "more" menu. */
async function goTab(page: Page, id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.getByTestId('more-tabs').click();
    await page.getByTestId(`menu-tab-${id}`).click();
  }
  await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
}

async function setWidth(page: Page, width: number): Promise<void> {
  await page.addStyleTag({ content: `.pane { width: ${width}px !important; flex-basis: ${width}px !important; }` });
  await expect(page.getByTestId('taskpane').evaluate((el) => Math.round(el.getBoundingClientRect().width))).resolves.toBe(width);
}

async function idle(page: Page): Promise<void> {
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached' });
  expect(await page.locator('[data-testid="error"]').count()).toBe(0);
}

async function expectNonBlank(page: Page, name: string): Promise<void> {
  const shot = await screenshot(page, name);
  expect(shot.bytes).toBeGreaterThan(10000);
  expect(shot.colours).toBeGreaterThan(8);
}

const cell = (page: Page, a1: string) => page.locator(`[data-testid="grid"] td[data-cell="${a1}"]`);

describe('preview in Chromium', () => {
  it('scan lists the recognised sheet with its kind, confidence and reason, under the simulation banner', async () => {
    const page = await open('theo-doi-2026-2027');
    await expect(page.locator('[data-testid="banner"]').innerText()).resolves.toContain('MÔ PHỎNG / SIMULATION');
    await goTab(page, 'sheets');
    const sheet = page.locator('[data-testid="sheet"][data-sheet="Theo dõi 2026-2027"]');
    await expect(sheet.getAttribute('data-kind')).resolves.toBe('indicators');
    const text = await sheet.innerText();
    expect(text).toContain('Phụ lục chỉ tiêu');
    expect(text).toMatch(/độ tin cậy 9\d%/);
    expect(text).toContain('22 chỉ tiêu');
    await expect(page.locator('[data-testid="sheet-tab"]').allInnerTexts()).resolves.toEqual(['Theo dõi 2026-2027']);
    // The default task pane width: 320 px, nothing wider than the pane.
    const pane = page.getByTestId('taskpane');
    await expect(pane.evaluate((el) => el.getBoundingClientRect().width)).resolves.toBe(320);
    await expect(pane.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    await expectNonBlank(page, 'scan');
    await page.close();
  });

  it('validation lists the text-stored number at E26 and clicking it selects E26', async () => {
    const page = await open('theo-doi-2026-2027');
    await goTab(page, 'check');
    await expect(page.getByTestId('counts').innerText()).resolves.toBe('2 lỗi · 1 cảnh báo · 0 thông tin');
    const finding = page.locator('[data-testid="finding"][data-cell="E26"][data-rule="number-as-text"]');
    await expect(finding.innerText()).resolves.toContain('96,5');
    await finding.locator('button.finding-go').click();
    await idle(page);
    await cell(page, 'E26').and(page.locator('[data-selected="true"]')).waitFor();
    await expect(page.locator('[data-testid="grid"] td[data-selected="true"]').count()).resolves.toBe(1);
    await expect(page.locator('.formula-bar .namebox').innerText()).resolves.toBe('E26');
    await expectNonBlank(page, 'validation-selected');
    // Keyboard: focus another finding and press Enter.
    await page.locator('[data-testid="finding"][data-cell="D41"] button.finding-go').focus();
    await page.keyboard.press('Enter');
    await idle(page);
    await cell(page, 'D41').and(page.locator('[data-selected="true"]')).waitFor();
    await page.close();
  });

  it('fill writes the average growth formula into L17, the grid shows it, and undo takes it out', async () => {
    const page = await open('rach-gia');
    await expect(cell(page, 'L17').getAttribute('data-formula')).resolves.toBeNull();
    await goTab(page, 'fill');
    await expect(page.getByTestId('fill-fill').innerText()).resolves.toContain('L17');
    await page.getByTestId('fill-apply').click();
    await idle(page);
    await expect(cell(page, 'L17').getAttribute('data-formula')).resolves.toBe('=(POWER(K17/G17,1/4)-1)*100');
    await expect(cell(page, 'L17').innerText()).resolves.toContain('POWER(K17/G17');
    await expectNonBlank(page, 'fill-applied');
    await page.getByTestId('undo').click();
    await idle(page);
    await expect(cell(page, 'L17').getAttribute('data-formula')).resolves.toBeNull();
    await expect(page.getByTestId('undo').count()).resolves.toBe(0);
    await page.close();
  });

  it('highlight colours the missed actual G7 and undo restores the sheet', async () => {
    const page = await open('theo-doi-2026-2027');
    const before = await cell(page, 'G7').evaluate((td) => getComputedStyle(td).backgroundColor);
    await goTab(page, 'targets');
    await expect(page.locator('[data-testid="verdicts"] [data-verdict="missed"]').innerText()).resolves.toMatch(/Không đạt: 15 lượt, 15 chỉ tiêu/);
    await page.getByTestId('highlight').click();
    await idle(page);
    await expect(cell(page, 'G7').getAttribute('data-cf')).resolves.toBe('missed');
    await expect(page.getByTestId('highlight').isChecked()).resolves.toBe(true);
    await expect(cell(page, 'G7').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe('rgb(248, 203, 173)');
    await expectNonBlank(page, 'highlight');
    await page.getByTestId('undo').click();
    await idle(page);
    await expect(cell(page, 'G7').getAttribute('data-cf')).resolves.toBeNull();
    await expect(cell(page, 'G7').evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(before);
    await page.close();
  });

  it('summary adds the "Tổng hợp" tab and undo removes it', async () => {
    const page = await open('theo-doi-2026-2027');
    await goTab(page, 'summary');
    await page.getByTestId('summary-generate').click();
    await idle(page);
    const tabs = page.locator('[data-testid="sheet-tab"]');
    await expect(tabs.allInnerTexts()).resolves.toEqual(['Theo dõi 2026-2027', 'Tổng hợp']);
    await expect(page.locator('[data-testid="sheet-tab"][aria-selected="true"]').innerText()).resolves.toBe('Tổng hợp');
    await expect(page.locator('[data-testid="grid"]').innerText()).resolves.toContain('BẢNG TỔNG HỢP');
    await expectNonBlank(page, 'summary');
    await page.getByTestId('undo').click();
    await idle(page);
    await expect(tabs.allInnerTexts()).resolves.toEqual(['Theo dõi 2026-2027']);
    await page.close();
  });

  // Real task panes: 270 px (Mac minimum), 320 (Windows default), 350 (Excel on the web).
  it.each([270, 320, 350])('at %i px every screen and state fits, keeps its tabs on one row and passes axe (serious/critical)', async (width) => {
    const page = await open('theo-doi-2026-2027');
    await setWidth(page, width);
    const pane = page.getByTestId('taskpane');
    const seen: Array<{ state: string } & Awaited<ReturnType<typeof paneProblems>>> = [];
    const check = async (state: string) => {
      await idle(page);
      seen.push({ state, ...(await paneProblems(page, pane)) });
      await screenshot(page, `w${width}-${state}`);
    };
    const clean = (state: string) => ({ state, scrolls: false, wide: [], tabRows: 1, axe: [] });

    await check('status');
    if (await page.getByTestId('more-tabs').isVisible()) {
      await page.getByTestId('more-tabs').click();
      await page.getByRole('menu').waitFor();
      await check('more-menu');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
    }
    await goTab(page, 'check');
    await check('check');
    await goTab(page, 'targets');
    await check('targets-missed');
    await page.locator('[data-testid="verdicts"] [data-verdict="exceeded"] button').click();
    await check('targets-exceeded');
    await page.locator('[data-testid="verdicts"] [data-verdict="no-data"] button').click();
    await check('targets-no-data');
    await page.getByTestId('highlight').click();
    await idle(page);
    await page.getByTestId('notice').waitFor();
    await check('targets-notice-undo');
    await goTab(page, 'fill');
    await check('fill');
    await goTab(page, 'summary');
    await check('summary');
    await goTab(page, 'sheets');
    await page.locator('[data-testid="sheet"] button[aria-expanded]').first().click();
    await check('sheets-mapping-editor');
    await goTab(page, 'status');
    await check('status-after');
    expect(seen).toEqual(seen.map((s) => clean(s.state)));
    await page.close();
  });

  it('at 500 px (a widened pane) the first screen fits, on one row of tabs', async () => {
    const page = await open('theo-doi-2026-2027');
    await setWidth(page, 500);
    await expect(paneProblems(page, page.getByTestId('taskpane'))).resolves.toEqual({ scrolls: false, wide: [], tabRows: 1, axe: [] });
    await screenshot(page, 'w500-status');
    await page.close();
  });

  it('the first screen counts what `phuluc check --format json` counts, and one click reaches a missed cell', async () => {
    // Exit code 1: the sample has error findings.
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/phuluc.js'), 'check', join(ROOT, 'seeds/theo-doi-2026-2027.xlsx'), '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    const json = JSON.parse(cli.stdout) as { files: Array<{ findings: Array<{ sheet: string; severity: string }>; evaluations: Array<{ sheet: string; row: number; verdict: string; actualCell: string }> }> };
    const file = json.files[0];
    const page = await open('theo-doi-2026-2027');
    const sheet = page.locator('[data-testid="status-sheet"][data-sheet="Theo dõi 2026-2027"]');
    const shown = async (key: string) => Number(await sheet.locator(`[data-count="${key}"]`).getAttribute('data-value'));
    const ofSheet = <T extends { sheet: string }>(xs: T[]) => xs.filter((x) => x.sheet === 'Theo dõi 2026-2027');
    await expect(shown('errors')).resolves.toBe(ofSheet(file.findings).filter((f) => f.severity === 'error').length);
    await expect(shown('warnings')).resolves.toBe(ofSheet(file.findings).filter((f) => f.severity === 'warning').length);
    const missed = ofSheet(file.evaluations).filter((e) => e.verdict === 'missed');
    await expect(shown('missed')).resolves.toBe(missed.length);
    await expect(shown('compared')).resolves.toBe(ofSheet(file.evaluations).length);
    await expect(sheet.locator('[data-count="missed"]').innerText()).resolves.toContain(`ở ${new Set(missed.map((e) => e.row)).size} chỉ tiêu`);
    await expect(page.locator('[data-testid="tab-targets"] .tab-badge').first().innerText()).resolves.toBe(String(missed.length));

    // One click: the first missed target listed on the first screen selects its actual cell.
    const first = page.locator('[data-testid="status-missed"] [data-testid="verdict-row"]').first();
    const a1 = (await first.getAttribute('data-cell'))!;
    expect(missed.map((e) => e.actualCell)).toContain(a1);
    await first.locator('button').click();
    await idle(page);
    await cell(page, a1).and(page.locator('[data-selected="true"]')).waitFor();
    await expect(page.locator('.formula-bar .namebox').innerText()).resolves.toBe(a1);
    await page.close();
  });

  it('a workbook the user opens replaces the sample (converted by the local server)', async () => {
    const page = await open('theo-doi-2026-2027');
    await page.getByTestId('file').setInputFiles(join(ROOT, 'seeds', 'kien-hai.xlsx'));
    await page.locator('[data-testid="status-sheet"][data-sheet="Chỉ tiêu chủ yếu"]').waitFor();
    await idle(page);
    await goTab(page, 'sheets');
    await expect(page.locator('[data-testid="sheet-tab"]').allInnerTexts()).resolves.toEqual(['Chỉ tiêu chủ yếu']);
    await expect(page.locator('[data-testid="sheet"]').count()).resolves.toBe(1);
    await page.close();
  });
});
