/**
 * Lays a table out on a grid from (0,0): title, meta line, header rows with their merges, body, notes.
 * Used by the blank templates and by the fixture builder.
 */
import type { HNode } from './headers';

export type Cell = string | number | null | undefined | { formula: string; result: number };


export interface TableSpec {
  title: string;
  /** meta line left (单位名称：…) and right (单位：万元); null to omit */
  entity: string | null;
  unit: string | null;
  header: HNode[];
  body: Cell[][];
  notes?: string[];
}

function leaves(n: HNode): number {
  return n.children && n.children.length ? n.children.reduce((s, c) => s + leaves(c), 0) : 1;
}

function depth(n: HNode): number {
  return 1 + (n.children && n.children.length ? Math.max(...n.children.map(depth)) : 0);
}

export function headerDepth(h: HNode[]): number {
  return Math.max(...h.map(depth));
}

export function headerWidth(h: HNode[]): number {
  return h.reduce((s, n) => s + leaves(n), 0);
}

export interface Placed {
  cells: { r: number; c: number; v: Cell }[];
  merges: [number, number, number, number][]; // top,left,bottom,right 0-based
  height: number;
  width: number;
}

export interface PlaceOptions {
  /** merge header cells (default true); unmerged writes the group text in its first column only */
  merged?: boolean;
  /** repeat group texts over each column instead of merging */
  repeatGroups?: boolean;
}

/** Lay a table out from (0,0): title, meta line, header, body, notes. */
export function placeTable(t: TableSpec, o: PlaceOptions = {}): Placed {
  const merged = o.merged ?? true;
  const cells: Placed['cells'] = [];
  const merges: Placed['merges'] = [];
  const width = headerWidth(t.header);
  const hd = Math.max(...t.header.map(depth));
  let r = 0;
  cells.push({ r, c: 0, v: t.title });
  if (merged) merges.push([0, 0, 0, width - 1]);
  r++;
  if (t.entity !== null || t.unit !== null) {
    if (t.entity !== null) cells.push({ r, c: 0, v: t.entity });
    if (t.unit !== null) cells.push({ r, c: width - 1, v: t.unit });
    r++;
  }
  const top = r;
  const walk = (nodes: HNode[], row: number, col: number) => {
    let c = col;
    for (const n of nodes) {
      const w = leaves(n);
      const hasKids = !!(n.children && n.children.length);
      const bottom = hasKids ? row : top + hd - 1;
      if (o.repeatGroups && hasKids) for (let k = 0; k < w; k++) cells.push({ r: row, c: c + k, v: n.text });
      else cells.push({ r: row, c, v: n.text });
      if (merged && !o.repeatGroups && (w > 1 || bottom > row)) merges.push([row, c, bottom, c + w - 1]);
      if (hasKids) walk(n.children!, row + 1, c);
      c += w;
    }
  };
  walk(t.header, top, 0);
  r = top + hd;
  for (const line of t.body) {
    line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') cells.push({ r, c, v });
    });
    r++;
  }
  for (const n of t.notes ?? []) {
    cells.push({ r, c: 0, v: n });
    r++;
  }
  return { cells, merges, height: r, width };
}

