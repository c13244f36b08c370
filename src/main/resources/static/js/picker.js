// Tandem: the picker of what an insight proves, in the insight form. A box ticked among the names found
// moves to the list of links, so the next search does not take it away; Enter in the search field
// searches instead of sending the whole form. Without JavaScript the form keeps the links it has.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== "checkbox" || !box.checked) {
      return;
    }
    var found = box.closest("[data-collect]");
    if (!found) {
      return;
    }
    var list = document.getElementById(found.getAttribute("data-collect"));
    var item = box.closest("li");
    if (list && item) {
      var duplicate = list.querySelector(
        'input[name="' + box.name + '"][value="' + box.value + '"]');
      if (duplicate) {
        duplicate.checked = true;
        item.remove();
      } else {
        list.appendChild(item);
      }
      list.hidden = false;
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement
        && event.target.hasAttribute("data-picker-search")) {
      event.preventDefault();
      if (window.htmx) {
        window.htmx.trigger(event.target, "search");
      }
    }
  });
})();
