// The dashboard's printable version: the Print button prints the page (the @media print rules in
// tandem.css open every collapsed part of the goal tree and hide the navigation and the filters).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-print]");
    if (button) {
      window.print();
    }
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".dashboard details").forEach(function (d) { d.open = true; });
  });
})();
