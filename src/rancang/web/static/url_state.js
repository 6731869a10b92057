// A view can be shared: a form marked data-url-state that updates part of the page (htmx)
// writes its fields into the page's address (history.replaceState), so the address always
// says what the page shows (the dashboard's weights beside its reference and period).
"use strict";
(function () {
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.detail.elt && e.detail.elt.closest ? e.detail.elt.closest("form[data-url-state]") : null;
    if (!form || !e.detail.successful) return;
    var url = new URL(window.location.href);
    new FormData(form).forEach(function (value, key) {
      if (key === "csrf_token") return;
      if (value === "") url.searchParams.delete(key); else url.searchParams.set(key, value);
    });
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    // the other forms of the page keep these values when they are sent
    document.querySelectorAll("form[data-url-keep]").forEach(function (other) {
      new FormData(form).forEach(function (value, key) {
        if (!/^w_/.test(key)) return;
        var field = other.querySelector('input[type=hidden][name="' + key + '"]');
        if (!field) {
          field = document.createElement("input");
          field.type = "hidden";
          field.name = key;
          other.appendChild(field);
        }
        field.value = value;
      });
    });
  });
})();
