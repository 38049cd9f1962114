import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './browser-host';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** A drawer or modal sliding in is half transparent: its colours (and a screenshot) only count once it has arrived. */
export async function settleTransitions(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if ((await page.evaluate('document.getAnimations().length')) === 0) return;
    await page.waitForTimeout(50);
  }
}

/**
 * Serious and critical axe-core violations on the page once its transitions have finished. The
 * source is evaluated rather than added as a <script> tag, which the renderer's CSP (no inline
 * scripts) would refuse.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await settleTransitions(page);
  await page.evaluate(AXE_SOURCE);
  // A string, not a function: this file is compiled without the DOM's types.
  // A toast fading in or out is half transparent, which axe reads as low contrast; toasts use the theme's text colours.
  const violations = (await page.evaluate(`axe.run({ exclude: [['.mantine-Notifications-root']] }, { resultTypes: ['violations'] }).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    })))`)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
