/** `amazon.odr_mfn.claims` → its rate `amazon.odr_mfn` and the kind of defect. */
const COMPONENT = /^(amazon\.odr_(?:mfn|afn))\.(negative_feedback|claims|chargebacks)$/;

export interface OrderDefectComponent {
  rateKey: string;
  kind: 'negative_feedback' | 'claims' | 'chargebacks';
}

export function orderDefectComponent(metricKey: string): OrderDefectComponent | null {
  const match = COMPONENT.exec(metricKey);
  return match ? { rateKey: match[1]!, kind: match[2] as OrderDefectComponent['kind'] } : null;
}

/**
 * Splits a day's orders with a defect into the kinds Amazon reports, so a demo plan of action
 * quotes counts that add up: mostly negative feedback, then A-to-z claims, a few chargebacks,
 * the mix drifting slowly from day to day. No randomness, so the demo's random sequence is untouched.
 */
export function splitOrderDefects(ordersWithDefects: number, day: number): Record<OrderDefectComponent['kind'], number> {
  const negativeFeedback = Math.round(ordersWithDefects * (0.5 + 0.1 * Math.sin(day / 9)));
  const claims = Math.round((ordersWithDefects - negativeFeedback) * (0.65 + 0.1 * Math.cos(day / 7)));
  return { negative_feedback: negativeFeedback, claims, chargebacks: ordersWithDefects - negativeFeedback - claims };
}
