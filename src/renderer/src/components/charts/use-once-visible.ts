import { useEffect, useState, type RefObject } from 'react';

/**
 * True from the first time the element comes near the viewport, and for good: a chart scrolled
 * past stays drawn, and one far below is not drawn until it is needed.
 */
export function useOnceVisible(ref: RefObject<Element | null>, rootMargin = '240px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin, visible]);
  return visible;
}
