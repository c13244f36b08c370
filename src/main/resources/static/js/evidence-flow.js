// Evidence flow: draws every <div data-evidence-flow> as a Sankey with Apache ECharts, from the JSON
// in its data-flow attribute ({nodes: [{id, name, side, team}], links: [{source, target, value}]}).
// Team names are user text: they are drawn as plain SVG text (no rich text, no HTML formatter), and
// the tooltip escapes them. Colours are the Okabe-Ito palette, which colour-blind readers tell apart,
// one per team on both sides; the SVG renderer prints crisply. The table beside the picture carries
// the same numbers without it.
(function () {
  "use strict";

  // Okabe & Ito (2008), without yellow, which is too pale on white
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"];
  var UNROUTED = "#8a8a8a";

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
  }

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.dataset.flow || "{}");
    } catch (e) {
      return;
    }
    if (!data.nodes || !data.nodes.length) {
      return;
    }
    var colours = {};
    var next = 0;
    data.nodes.forEach(function (node) {
      if (node.side !== "unrouted" && !(node.team in colours)) {
        colours[node.team] = PALETTE[next % PALETTE.length];
        next += 1;
      }
    });
    var names = {};
    data.nodes.forEach(function (node) { names[node.id] = node.name; });
    var nodes = data.nodes.map(function (node) {
      return {
        id: node.id,
        name: node.name,
        itemStyle: {
          color: node.side === "unrouted" ? UNROUTED : colours[node.team],
          borderColor: "#1f2933",
          borderWidth: 0.5
        },
        label: { position: node.side === "captured" ? "right" : "left" }
      };
    });
    var links = data.links.map(function (link) {
      return { source: link.source, target: link.target, value: link.value };
    });
    var existing = window.echarts.getInstanceByDom(element);
    if (existing) {
      existing.dispose();
    }
    var chart = window.echarts.init(element, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: {
        trigger: "item",
        formatter: function (params) {
          if (params.dataType === "edge") {
            return escapeHtml(names[params.data.source]) + " → " + escapeHtml(names[params.data.target])
              + ": " + escapeHtml(params.data.value);
          }
          return escapeHtml(params.name) + ": " + escapeHtml(params.value);
        }
      },
      series: [{
        type: "sankey",
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        nodeWidth: 14,
        nodeGap: 12,
        draggable: false,
        layoutIterations: 32,
        emphasis: { focus: "adjacency" },
        data: nodes,
        links: links,
        lineStyle: { color: "source", opacity: 0.35, curveness: 0.5 },
        label: {
          color: "#1f2933",
          fontSize: 12,
          // the node's name as it is: a function, not a template string, and no "rich" styles, so
          // zrender draws it as plain text whatever braces or bars it holds
          formatter: function (params) { return String(params.name); }
        }
      }]
    });
    element.dataset.drawn = String(links.length);
  }

  function drawAll(root) {
    if (!window.echarts) {
      return;
    }
    (root || document).querySelectorAll("[data-evidence-flow]").forEach(draw);
  }

  function resizeAll() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll("[data-evidence-flow]").forEach(function (element) {
      var chart = window.echarts.getInstanceByDom(element);
      if (chart) {
        chart.resize();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { drawAll(); });
  } else {
    drawAll();
  }
  // a filter that swaps the dashboard in place brings new data
  document.addEventListener("htmx:afterSettle", function (event) { drawAll(event.target); });
  window.addEventListener("resize", resizeAll);
  window.addEventListener("beforeprint", resizeAll);
})();
