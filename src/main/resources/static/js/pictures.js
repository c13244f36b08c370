// Tandem: print buttons and the PNG export of a journey map, drawn from its SVG in the browser.
(function () {
  "use strict";

  function download(url, filename) {
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function exportPng(filename) {
    var svg = document.getElementById("journey-svg");
    if (!svg) {
      return;
    }
    var width = svg.width.baseVal.value;
    var height = svg.height.baseVal.value;
    var xml = new XMLSerializer().serializeToString(svg);
    var image = new Image();
    image.onload = function () {
      var scale = 2;
      var canvas = document.createElement("canvas");
      canvas.width = width * scale;
      canvas.height = height * scale;
      var context = canvas.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        var url = URL.createObjectURL(blob);
        download(url, filename);
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      }, "image/png");
    };
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(xml);
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    if (target.closest("[data-print]")) {
      window.print();
    } else if (target.closest("[data-png-export]")) {
      exportPng(target.closest("[data-png-export]").getAttribute("data-filename") || "journey.png");
    }
  });
})();
