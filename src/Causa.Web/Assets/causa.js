// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Print the analyst section open, and put it back as it was afterwards.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.analyst-details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  // Fill a field's <datalist> from /api/v1/complete as the user types (the server sent the first names already).
  document.querySelectorAll("input[data-complete]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var field = input.getAttribute("data-complete");
    var timer = null;
    if (!list) { return; }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var prefix = input.value.trim();
      if (prefix.length < 2 || prefix.length > 100) { return; }
      timer = setTimeout(function () {
        fetch("/api/v1/complete?field=" + encodeURIComponent(field) + "&prefix=" + encodeURIComponent(prefix),
              { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (names) {
            list.replaceChildren.apply(list, names.map(function (name) {
              var option = document.createElement("option");
              option.value = name; // a property, never HTML
              return option;
            }));
          })
          .catch(function () { /* completion is optional */ });
      }, 150);
    });
  });
})();
