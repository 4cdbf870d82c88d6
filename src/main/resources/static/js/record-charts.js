// Line charts of a person's observations on the record page (ECharts, loaded before this file).
document.querySelectorAll('.record-chart').forEach(function (el) {
  var values = el.dataset.values.split(',').map(Number);
  if (values.length < 2 || typeof echarts === 'undefined') { el.remove(); return; }
  echarts.init(el).setOption({ animation: false, grid: { left: 40, right: 16, top: 16, bottom: 24 },
    xAxis: { type: 'category', data: el.dataset.dates.split(',') }, yAxis: { type: 'value', scale: true },
    series: [{ type: 'line', data: values, symbolSize: 8 }] });
});
