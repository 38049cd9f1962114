import { Popover } from '@mantine/core';
import { useEffect, useId, useSyncExternalStore } from 'react';
import { CellDetails } from './CellDetails';
import type { CellHoverController } from './cell-hover-controller';
import type { IndexedRow } from './matrix-rows';

interface CellHoverCardProps {
  controller: CellHoverController;
  rowsById: ReadonlyMap<number, IndexedRow>;
}

/**
 * The details card of the hovered or focused cell. It is the only part of the grid that
 * re-renders when the pointer moves, and the only one that draws a chart. It anchors to an
 * invisible box over the cell (the grid closes it on scroll, so the box never drifts).
 */
export function CellHoverCard({ controller, rowsById }: CellHoverCardProps) {
  const hovered = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const id = useId();
  const entry = hovered ? rowsById.get(hovered.storeId) : undefined;

  // Screen readers hear the card's text as the cell's description while it is open.
  useEffect(() => {
    const element = hovered?.element;
    if (!element || !entry) return;
    element.setAttribute('aria-describedby', id);
    return () => element.removeAttribute('aria-describedby');
  }, [hovered, entry, id]);

  const rect = hovered?.rect;
  return (
    <Popover
      opened={Boolean(hovered && entry)}
      onDismiss={controller.close}
      position="right-start"
      offset={6}
      width={340}
      shadow="md"
      withRoles={false}
      trapFocus={false}
      returnFocus={false}
      closeOnEscape={false}
      middlewares={{ flip: true, shift: { padding: 8 } }}
      transitionProps={{ duration: 0 }}
    >
      <Popover.Target>
        <div
          aria-hidden
          style={{ position: 'fixed', left: rect?.left ?? 0, top: rect?.top ?? 0, width: rect?.width ?? 0, height: rect?.height ?? 0, pointerEvents: 'none' }}
        />
      </Popover.Target>
      <Popover.Dropdown id={id} onMouseEnter={controller.keep} onMouseLeave={controller.leave} data-testid="cell-hover-card">
        {hovered && entry && <CellDetails row={entry.row} metricKey={hovered.metricKey} cell={entry.cells.get(hovered.metricKey)} />}
      </Popover.Dropdown>
    </Popover>
  );
}
