// Tandem: small progressive enhancements. Everything works without JavaScript.
(function () {
  "use strict";
  // htmx requests carry the CSRF token like forms do.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // An upload form (data-upload) is sent by htmx, so its CSRF token goes in the header above and
  // not in its URL; whatever the server answers is shown as a plain form post would show it: a
  // refusal too (413 too large, 429 too many at once, 403), not only a success.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var form = event.detail.elt;
    if (form && form.matches && form.matches("form[data-upload]") && event.detail.xhr.status >= 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // A form that takes something away at once (data-confirm) asks first, with its own words.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.matches && form.matches("form[data-confirm]") && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
  // A page opened at a part of it (a save that sends the person back to #it-review, #item-12):
  // its message is shown over the page for a while, since the top where it sits is out of sight;
  // and a panel above the part that loads after the page (hx-trigger="load") would push the part
  // down, so the page goes to it again once such a panel is in place, unless the person has
  // scrolled meanwhile.
  function anchored() {
    var id = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : "";
    return id ? document.getElementById(id) : null;
  }
  window.addEventListener("load", function () {
    window.requestAnimationFrame(function () {
      var flash = document.querySelector(".flash");
      if (flash && anchored() && flash.getBoundingClientRect().bottom <= 0) {
        // a spacer keeps the message's place, so that the part opened does not move up when the
        // message leaves the page's flow to float over it (nor down when it goes back)
        var style = window.getComputedStyle(flash);
        var spacer = document.createElement("div");
        spacer.setAttribute("aria-hidden", "true");
        spacer.style.height = flash.offsetHeight + "px";
        spacer.style.marginTop = style.marginTop;
        spacer.style.marginBottom = style.marginBottom;
        flash.parentNode.insertBefore(spacer, flash);
        flash.classList.add("toast");
        window.setTimeout(function () {
          flash.classList.remove("toast");
          spacer.remove();
        }, 6000);
      }
    });
  });
  var movedByPerson = false;
  ["wheel", "touchstart", "keydown", "mousedown"].forEach(function (type) {
    window.addEventListener(type, function () {
      movedByPerson = true;
    }, { passive: true, once: true });
  });
  // The same for a form that came back with errors (the focus went to its first field in error):
  // that field comes into view again, in the middle of the window, with its label and message.
  document.addEventListener("htmx:afterSettle", function (event) {
    var loaded = event.detail.elt;
    var part = anchored();
    var where = { block: "start" };
    if (!part) {
      part = document.querySelector('[aria-invalid="true"]');
      where = { block: "center" };
      if (part && loaded && loaded.contains && loaded.contains(part)) {
        part = null; // a form put back in place with its errors: focused there already
      }
    }
    if (part && !movedByPerson && loaded && loaded.compareDocumentPosition
        && (loaded.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      part.scrollIntoView(where);
    }
  });
  // On a narrow screen the section menu is a strip that scrolls sideways: it shows the current
  // section (in its middle) rather than always its first ones. Only the strip scrolls, not the page.
  document.addEventListener("DOMContentLoaded", function () {
    var current = document.querySelector(".sidenav a[aria-current]");
    var strip = current && current.closest("ul");
    if (strip && strip.scrollWidth > strip.clientWidth) {
      strip.scrollLeft += current.getBoundingClientRect().left - strip.getBoundingClientRect().left
        - (strip.clientWidth - current.offsetWidth) / 2;
    }
  });
  // Select a newly shown secret so it can be copied at once.
  document.addEventListener("DOMContentLoaded", function () {
    var secret = document.getElementById("new-token") || document.getElementById("new-password-link");
    if (secret) {
      secret.focus();
      secret.select();
    }
  });
  // A form that came back with errors: the focus goes to the first field in error, so a keyboard
  // or screen reader user lands on it and hears its message (aria-describedby, set by the server).
  function focusFirstInvalid(root) {
    var invalid = root.querySelector('[aria-invalid="true"]');
    if (invalid && !invalid.disabled) {
      invalid.focus();
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("new-token")) {
      focusFirstInvalid(document);
    }
  });
  // The same after htmx puts a form with errors in place (an in-place edit refused).
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    focusFirstInvalid(target && target.isConnected ? target : document);
  });
  // An in-place save that puts back a shorter card with its message (a journey's stage): the card
  // takes the focus, so the keyboard stays there, and comes into view when its top went above the
  // window as the long form folded (the person saw the next form, not what they saved).
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var card = target && target.isConnected ? target : (target && target.id ? document.getElementById(target.id) : null);
    if (!card || !card.querySelector(':scope > .flash[role="status"]') || card.querySelector('[aria-invalid="true"]')) {
      return;
    }
    if (!card.hasAttribute("tabindex")) {
      card.setAttribute("tabindex", "-1");
    }
    card.focus({ preventScroll: true });
    if (card.getBoundingClientRect().top < 0) {
      card.scrollIntoView({ block: "start" });
    }
  });
  // Long form posts (imports) show their "working" message while the server works (not quick
  // buttons, such as an import's "Preview").
  document.addEventListener("submit", function (event) {
    var busy = event.target.querySelector("[data-busy]");
    if (busy && !(event.submitter && event.submitter.hasAttribute("data-quick"))) {
      busy.hidden = false;
    }
  });
  // A table wider than its column (a list of many columns, on a screen between a phone's and a
  // wide one's) scrolls sideways in a frame of its own instead of widening the page; the frame takes
  // the keyboard's focus so that the arrow keys scroll it. (Below 720 px wide the stylesheet makes
  // every table such a frame; without JavaScript a wide table widens the page.)
  function frameWideTables(root) {
    var tables = root.matches && root.matches("table.table") ? [root] : [];
    if (root.querySelectorAll) {
      tables = tables.concat(Array.prototype.slice.call(root.querySelectorAll("table.table")));
    }
    tables.forEach(function (table) {
      var parent = table.parentElement;
      if (!parent || parent.classList.contains("table-scroll") || table.offsetWidth <= parent.clientWidth) {
        return;
      }
      var frame = document.createElement("div");
      frame.className = "table-scroll";
      frame.tabIndex = 0;
      frame.setAttribute("role", "region");
      var caption = table.caption ? table.caption.textContent.trim() : "";
      frame.setAttribute("aria-label", (caption || "Table") + ", scrolls sideways");
      parent.insertBefore(frame, table);
      frame.appendChild(table);
    });
  }
  // A hint that a picture scrolls sideways (.scroll-hint, named by the picture's aria-describedby)
  // shows whenever the picture is wider than its frame, at any width (a journey of six stages on a
  // laptop too); without scripts, CSS shows it on narrow screens.
  function showScrollHints() {
    Array.prototype.forEach.call(document.querySelectorAll(".scroll-hint[id]"), function (hint) {
      var picture = document.querySelector('[aria-describedby~="' + hint.id + '"]');
      hint.classList.add("measured");
      hint.classList.toggle("shown", !!picture && picture.scrollWidth > picture.clientWidth + 1);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    frameWideTables(document);
    showScrollHints();
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    frameWideTables(target && target.isConnected ? target : document);
    showScrollHints();
  });
  var resizing;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      frameWideTables(document);
      showScrollHints();
    }, 200);
  });
  // Escape closes the workspace switcher, and a small panel opened from a list (a board card's
  // "Drop…"): the one the focus is in, or else every open one; the focus goes back to its summary.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var panels = "details.switcher[open], details.card-drop[open]";
    var inside = event.target.closest && event.target.closest(panels);
    var open = inside ? [inside] : Array.prototype.slice.call(document.querySelectorAll(panels));
    open.forEach(function (d) {
      d.removeAttribute("open");
      d.querySelector("summary").focus();
    });
  });
})();
