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
  // Long form posts (imports) show their "working" message while the server works (not quick
  // buttons, such as an import's "Preview").
  document.addEventListener("submit", function (event) {
    var busy = event.target.querySelector("[data-busy]");
    if (busy && !(event.submitter && event.submitter.hasAttribute("data-quick"))) {
      busy.hidden = false;
    }
  });
  // Close the workspace switcher with Escape.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      document.querySelectorAll("details.switcher[open]").forEach(function (d) {
        d.removeAttribute("open");
        d.querySelector("summary").focus();
      });
    }
  });
})();
