import { describe, expect, it } from 'vitest';
import { clampFocus, moveGridFocus } from '../../../../src/renderer/src/pages/matrix/move-grid-focus';

const bounds = { rows: 100, cols: 12, pageRows: 10 };
const move = (row: number, col: number, key: string, ctrl = false) => moveGridFocus({ row, col }, key, ctrl, bounds);

describe('moving through the matrix with the keyboard', () => {
  it('moves one cell with each arrow', () => {
    expect(move(5, 5, 'ArrowUp')).toEqual({ row: 4, col: 5 });
    expect(move(5, 5, 'ArrowDown')).toEqual({ row: 6, col: 5 });
    expect(move(5, 5, 'ArrowLeft')).toEqual({ row: 5, col: 4 });
    expect(move(5, 5, 'ArrowRight')).toEqual({ row: 5, col: 6 });
  });

  it('goes up from the first store into the header row (row -1), where Enter sorts', () => {
    expect(move(0, 3, 'ArrowUp')).toEqual({ row: -1, col: 3 });
    expect(move(-1, 3, 'ArrowUp')).toEqual({ row: -1, col: 3 });
  });

  it('stops at the edges instead of wrapping', () => {
    expect(move(99, 11, 'ArrowDown')).toEqual({ row: 99, col: 11 });
    expect(move(99, 11, 'ArrowRight')).toEqual({ row: 99, col: 11 });
    expect(move(0, 0, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
  });

  it('jumps to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(move(5, 5, 'Home')).toEqual({ row: 5, col: 0 });
    expect(move(5, 5, 'End')).toEqual({ row: 5, col: 11 });
    expect(move(5, 5, 'Home', true)).toEqual({ row: -1, col: 0 });
    expect(move(5, 5, 'End', true)).toEqual({ row: 99, col: 11 });
  });

  it('pages by a screen of rows, stopping at the first store on the way up', () => {
    expect(move(5, 2, 'PageDown')).toEqual({ row: 15, col: 2 });
    expect(move(95, 2, 'PageDown')).toEqual({ row: 99, col: 2 });
    expect(move(5, 2, 'PageUp')).toEqual({ row: 0, col: 2 });
  });

  it('leaves other keys to the browser', () => {
    expect(move(5, 5, 'a')).toBeNull();
    expect(move(5, 5, 'Enter')).toBeNull();
  });

  it('pulls a focus back inside after the grid shrank', () => {
    expect(clampFocus({ row: 80, col: 30 }, { rows: 10, cols: 5, pageRows: 5 })).toEqual({ row: 9, col: 4 });
    expect(clampFocus({ row: 3, col: 1 }, { rows: 0, cols: 5, pageRows: 5 })).toEqual({ row: -1, col: 1 });
  });
});
