import { useState, type CSSProperties, type DragEvent } from 'react';

interface FileDrop {
  dragging: boolean;
  /** Spread onto the element that takes the drop. */
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (event: DragEvent) => void;
  };
  /** The dashed frame that lights up while files hover over it. */
  frameStyle: CSSProperties;
}

/**
 * Drag-and-drop of files from the desktop onto an element (@mantine/dropzone is not a
 * dependency): only drags that carry files are taken, and nothing is taken while `disabled`.
 */
export function useFileDrop(onFiles: (files: FileList) => void, disabled: boolean): FileDrop {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver(event) {
        if (disabled || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop(event) {
        event.preventDefault();
        setDragging(false);
        if (!disabled) onFiles(event.dataTransfer.files);
      },
    },
    frameStyle: {
      border: `2px dashed var(--mantine-color-${dragging ? 'indigo-5' : 'default-border'})`,
      background: dragging ? 'var(--mantine-color-indigo-light)' : 'var(--mantine-color-default-hover)',
      transition: 'background 120ms ease, border-color 120ms ease',
    },
  };
}
