import axe from 'axe-core';

/** Serious or critical WCAG 2 A/AA violations on the element (contrast cannot be measured in jsdom). */
export async function seriousViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { runOnly: ['wcag2a', 'wcag2aa'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
