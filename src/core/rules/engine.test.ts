import type { RuleMeta } from '../findings';
import { templateFields } from '../messages';
import { runRules } from './engine';
import { RULES } from './index';
import { buildTable, GRDP_COLUMNS, grdpRows, withCell, type RowSpec } from './test-table';
import { defineRule, type Rule, type RuleContext } from './types';

/** The GRDP block, then an indicator numbered 4 (3 is missing) whose 5-year total is not the sum of its years. */
function rows(): RowSpec[] {
  return [...grdpRows(), { kind: 'indicator', cells: ['4', 'Tổng vốn đầu tư', 'Tỷ đồng', 70613, 13103, 13453, 14309, 14653, 15085, null] }];
}

function onSheet(kind: 'indicators' | 'tasks', rules: Rule[] = RULES) {
  const t = buildTable({ columns: GRDP_COLUMNS, rows: rows() });
  return runRules(rules, t.wb, { sheets: [{ ...t.layout.sheets[0], kind }] }).map((f) => `${f.cell}:${f.rule}`);
}

/** The catalogue with one rule's appliesTo replaced. */
function withAppliesTo(id: string, appliesTo: Partial<RuleMeta['appliesTo']>): Rule[] {
  return RULES.map((r) => (r.meta.id === id ? { ...r, meta: { ...r.meta, appliesTo: { ...r.meta.appliesTo, ...appliesTo } } } : r));
}

/** A one-message rule over indicator rows that reports every row it is handed. */
function probe(overrides: Omit<Partial<Rule>, 'meta'> & { meta?: Partial<RuleMeta> } = {}): Rule {
  return {
    row(ctx, r) {
      ctx.report({ row: r.row, col: 1, messageId: 'seen', data: { row: r.row } });
    },
    ...overrides,
    meta: {
      id: 'probe',
      type: 'structure',
      defaultSeverity: 'info',
      appliesTo: { sheets: ['indicators'], rows: ['indicator'] },
      title: { vi: 'Thử', en: 'Probe' },
      description: { vi: 'Thử', en: 'Probe' },
      fixable: false,
      messages: { seen: { vi: 'Đã xem dòng {row}', en: 'Saw row {row}' } },
      ...overrides.meta,
    },
  };
}

function runOne(rule: Rule) {
  const t = buildTable({ columns: GRDP_COLUMNS, rows: rows() });
  return runRules([rule], t.wb, t.layout);
}

describe('where rules run: meta.appliesTo', () => {
  it('runs on a task sheet only the rules whose appliesTo.sheets names tasks', () => {
    expect(onSheet('indicators')).toEqual(['A7:stt-gap', 'D7:total-mismatch']);
    expect(onSheet('tasks')).toEqual(['A7:stt-gap']);
  });

  it('follows a changed appliesTo.sheets, both ways', () => {
    expect(onSheet('tasks', withAppliesTo('total-mismatch', { sheets: ['indicators', 'tasks'] }))).toEqual(['A7:stt-gap', 'D7:total-mismatch']);
    expect(onSheet('tasks', withAppliesTo('stt-gap', { sheets: ['indicators'] }))).toEqual([]);
    expect(onSheet('indicators', withAppliesTo('total-mismatch', { sheets: ['tasks'] }))).toEqual(['A7:stt-gap']);
  });

  it('hands the row visitor only the row kinds of appliesTo.rows', () => {
    // Row 7 is an indicator: a total-mismatch visitor over components only never sees it.
    expect(onSheet('indicators', withAppliesTo('total-mismatch', { rows: ['component'] }))).toEqual(['A7:stt-gap']);
    expect(runOne(probe()).map((f) => f.row)).toEqual([2, 7]);
    expect(runOne(probe({ meta: { appliesTo: { sheets: ['indicators'], rows: ['component', 'growth'] } } })).map((f) => f.row)).toEqual([3, 4, 5, 6]);
  });

  it('builds no model for a sheet no rule applies to', () => {
    expect(onSheet('tasks', RULES.filter((r) => !r.meta.appliesTo.sheets.includes('tasks')))).toEqual([]);
  });
});

describe('the engine refuses a rule that breaks its own meta', () => {
  it('throws when a rule offers a fix its meta does not declare', () => {
    const fixing = probe({
      row(ctx, r) {
        ctx.report({ row: r.row, col: 1, messageId: 'seen', data: { row: r.row }, fix: { version: 1, action: 'fix', ops: [] } });
      },
    });
    expect(() => runOne(fixing)).toThrow('Rule probe offered a fix but its meta says fixable: false');
    expect(runOne({ ...fixing, meta: { ...fixing.meta, fixable: true } })[0].fix).toEqual({ version: 1, action: 'fix', ops: [] });
  });

  it('throws on a messageId the rule does not declare', () => {
    const wrong = probe({
      row(ctx, r) {
        ctx.report({ row: r.row, col: 1, messageId: 'unseen' });
      },
    });
    expect(() => runOne(wrong)).toThrow('Rule probe reported an unknown messageId "unseen"');
  });

  it.each<[string, Rule, RegExp]>([
    ['no visitor', probe({ row: undefined, meta: { id: 'p1' } }), /neither a row nor a sheet visitor/],
    ['a row visitor over no row kinds', probe({ meta: { id: 'p2', appliesTo: { sheets: ['indicators'], rows: [] } } }), /appliesTo.rows is empty/],
    ['row kinds without a row visitor', probe({ row: undefined, sheet: () => undefined, meta: { id: 'p3' } }), /no row visitor/],
    ['no sheet kind', probe({ meta: { id: 'p4', appliesTo: { sheets: [], rows: ['indicator'] } } }), /no sheet kind/],
  ])('throws on %s', (_n, rule, message) => {
    expect(() => runOne(rule)).toThrow(message);
  });
});

describe('rule contexts', () => {
  it('gives each rule its own frozen context over the same sheet', () => {
    const seen: RuleContext[] = [];
    const recorder = (id: string): Rule =>
      probe({
        row: undefined,
        sheet(ctx) {
          seen.push(ctx);
          ctx.report({ row: 2, col: 1, messageId: 'seen', data: { row: id } });
        },
        meta: { id, appliesTo: { sheets: ['indicators'], rows: [] } },
      });
    const t = buildTable({ columns: GRDP_COLUMNS, rows: rows() });
    const f = runRules([recorder('a'), recorder('b')], t.wb, t.layout);
    expect(f.map((x) => [x.rule, x.message])).toEqual([
      ['a', 'Đã xem dòng a'],
      ['b', 'Đã xem dòng b'],
    ]);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[0].model).toBe(seen[1].model);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });

  it('types messageIds: defineRule rejects a report of an undeclared message (checked by tsc), and returns the rule', () => {
    const rule = probe();
    const { messages: _untyped, ...meta } = rule.meta;
    const typed = defineRule({
      meta: { ...meta, messages: { seen: { vi: '{row}', en: '{row}' } } },
      row(ctx, r) {
        // @ts-expect-error 'unseen' is not a key of meta.messages
        if (r.row < 0) ctx.report({ row: r.row, col: 1, messageId: 'unseen' });
      },
    });
    expect(typed.meta.id).toBe('probe');
    expect(defineRule(rule)).toBe(rule);
  });
});

/**
 * Messages whose English prints a figure as JavaScript does (1083.25) where the Vietnamese shows it
 * as the cell does (1.083,25): two fields for one figure, kept so that the English text is what it was.
 */
const OTHER_FORM_IN_ENGLISH: Record<string, [string, string]> = {
  'number-as-text/asText': ['shown', 'value'],
  'percent-out-of-range/below': ['share', 'value'],
  'percent-out-of-range/above': ['share', 'value'],
};

describe('the catalogue\'s messages', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s: every message names the same fields in both languages', (id, meta) => {
    const ids = Object.keys(meta.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const messageId of ids) {
      const m = meta.messages[messageId];
      const [vi, en] = OTHER_FORM_IN_ENGLISH[`${id}/${messageId}`] ?? ['', ''];
      const fields = (t: string, from: string, to: string) => [...new Set(templateFields(t).map((f) => (f === from ? to : f)))].sort();
      expect(fields(m.en, en, vi)).toEqual(fields(m.vi, '', ''));
    }
  });

  it('renders message and messageEn from the template and keeps messageId and data on the finding', () => {
    const t = buildTable({ columns: GRDP_COLUMNS, rows: withCell(grdpRows(), 0, 3, 281437) });
    const [f] = runRules(RULES, t.wb, t.layout);
    expect(f).toMatchObject({
      rule: 'total-mismatch',
      messageId: 'differs',
      data: { total: { value: 281437, decimals: 0 }, sum: { value: 281427, decimals: 0 }, diff: { value: 10, decimals: 0 } },
      message: 'Tổng 5 năm ghi 281.437 nhưng tổng các năm là 281.427 (lệch 10)',
      messageEn: 'The 5-year total reads 281,437 but the years add up to 281,427 (off by 10)',
    });
  });
});
