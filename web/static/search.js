// Progressive enhancement of the search page: "/" focuses the box, archive words and
// titles are offered while typing, and the page shows that a search is under way.
// The page works the same without this script.
(function () {
  "use strict";
  var box = document.getElementById("q");
  if (!box) return;
  var form = box.form;
  var hint = document.querySelector(".hint[hidden]");
  if (hint) hint.hidden = false;
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault(); box.focus(); box.select();
    }
  });

  // Busy state: from a submit or a click on a link to another search until the next page.
  var status = document.getElementById("busy");
  var busyText = form.getAttribute("data-busy") || "";
  function busy(on) {
    document.documentElement.classList.toggle("loading", on);
    form.classList.toggle("busy", on);
    if (on) form.setAttribute("aria-busy", "true"); else form.removeAttribute("aria-busy");
    if (status) status.textContent = on ? busyText : "";
  }
  form.addEventListener("submit", function () { busy(true); });
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (!a || e.defaultPrevented || e.button !== 0) return;
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || a.target || a.hasAttribute("download")) return;
    if (a.closest(".exports")) return; // feeds and downloads do not replace the page
    if (a.origin !== location.origin || a.pathname !== location.pathname) return;
    if (a.hash && a.search === location.search) return;
    busy(true);
  });
  // Coming back through the history shows the page as it was left: not busy.
  window.addEventListener("pageshow", function () { busy(false); });
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
