import * as echarts from 'echarts';
import type { ReviewDailySeries } from './review-model';

const WIDTH = 320;
const HEIGHT = 170;

export interface ChartColours {
  line: string;
  breach: string;
  watch: string;
}

/**
 * A metric's daily values over the month with its watch and breach levels, as an SVG string
 * drawn by ECharts on the server: the report carries the picture, never a script.
 */
export function trendChartSvg(series: ReviewDailySeries, title: string, colours: ChartColours, fontFamily: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    const dates = series.points.map((point) => point.date.slice(5));
    const level = (pick: 'watch' | 'breach') => series.points.map((point) => point[pick]);
    const hasLevel = (pick: 'watch' | 'breach') => series.points.some((point) => point[pick] !== null);
    const percent = series.unit === 'ratio';
    chart.setOption({
      animation: false,
      textStyle: { fontFamily },
      title: { text: title, left: 0, top: 0, textStyle: { fontSize: 11, fontWeight: 'bold', fontFamily } },
      grid: { left: 46, right: 8, top: 28, bottom: 22 },
      xAxis: { type: 'category', data: dates, axisLabel: { fontSize: 8 }, boundaryGap: false },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { fontSize: 8, formatter: (value: number) => (percent ? `${Number((value * 100).toPrecision(3))}%` : String(Number(value.toPrecision(4)))) },
      },
      series: [
        { type: 'line', data: series.points.map((point) => point.value), symbol: 'none', lineStyle: { width: 1.6, color: colours.line } },
        ...(hasLevel('breach') ? [{ type: 'line', data: level('breach'), symbol: 'none', lineStyle: { width: 1, type: 'dashed', color: colours.breach } }] : []),
        ...(hasLevel('watch') ? [{ type: 'line', data: level('watch'), symbol: 'none', lineStyle: { width: 1, type: 'dotted', color: colours.watch } }] : []),
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
