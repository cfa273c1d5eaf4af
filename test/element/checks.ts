/**
 * The accessibility and layout checks the browser tests apply, in one place, so that the
 * "each check can fail" tests exercise exactly the functions the real tests use.
 */
import 'axe-core/axe.min.js';
import type * as AxeCore from 'axe-core';

/** axe-core registers itself on window when loaded as a plain module. */
export const axe = (window as unknown as { axe: typeof AxeCore }).axe;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe on an element (it sees into open shadow roots) with WCAG 2.2 A/AA and best-practice rules. */
export async function axeViolations(context: Element): Promise<AxeCore.Result[]> {
  const results = await axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  return results.violations;
}

export function describeViolations(violations: AxeCore.Result[]): string {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n');
}

function rgb(color: string): [number, number, number, number] | null {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const [r, g, b, a = '1'] = m[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const ca = rgb(a);
  const cb = rgb(b);
  if (!ca || !cb) return 0;
  const [l1, l2] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The first non-transparent background colour at or above `el` (crossing shadow roots). */
export function backgroundOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    const c = rgb(bg);
    if (c && c[3] > 0) return bg;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Whether the focused element shows a focus indicator: a non-none outline at least 2 px wide whose colour
 * has 3:1 contrast against the background behind the element, or a box-shadow.
 */
export function focusIndicator(el: Element): { visible: boolean; why: string } {
  const cs = getComputedStyle(el);
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
    // The outline is drawn outside the element (offset), so it is compared with what is around it.
    const around = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
    const ratio = contrast(cs.outlineColor, backgroundOf(around));
    return {
      visible: ratio >= 3,
      why: `outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}, contrast ${ratio.toFixed(2)}`,
    };
  }
  if (cs.boxShadow && cs.boxShadow !== 'none') return { visible: true, why: `box-shadow ${cs.boxShadow}` };
  return { visible: false, why: `outline ${cs.outlineStyle} ${cs.outlineWidth}, no box-shadow` };
}

/** Visible interactive targets smaller than 24×24 CSS px (WCAG 2.5.8). */
export function smallTargets(root: ParentNode): string[] {
  const small: string[] = [];
  for (const t of root.querySelectorAll<HTMLElement>('button, input, a[href], select, textarea')) {
    const r = t.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // not rendered
    if (r.width < 24 || r.height < 24)
      small.push(
        `${t.localName}${t.dataset.term ? `[${t.dataset.term}]` : ''} ${r.width.toFixed(1)}×${r.height.toFixed(1)} "${t.textContent?.trim().slice(0, 30)}"`,
      );
  }
  return small;
}

/** True if the page scrolls horizontally (e.g. something is wider than a 320 px viewport). */
export function hasHorizontalScroll(): boolean {
  return document.documentElement.scrollWidth > window.innerWidth;
}
