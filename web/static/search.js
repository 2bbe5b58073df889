// Progressive enhancement of the search box: "/" focuses it, and archive words and
// titles are offered while typing. The page works the same without this script.
(function () {
  "use strict";
  var box = document.getElementById("q");
  if (!box) return;
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "/" && !typing) { e.preventDefault(); box.focus(); box.select(); }
  });
  var list = document.getElementById("q-complete");
  var url = box.getAttribute("data-complete");
  if (!list || !url || !window.fetch) return;
  var timer = null, last = "";
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = box.value;
      if (q.length < 2 || q === last) return;
      last = q;
      fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data || box.value !== q) return;
          while (list.firstChild) list.removeChild(list.firstChild);
          data.terms.concat(data.titles.map(function (t) { return t.title; })).slice(0, 10)
            .forEach(function (text) {
              var opt = document.createElement("option");
              opt.value = text;
              list.appendChild(opt);
            });
        })
        .catch(function () { /* offline or busy: no suggestions, the box still works */ });
    }, 150);
  });
})();
