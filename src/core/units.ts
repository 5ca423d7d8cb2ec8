/**
 * What a unit (đơn vị tính) says about an indicator's figures: whether they
 * are whole counts, percentages, money; whether yearly figures add up to a
 * 5-year total (flows) or the total is an end-of-period level.
 */
import { normalizeVi } from './text';

export type UnitKind = 'percent' | 'money' | 'count' | 'perUnit' | 'times' | 'other' | 'none';

export interface UnitInfo {
  kind: UnitKind;
  /** Whole things (Căn, Người, DN...): "1.766" typed as text is 1766, never 1.766. */
  integer: boolean;
}

const COUNT_WORDS = ['nguoi', 'luot', 'can', 'dn', 'doanh nghiep', 'co so', 'ho', 'mo hinh', 'danh hieu', 'cong trinh', 'du an', 'xa', 'phuong', 'thon', 'truong', 'lop', 'km', 'tau', 'chiec', 'con', 'cai', 'hop tac xa', 'htx', 'san pham', 'lao dong', 'vu', 'diem', 'tram', 'to', 'khu'];
const MONEY_WORDS = ['ty dong', 'trieu dong', 'nghin dong', 'dong', 'usd', 'trieu usd', 'ty'];

export function classifyUnit(unit: string): UnitInfo {
  const u = normalizeVi(unit).replace(/\s+/g, ' ').trim();
  if (!u) return { kind: 'none', integer: false };
  if (u === '%' || u.startsWith('%') || u.includes('phan tram') || /^% ?ke hoach/.test(u) || u.endsWith('%')) return { kind: 'percent', integer: false };
  if (u.includes('/')) return { kind: 'perUnit', integer: false };
  if (u === 'lan') return { kind: 'times', integer: false };
  if (MONEY_WORDS.includes(u)) return { kind: 'money', integer: false };
  if (COUNT_WORDS.includes(u)) return { kind: 'count', integer: true };
  return { kind: 'other', integer: false };
}

/**
 * A flow adds up over the years (money spent, people given jobs, houses built),
 * so its 5-year plan figure is the SUM of the years; a level or rate is not
 * (its 5-year figure is the end-of-period value).
 */
export function isFlowIndicator(name: string, unit: string): boolean {
  const k = classifyUnit(unit).kind;
  if (k !== 'money' && k !== 'count') return false;
  const n = normalizeVi(name);
  if (/\b(binh quan|dau nguoi|ty le|toc do|ty trong|tren 1 ha|tren dia ban \(tang so voi)/.test(n)) return false;
  if (/\bso (dn|doanh nghiep|co so|hop tac xa)\b.*(tren dia ban|hien co)/.test(n)) return false;
  return true;
}
