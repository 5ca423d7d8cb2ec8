/**
 * The verdict counts say what they count and agree: the summary sheet's
 * "Thống kê theo đánh giá" counts indicators, each by its latest year with an
 * actual figure; the CLI's text report gives that same count first, then the
 * indicator-years, labelled as such.
 */
import { join } from 'path';
import { VERDICT_LABELS, VERDICTS } from '../src/core/evaluation';
import { checkWorkbook, toReportFile } from '../src/core/pipeline';
import { buildSummaryModel, indicatorVerdictCounts } from '../src/core/summary';
import { readWorkbookFile } from '../src/cli/xlsx/read';
import { formatFileReport, tallyOf } from '../src/cli/text-report';

const SEEDS = join(__dirname, '..', 'seeds');

describe.each(['theo-doi-2026-2027', 'rach-gia', 'kien-hai'])('%s.xlsx', (name) => {
  it('counts indicators by verdict the same in the summary and the CLI, and the indicator-years apart', async () => {
    const file = join(SEEDS, `${name}.xlsx`);
    const wb = await readWorkbookFile(file);
    const check = checkWorkbook(wb);
    const model = buildSummaryModel(wb, check.layout, check.findings, check.evaluations);
    const summaryCounts: Record<string, number> = {};
    for (const r of model.indicators) if (r.verdict !== 'no-data') summaryCounts[r.verdict] = (summaryCounts[r.verdict] ?? 0) + 1;
    expect(indicatorVerdictCounts(check.evaluations)).toEqual(summaryCounts);

    const report = toReportFile(file, check);
    const text = formatFileReport(report, tallyOf(report));
    const line = text.split('\n').find((l) => l.includes('Tổng:'))!;
    if (!check.evaluations.length) return expect(line).not.toMatch(/chỉ tiêu-năm/);
    const indicatorPart = VERDICTS.filter((v) => summaryCounts[v]).map((v) => `${VERDICT_LABELS[v].vi} ${summaryCounts[v]}`).join(', ');
    expect(line).toContain(`${indicatorPart} chỉ tiêu (theo năm gần nhất có số liệu)`);
    const perYear = VERDICTS.map((v) => [v, check.evaluations.filter((e) => e.verdict === v).length] as const).filter(([, n]) => n);
    expect(line).toContain(`theo từng năm: ${perYear.map(([v, n]) => `${VERDICT_LABELS[v].vi} ${n}`).join(', ')} lượt chỉ tiêu-năm`);
  });
});
