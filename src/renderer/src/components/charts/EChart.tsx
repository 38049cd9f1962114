import { useComputedColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { initChart, type ChartOption } from './echarts-modules';

interface EChartProps {
  option: ChartOption;
  height: number;
  /** What a screen reader announces instead of the drawing. */
  label: string;
  /** Called with the x value under a click inside the plot area (a timestamp on a time axis). */
  onPlotClick?: (x: number) => void;
  testId?: string;
}

const themeName = (scheme: 'light' | 'dark') => (scheme === 'dark' ? 'dark' : 'default');

/**
 * One ECharts instance on a div: drawn from `option`, resized with its container, themed with
 * Mantine's colour scheme, disposed on unmount. `data-rendered` turns "true" once ECharts has
 * finished drawing the current option, so tests and benchmarks can wait for the real picture.
 */
export function EChart({ option, height, label, onPlotClick, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const scheme = useComputedColorScheme('light');
  const initialScheme = useRef(scheme);
  const onPlotClickRef = useRef(onPlotClick);

  useEffect(() => {
    onPlotClickRef.current = onPlotClick;
  }, [onPlotClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = initChart(element, themeName(initialScheme.current), { renderer: 'svg' });
    chart.current = instance;
    instance.on('finished', () => {
      element.dataset.rendered = 'true';
    });
    instance.getZr().on('click', (event) => {
      const pixel = [event.offsetX, event.offsetY];
      if (!onPlotClickRef.current || !instance.containPixel('grid', pixel)) return;
      const [x] = instance.convertFromPixel('grid', pixel) as number[];
      if (x !== undefined && Number.isFinite(x)) onPlotClickRef.current(x);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setTheme(themeName(scheme));
  }, [scheme]);

  useEffect(() => {
    const element = container.current;
    if (!element || !chart.current) return;
    element.dataset.rendered = 'false';
    chart.current.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />;
}
