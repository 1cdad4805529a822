/**
 * The built-in functional catalog's outline notation (see data/function.ts) → entries.
 */
import type { Scheme } from './types';
import type { CodeLevel } from '../tables/model';
import type { CatalogEntry } from './types';

const MACROS: Record<string, [string, string][]> = {
  '@admin': [
    ['01', '行政运行'],
    ['02', '一般行政管理事务'],
    ['03', '机关服务'],
  ],
  '@run': [['50', '事业运行']],
};

export function levelOfCode(code: string, scheme: Scheme): CodeLevel | null {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'kind';
  if (code.length === 7 && scheme === 'fn') return 'item';
  return null;
}

export function parseOutline(text: string): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{3}|\d{5})\s+([^:]+?)(?::\s*(.*))?$/.exec(line);
    if (!m) throw new Error(`catalog outline: cannot read "${line}"`);
    const [, code, name, items] = m;
    out.push({ code, name, level: code.length === 3 ? 'class' : 'kind' });
    if (!items) continue;
    if (code.length !== 5) throw new Error(`catalog outline: items under a class "${line}"`);
    for (const part of items.split(';').map((s) => s.trim()).filter(Boolean)) {
      const macro = MACROS[part];
      const pairs: [string, string][] = macro ?? [];
      if (!macro) {
        const im = /^(\d{2})\s+(.+)$/.exec(part);
        if (!im) throw new Error(`catalog outline: cannot read item "${part}" in "${line}"`);
        pairs.push([im[1], im[2]]);
      }
      for (const [suffix, itemName] of pairs) out.push({ code: code + suffix, name: itemName, level: 'item' });
    }
  }
  return out;
}
