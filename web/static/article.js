// Progressive enhancement of the article page: step through the marked query words with
// the "nächster Treffer" buttons or the keys n (next) and N / p (previous), and go back to
// the result page one came from. Without this script the words are still marked, the
// buttons stay hidden and "Zur Suche" searches the query again.
(function () {
  "use strict";
  // Coming from a search on this site, "Zur Suche" leads back to that very result page,
  // with its filters, sort and page.
  var back = document.querySelector(".back a");
  if (back && document.referrer) {
    var from = new URL(document.referrer);
    if (from.origin === location.origin && from.pathname === back.pathname) back.href = from.href;
  }
  var nav = document.querySelector(".matchnav");
  var article = document.querySelector("article.article");
  if (!nav || !article) return;
  var marks = Array.prototype.slice.call(article.querySelectorAll("mark"));
  if (!marks.length) return;
  var where = nav.querySelector(".where");
  var current = -1;

  function show(i) {
    if (current >= 0) marks[current].classList.remove("current");
    current = (i + marks.length) % marks.length;
    var m = marks[current];
    m.classList.add("current");
    m.setAttribute("tabindex", "-1");
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: "center", behavior: "auto" });
    where.textContent = "Treffer " + (current + 1) + " " + where.getAttribute("data-of") + " " + marks.length;
  }

  where.textContent = marks.length + " Treffer";
  nav.hidden = false;
  nav.addEventListener("click", function (e) {
    var button = e.target.closest("button[data-step]");
    if (button) show(current + Number(button.getAttribute("data-step")));
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (e.key === "n") { e.preventDefault(); show(current + 1); }
    else if (e.key === "N" || e.key === "p") { e.preventDefault(); show(current - 1); }
  });
})();
