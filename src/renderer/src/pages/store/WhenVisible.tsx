import { useRef, type ReactNode, type RefObject } from 'react';
import { useOnceVisible } from '../../components/charts/use-once-visible';

interface WhenVisibleProps {
  /** Where the page scrolls to reach this section; also what is watched for visibility. */
  anchor?: RefObject<HTMLDivElement | null>;
  /** Holds the section's place (and the scroll bar's length) until it mounts. */
  minHeight: number;
  testId?: string;
  children: ReactNode;
}

/**
 * Mounts its children once they come near the screen. Panels far down the store page then do
 * not ask the backend for anything until needed, and the charts' series go first.
 */
export function WhenVisible({ anchor, minHeight, testId, children }: WhenVisibleProps) {
  const own = useRef<HTMLDivElement>(null);
  const element = anchor ?? own;
  const visible = useOnceVisible(element);
  return (
    <div ref={element} style={visible ? undefined : { minHeight }} data-testid={testId}>
      {visible && children}
    </div>
  );
}
