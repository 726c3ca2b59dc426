/* checker HTML report: selection, tooltips, keyboard navigation and filters. Inlined; no network. */
(function () {
  "use strict";
  var dataNode = document.getElementById("checker-data");
  if (!dataNode) return;
  document.body.classList.remove("no-js");
  var findings = JSON.parse(dataNode.textContent).findings;
  var byId = {};
  findings.forEach(function (f) { byId[f.id] = f; });
  var body = document.getElementById("detail-body");
  var tip = document.getElementById("tip");
  var selected = null;

  function pieces(id) {
    var own = document.getElementById(id);
    var parts = Array.prototype.slice.call(document.querySelectorAll('mark[data-of="' + id + '"]'));
    return own ? [own].concat(parts) : parts;
  }
  function evidence(id) { return document.querySelectorAll('mark.evidence[data-for="' + id + '"]'); }
  function rows(id) { return document.querySelectorAll('tr[data-for="' + id + '"]'); }
  function keyOf(node) {
    var mark = node.closest && node.closest("mark.finding, mark.finding-part");
    if (!mark) return null;
    return mark.classList.contains("finding") ? mark.id : mark.getAttribute("data-of");
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll("mark.finding"), function (m) {
      return !m.classList.contains("off");
    });
  }

  function showDetail(f) {
    body.textContent = "";
    var head = el("div", "d-head");
    head.appendChild(el("span", "badge sev-" + f.severity, f.severity));
    head.appendChild(el("span", "d-code", f.code));
    var cat = el("span", "chip-s cat-" + f.category);
    cat.appendChild(el("span", "swatch"));
    cat.appendChild(document.createTextNode(f.category));
    head.appendChild(cat);
    body.appendChild(head);
    body.appendChild(el("p", "d-msg", f.message));
    body.appendChild(el("div", "d-label", "Flagged text"));
    var text = el("blockquote", "d-text cat-" + f.category, f.text || "(an empty span)");
    body.appendChild(text);
    if (f.suggestion !== null && f.suggestion !== undefined) {
      body.appendChild(el("div", "d-label", "Suggestion"));
      body.appendChild(el("blockquote", "d-text d-fix", f.suggestion === "" ? "Delete it." : f.suggestion));
    }
    if (f.source !== null && f.source !== undefined) {
      body.appendChild(el("div", "d-label", "Source evidence"));
      var src = el("blockquote", "d-text d-src", f.source);
      if (f.sourceLang) src.setAttribute("lang", f.sourceLang);
      body.appendChild(src);
    }
    body.appendChild(el("p", "d-where", f.file + ", line " + f.line + ", column " + f.column));
    if (f.summary) body.appendChild(el("p", "d-rule", f.code + " " + f.name + ": " + f.summary));
    var nav = el("div", "d-nav");
    var prev = el("button", null, "← Previous");
    var next = el("button", null, "Next →");
    prev.type = next.type = "button";
    prev.addEventListener("click", function () { step(-1); });
    next.addEventListener("click", function () { step(1); });
    nav.appendChild(prev);
    nav.appendChild(next);
    body.appendChild(nav);
  }

  function clear() {
    if (!selected) return;
    pieces(selected).forEach(function (m) { m.classList.remove("selected"); });
    var own = document.getElementById(selected);
    if (own) own.setAttribute("aria-pressed", "false");
    Array.prototype.forEach.call(evidence(selected), function (m) { m.classList.remove("active"); });
    Array.prototype.forEach.call(rows(selected), function (r) { r.classList.remove("selected"); });
    selected = null;
  }

  function select(id, focus) {
    var f = byId[id];
    if (!f) return;
    clear();
    selected = id;
    pieces(id).forEach(function (m) { m.classList.add("selected"); });
    var own = document.getElementById(id);
    if (own) {
      own.setAttribute("aria-pressed", "true");
      if (focus) { own.focus({ preventScroll: true }); own.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
    var ev = evidence(id);
    Array.prototype.forEach.call(ev, function (m) { m.classList.add("active"); });
    if (ev.length) ev[0].scrollIntoView({ block: "nearest", behavior: "smooth" });
    Array.prototype.forEach.call(rows(id), function (r) { r.classList.add("selected"); });
    showDetail(f);
  }

  function step(delta) {
    var list = visible();
    if (!list.length) return;
    var i = list.findIndex(function (m) { return m.id === selected; });
    i = i < 0 ? (delta > 0 ? 0 : list.length - 1) : (i + delta + list.length) % list.length;
    select(list[i].id, true);
  }

  function showTip(id, anchor) {
    var f = byId[id];
    if (!f) return;
    tip.textContent = "";
    tip.appendChild(el("b", null, f.code + " · " + f.message));
    if (f.suggestion !== null && f.suggestion !== undefined) {
      var s = el("div", "t-row");
      s.appendChild(el("span", null, "suggestion"));
      s.appendChild(document.createTextNode(f.suggestion === "" ? "delete it" : f.suggestion));
      tip.appendChild(s);
    }
    if (f.source !== null && f.source !== undefined) {
      var r = el("div", "t-row");
      r.appendChild(el("span", null, "source"));
      r.appendChild(document.createTextNode(f.source));
      tip.appendChild(r);
    }
    tip.hidden = false;
    var box = anchor.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 12);
    var top = window.scrollY + box.bottom + 8;
    if (box.bottom + tip.offsetHeight + 16 > window.innerHeight) top = window.scrollY + box.top - tip.offsetHeight - 8;
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }
  function hideTip() { tip.hidden = true; }

  document.addEventListener("click", function (event) {
    var id = keyOf(event.target);
    if (id) {
      if (!document.getElementById(id).classList.contains("off")) select(id, false);
      return;
    }
    var link = event.target.closest && event.target.closest("a.goto");
    if (link) {
      event.preventDefault();
      select(link.getAttribute("href").slice(1), true);
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var id = keyOf(target);
    if (id && (event.key === "Enter" || event.key === " " || event.key === "Spacebar")) {
      event.preventDefault();
      select(id, false);
      return;
    }
    if (event.key === "Escape") { clear(); hideTip(); return; }
    if (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "n" || event.key === "j") { step(1); }
    else if (event.key === "p" || event.key === "k") { step(-1); }
  });
  document.addEventListener("mouseover", function (event) {
    var id = keyOf(event.target);
    if (id && !document.getElementById(id).classList.contains("off")) {
      pieces(id).forEach(function (m) { m.classList.add("hover"); });
      showTip(id, event.target.closest("mark"));
    }
  });
  document.addEventListener("mouseout", function (event) {
    var id = keyOf(event.target);
    if (id) { pieces(id).forEach(function (m) { m.classList.remove("hover"); }); hideTip(); }
  });
  document.addEventListener("focusin", function (event) {
    var id = keyOf(event.target);
    if (id) showTip(id, event.target); else hideTip();
  });
  document.addEventListener("focusout", hideTip);

  var boxes = document.querySelectorAll("input[data-filter]");
  var shown = document.getElementById("shown");
  function applyFilters() {
    var on = { category: {}, severity: {} };
    Array.prototype.forEach.call(boxes, function (b) { on[b.getAttribute("data-filter")][b.value] = b.checked; });
    var count = 0;
    findings.forEach(function (f) {
      var show = on.category[f.category] !== false && on.severity[f.severity] !== false;
      if (show) count += 1;
      pieces(f.id).forEach(function (m, i) {
        m.classList.toggle("off", !show);
        if (i === 0 && m.classList.contains("finding")) {
          // a filtered finding stays readable text, but is no longer a control
          m.setAttribute("tabindex", show ? "0" : "-1");
          if (show) m.setAttribute("role", "button"); else m.removeAttribute("role");
        }
      });
      Array.prototype.forEach.call(evidence(f.id), function (m) { m.classList.toggle("off", !show); });
      Array.prototype.forEach.call(rows(f.id), function (r) { r.classList.toggle("filtered", !show); });
      if (!show && selected === f.id) clear();
    });
    if (shown) shown.textContent = count === findings.length ? "Showing all " + count + " findings."
      : "Showing " + count + " of " + findings.length + " findings.";
  }
  Array.prototype.forEach.call(boxes, function (b) { b.addEventListener("change", applyFilters); });

  if (location.hash && byId[location.hash.slice(1)]) select(location.hash.slice(1), true);
})();
