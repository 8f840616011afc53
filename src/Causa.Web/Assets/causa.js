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

  // What a completion stands for, beside it in the list: "brand: mirtazapine", "Dutch: Back pain".
  var languages = { en: "English", nl: "Dutch", de: "German", fr: "French", es: "Spanish" };
  function describe(item) {
    var language = item.language && languages[item.language];
    if (item.kind === "brand") { return item.means ? "brand: " + item.means : "brand"; }
    if (item.kind === "class") { return "class of medicines" + (language ? " (" + language + ")" : ""); }
    if (item.kind === "lay_word") { return (language || "lay word") + ": " + item.means; }
    return "";
  }

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
          .then(function (items) {
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.name; // properties, never HTML
              var hint = describe(item);
              if (hint) { option.label = hint; }
              return option;
            }));
          })
          .catch(function () { /* completion is optional */ });
      }, 150);
    });
  });
})();
