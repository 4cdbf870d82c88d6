// Draws the need index chart from the data attribute the page sets; the table below it carries the same figures.
(function () {
  var el = document.getElementById('need-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(el.getAttribute('data-chart'));
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 48, right: 16, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: data.units, axisLabel: { interval: 0, rotate: data.units.length > 8 ? 45 : 0 } },
    yAxis: { type: 'value', name: 'index (ICB = 1)', min: function (v) { return Math.max(0, Math.round((Math.floor(v.min * 10) / 10 - 0.1) * 10) / 10); } },
    series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
