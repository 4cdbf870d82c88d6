// Line charts of a person's observations on the record page (ECharts, loaded before this file).
document.querySelectorAll('.record-chart').forEach(function (el) {
  // "null" (a result without a number) is a gap in the line, not a zero
  function numbers(text) { return text ? text.split(',').map(function (v) { return v === 'null' ? null : Number(v); }) : []; }
  var values = numbers(el.dataset.values);
  var second = numbers(el.dataset.second); // a panel's second component: a blood pressure's diastolic
  if (values.length < 2 || typeof echarts === 'undefined') { el.remove(); return; }
  var series = [{ type: 'line', data: values, symbolSize: 8, connectNulls: true }];
  if (second.length === values.length) { series.push({ type: 'line', data: second, symbolSize: 8, connectNulls: true }); }
  echarts.init(el).setOption({ animation: false, grid: { left: 40, right: 16, top: 16, bottom: 24 },
    xAxis: { type: 'category', data: el.dataset.dates.split(',') }, yAxis: { type: 'value', scale: true }, series: series });
});
