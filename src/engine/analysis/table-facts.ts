/**
 * The facts rules compare, computed once per check and table (several rules read the same ones:
 * the summary's income lines, 人员经费 / 公用经费, the 三公 items, the leaf codes …).
 */
import type { MappedRow } from '../catalog/mapping';
import type { RecognizedTable } from '../tables/model';
import type { Measure } from '../tables/vocabulary';
import { leafCodeFacts, onlyGeneralBudget, personnelFact, publicFundsFact, summaryIncome, threePublicFact, type Fact, type SummaryIncome } from './facts';

export interface TableFacts {
  /** The summary's income lines and totals. */
  summaryIncome(t: RecognizedTable): SummaryIncome;
  /** 人员经费 at a table's total row. */
  personnel(t: RecognizedTable): Fact | null;
  /** 公用经费 at a table's total row. */
  publicFunds(t: RecognizedTable): Fact | null;
  /** A figure of the 三公 table. */
  threePublic(t: RecognizedTable, measure: Measure): Fact | null;
  /** Leaf rows by full functional code. */
  leafCodes(t: RecognizedTable): Map<string, Fact>;
  /** Whether all of this year's money is 一般公共预算 (from the revenue table, else the summary); null when neither says. */
  onlyGeneralBudget(): boolean | null;
}

function memo<K, V>(fn: (k: K) => V): (k: K) => V {
  const m = new Map<K, V>();
  return (k) => {
    if (!m.has(k)) m.set(k, fn(k));
    return m.get(k)!;
  };
}

export function tableFacts(tables: RecognizedTable[], mapping: (t: RecognizedTable) => MappedRow[]): TableFacts {
  const three = new Map<RecognizedTable, Map<Measure, Fact | null>>();
  let only: boolean | null | undefined;
  return {
    summaryIncome: memo(summaryIncome),
    personnel: memo(personnelFact),
    publicFunds: memo(publicFundsFact),
    threePublic(t, measure) {
      const m = three.get(t) ?? new Map<Measure, Fact | null>();
      three.set(t, m);
      if (!m.has(measure)) m.set(measure, threePublicFact(t, measure));
      return m.get(measure)!;
    },
    leafCodes: memo((t: RecognizedTable) => leafCodeFacts(t, mapping(t))),
    onlyGeneralBudget() {
      if (only === undefined) only = onlyGeneralBudget(tables.find((t) => t.kind === 'revenue'), tables.find((t) => t.kind === 'summary'));
      return only;
    },
  };
}
