/**
 * End to end: the production task pane in Debian's Chromium against the
 * preview (simulated Excel host), served on localhost by this test.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { startPreviewServer, PreviewServer } from '../../src/preview/server';
import { launchChromium, Browser, screenshot } from './browser';

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
  await page.locator('[data-testid="sheet"]').first().waitFor();
  await page.locator('[data-testid="busy"]').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  return page;
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
    await page.getByTestId('tab-check').click();
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
    await page.getByTestId('tab-fill').click();
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
    await page.getByTestId('tab-targets').click();
    await expect(page.locator('[data-verdict="missed"]').innerText()).resolves.toMatch(/Không đạt: 15/);
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
    await page.getByTestId('tab-summary').click();
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

  // Real task panes: 270 px (Mac minimum), 320 (Windows default), 350 (Excel on the web), 500 (widened).
  it.each([270, 320, 350, 500])('at %i px no panel scrolls sideways', async (width) => {
    const page = await open('theo-doi-2026-2027');
    await page.addStyleTag({ content: `.pane { width: ${width}px !important; flex-basis: ${width}px !important; }` });
    const pane = page.getByTestId('taskpane');
    await expect(pane.evaluate((el) => Math.round(el.getBoundingClientRect().width))).resolves.toBe(width);
    for (const tab of ['sheets', 'check', 'fill', 'targets', 'summary']) {
      await page.getByTestId(`tab-${tab}`).click();
      await idle(page);
      // The widest descendant names the culprit when the pane overflows.
      const overflow = await pane.evaluate((el) => {
        const limit = el.getBoundingClientRect().right + 0.5;
        const wide = Array.from(el.querySelectorAll<HTMLElement>('*')).filter((d) => d.getBoundingClientRect().right > limit && d.getClientRects().length > 0);
        return { scrolls: el.scrollWidth > el.clientWidth, wide: wide.slice(0, 3).map((d) => `${d.tagName}.${d.className}`.slice(0, 80)) };
      });
      expect({ tab, ...overflow }).toEqual({ tab, scrolls: false, wide: [] });
    }
    await screenshot(page, `width-${width}`);
    await page.close();
  });

  it('a workbook the user opens replaces the sample (converted by the local server)', async () => {
    const page = await open('theo-doi-2026-2027');
    await page.getByTestId('file').setInputFiles(join(ROOT, 'seeds', 'kien-hai.xlsx'));
    await page.locator('[data-testid="sheet"][data-sheet="Chỉ tiêu chủ yếu"]').waitFor();
    await idle(page);
    await expect(page.locator('[data-testid="sheet-tab"]').allInnerTexts()).resolves.toEqual(['Chỉ tiêu chủ yếu']);
    await expect(page.locator('[data-testid="sheet"]').count()).resolves.toBe(1);
    await page.close();
  });
});
