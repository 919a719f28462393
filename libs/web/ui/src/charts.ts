// Charts have an entry point of their own: the pages that draw them are lazy, and exporting them from
// the library's index would put them in the JavaScript every page loads first (the shell imports the
// index for its header).
export * from './lib/bar-chart/bar-chart.component';
export * from './lib/trend-chart/trend-chart.component';
export * from './lib/stacked-bar-chart/stacked-bar-chart.component';
