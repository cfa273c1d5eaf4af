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
  const match = color.match(/rgba?\(([^)]+)\)/);
  if (!match) return null;
  const [red, green, blue, alpha = '1'] = match[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(red), Number(green), Number(blue), Number(alpha)];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([red, green, blue]: [number, number, number, number]): number {
  const linear = (channel: number) =>
    (channel /= 255) <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG contrast ratio of two CSS colours (0 when either cannot be read). */
export function contrast(first: string, second: string): number {
  const firstRgb = rgb(first);
  const secondRgb = rgb(second);
  if (!firstRgb || !secondRgb) return 0;
  const [lighter, darker] = [luminance(firstRgb), luminance(secondRgb)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The first non-transparent background colour at or above `el` (crossing shadow roots). */
export function backgroundOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const background = getComputedStyle(node).backgroundColor;
    const color = rgb(background);
    if (color && color[3] > 0) return background;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Whether the focused element shows a focus indicator: a non-none outline at least 2 px wide whose colour
 * has 3:1 contrast against the background behind the element, or a box-shadow.
 */
export function focusIndicator(el: Element): { visible: boolean; why: string } {
  const style = getComputedStyle(el);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    // The outline is drawn outside the element (offset), so it is compared with what is around it.
    const around = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
    const ratio = contrast(style.outlineColor, backgroundOf(around));
    return {
      visible: ratio >= 3,
      why: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}, contrast ${ratio.toFixed(2)}`,
    };
  }
  if (style.boxShadow && style.boxShadow !== 'none') return { visible: true, why: `box-shadow ${style.boxShadow}` };
  return { visible: false, why: `outline ${style.outlineStyle} ${style.outlineWidth}, no box-shadow` };
}

/** Visible interactive targets smaller than 24×24 CSS px (WCAG 2.5.8). */
export function smallTargets(root: ParentNode): string[] {
  const small: string[] = [];
  for (const target of root.querySelectorAll<HTMLElement>('button, input, a[href], select, textarea')) {
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not rendered
    if (box.width < 24 || box.height < 24)
      small.push(
        `${target.localName}${target.dataset.term ? `[${target.dataset.term}]` : ''} ${box.width.toFixed(1)}×${box.height.toFixed(1)} "${target.textContent?.trim().slice(0, 30)}"`,
      );
  }
  return small;
}

/** True if the page scrolls horizontally (e.g. something is wider than a 320 px viewport). */
export function hasHorizontalScroll(): boolean {
  return document.documentElement.scrollWidth > window.innerWidth;
}
