// KPI charts: draws every <canvas data-kpi-chart> from the JSON in its data-chart attribute
// (measurements, baseline, target, the pace line from baseline to target, guardrail bands) with
// Chart.js. The table of measurements on the KPI page carries the same numbers without a chart.
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;
  var COLORS = {
    measured: "#2457c5",
    baseline: "#6b7480",
    target: "#14532d",
    pace: "#9aa4b1",
    guardrail: "rgba(194, 56, 43, 0.14)",
    guardrailLine: "#c2382b"
  };

  function time(day) {
    return Date.parse(day + "T00:00:00Z");
  }

  function formatDate(ms, small) {
    return new Date(ms).toLocaleDateString(undefined, small
      ? { month: "short", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  // The first days of months between min and max (ms), every so many months so that at most limit
  // of them are marked: a mark on a month's first day, named with its whole year ("Jan 2026"), where
  // marks at even distances fell on any day and "Dec 25" read as the 25th of December.
  function monthTicks(min, max, limit) {
    var first = new Date(min);
    var month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0), 1);
    var months = [];
    for (var d = new Date(month); d.getTime() <= max; d.setUTCMonth(d.getUTCMonth() + 1)) {
      months.push(d.getTime());
    }
    var step = Math.max(1, Math.ceil(months.length / limit));
    return months.filter(function (m, i) { return i % step === 0; }).map(function (m) { return { value: m }; });
  }

  function formatValue(value, unit) {
    return (Math.round(value * 100) / 100).toLocaleString(undefined) + (unit || "");
  }

  function line(label, points, color, extra) {
    var dataset = {
      label: label,
      data: points,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 1.5,
      pointRadius: 0,
      pointHoverRadius: 0,
      fill: false,
      tension: 0
    };
    Object.keys(extra || {}).forEach(function (key) { dataset[key] = extra[key]; });
    return dataset;
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var small = canvas.dataset.kpiChart === "small";
    var points = data.measurements.map(function (m) { return { x: time(m.date), y: m.value, note: m.note }; });
    var start = time(data.baseline.date);
    var end = time(data.target.date);
    points.forEach(function (p) { start = Math.min(start, p.x); end = Math.max(end, p.x); });
    var pad = Math.max((end - start) * 0.02, DAY);
    var from = start - pad;
    var to = end + pad;

    var datasets = [
      line("Measured", points, COLORS.measured, {
        borderWidth: small ? 2 : 2.5, pointRadius: small ? 2 : 4, pointHoverRadius: 6, order: 0
      }),
      line("Plan", [{ x: time(data.baseline.date), y: data.baseline.value }, { x: time(data.target.date), y: data.target.value }],
        COLORS.pace, { borderDash: [6, 4], order: 2 }),
      line("Baseline", [{ x: from, y: data.baseline.value }, { x: to, y: data.baseline.value }],
        COLORS.baseline, { borderDash: [2, 3], order: 3 }),
      line("Target", [{ x: from, y: data.target.value }, { x: to, y: data.target.value }],
        COLORS.target, { borderWidth: 2, order: 3 })
    ];
    if (data.guardrailMin !== null && data.guardrailMin !== undefined) {
      datasets.push(line("Must not drop below " + formatValue(data.guardrailMin, data.unit),
        [{ x: from, y: data.guardrailMin }, { x: to, y: data.guardrailMin }],
        COLORS.guardrailLine, { fill: "start", backgroundColor: COLORS.guardrail, borderDash: [4, 2], order: 4 }));
    }
    if (data.guardrailMax !== null && data.guardrailMax !== undefined) {
      datasets.push(line("Must not rise above " + formatValue(data.guardrailMax, data.unit),
        [{ x: from, y: data.guardrailMax }, { x: to, y: data.guardrailMax }],
        COLORS.guardrailLine, { fill: "end", backgroundColor: COLORS.guardrail, borderDash: [4, 2], order: 4 }));
    }

    var values = [data.baseline.value, data.target.value].concat(points.map(function (p) { return p.y; }));
    if (data.guardrailMin !== null && data.guardrailMin !== undefined) { values.push(data.guardrailMin); }
    if (data.guardrailMax !== null && data.guardrailMax !== undefined) { values.push(data.guardrailMax); }
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    var margin = (high - low) * 0.12 || Math.abs(high) * 0.1 || 1;

    var existing = window.Chart.getChart(canvas);
    if (existing) { existing.destroy(); }
    new window.Chart(canvas, {
      type: "line",
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: true,
        interaction: { mode: "nearest", intersect: false },
        scales: {
          x: {
            type: "linear", min: from, max: to,
            afterBuildTicks: function (axis) { axis.ticks = monthTicks(axis.min, axis.max, small ? 3 : 7); },
            ticks: { autoSkip: false, callback: function (v) { return formatDate(v, true); } },
            grid: { display: !small }
          },
          y: {
            suggestedMin: low - margin, suggestedMax: high + margin,
            ticks: { maxTicksLimit: small ? 4 : 8, callback: function (v) { return formatValue(v, data.unit); } }
          }
        },
        plugins: {
          legend: { display: !small, position: "bottom", labels: { boxHeight: 2, usePointStyle: false } },
          tooltip: {
            filter: function (item) { return item.datasetIndex === 0; },
            callbacks: {
              title: function (items) { return items.length ? formatDate(items[0].parsed.x, false) : ""; },
              label: function (item) { return data.name + ": " + formatValue(item.parsed.y, data.unit); },
              afterLabel: function (item) { return item.raw && item.raw.note ? item.raw.note : ""; }
            }
          }
        }
      }
    });
    canvas.dataset.drawn = String(points.length);
  }

  function drawAll(root) {
    if (!window.Chart) { return; }
    (root || document).querySelectorAll("canvas[data-kpi-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { drawAll(); });
  } else {
    drawAll();
  }
  // a page that swaps charts in place (the dashboard's filters) draws the new ones
  document.addEventListener("htmx:afterSettle", function (event) { drawAll(event.target); });
})();
