/**
 * The one memo of the core for pure functions of texts that repeat (labels,
 * units, names, number formats): the same template's words come back on every
 * sheet and in every ward's workbook. Bounded, so that a long batch does not
 * keep every text it ever met: at `limit` entries the memo starts again empty.
 * An undefined result is not kept (use null for "none").
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key: K): V => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
