(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('pm-data').textContent);
  var pageSize = Number(document.body.getAttribute('data-page-size')) || 20;
  var names = { p: 'project', i: 'institute', n: 'industry', a: 'amount' };
  var lists = { p: 'projects', i: 'institutes', n: 'industries', a: 'amounts' };
  var verdicts = { tp: 'right', fp: 'wrong', dup: 'wrong (a second name of one gold entity)', opt: 'optional' };
  var docsEl = document.getElementById('docs');
  var tip = document.getElementById('tip');
  var shown = data.map(function (d, i) { return i; });
  var page = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // The text with every mention a <mark>: nested where mentions nest, a
  // mention that crosses another in pieces that share its data-m.
  function highlight(target, d, di) {
    var cps = Array.from(d.text);
    var ms = d.m || [];
    var bounds = [0, cps.length];
    ms.forEach(function (m) { bounds.push(m.s, m.e); });
    bounds = bounds.filter(function (b) { return b >= 0 && b <= cps.length; });
    bounds.sort(function (a, b) { return a - b; });
    bounds = bounds.filter(function (b, k) { return k === 0 || b !== bounds[k - 1]; });
    var stack = [];
    for (var k = 0; k + 1 < bounds.length; k++) {
      var a = bounds[k], b = bounds[k + 1];
      var cover = [];
      for (var q = 0; q < ms.length; q++) {
        if (ms[q].s <= a && ms[q].e >= b && ms[q].s < ms[q].e) { cover.push(q); }
      }
      var j = 0;
      while (j < stack.length && j < cover.length && stack[j].m === cover[j]) { j++; }
      stack.length = j;
      for (var r = j; r < cover.length; r++) {
        var m = ms[cover[r]];
        var mark = el('mark', 'hl c-' + m.c + (m.g ? ' g-' + m.g : ''));
        mark.tabIndex = 0;
        mark.setAttribute('data-m', String(cover[r]));
        mark.setAttribute('data-c', m.c);
        mark.setAttribute('data-x', String(m.x));
        mark.setAttribute('data-doc', String(di));
        (r === 0 ? target : stack[r - 1].el).appendChild(mark);
        stack.push({ m: cover[r], el: mark });
      }
      var parent = stack.length ? stack[stack.length - 1].el : target;
      parent.appendChild(document.createTextNode(cps.slice(a, b).join('')));
    }
  }

  function table(d, c) {
    var items = d.lists[lists[c]] || [];
    var box = el('div', 'list');
    box.appendChild(el('h3', null, lists[c] + ' (' + items.length + ')'));
    if (items.length) {
      var t = el('table');
      items.forEach(function (it, x) {
        var tr = el('tr', it.g ? 'g-' + it.g : '');
        tr.setAttribute('data-c', c);
        tr.setAttribute('data-x', String(x));
        var name = el('td', 'hl c-' + c, it.name);
        tr.appendChild(name);
        tr.appendChild(el('td', 'attrs', (it.attrs || []).join('\n')));
        t.appendChild(tr);
      });
      box.appendChild(t);
    }
    var missed = d.gold && d.gold.missed[lists[c]];
    if (missed && missed.length) {
      var ul = el('ul', 'missed-list');
      ul.setAttribute('data-c', c);
      missed.forEach(function (n) { ul.appendChild(el('li', 'missed', n)); });
      box.appendChild(el('p', null, 'missed:'));
      box.appendChild(ul);
    }
    return box;
  }

  function renderDoc(di) {
    var d = data[di];
    var sec = el('section', 'doc');
    sec.id = 'doc-' + di;
    sec.setAttribute('data-doc', String(di));
    sec.setAttribute('data-id', d.id);
    sec.appendChild(el('h2', null, d.id));
    sec.appendChild(el('p', 'path', d.path));
    if (d.error) { sec.appendChild(el('p', 'error', d.error)); }
    var body = el('div', 'body');
    var text = el('div', 'text');
    text.lang = 'zh';
    highlight(text, d, di);
    body.appendChild(text);
    var side = el('div', 'side');
    if (d.gold) {
      var g = el('table', 'gold');
      g.appendChild(el('caption', null, 'against the gold file'));
      var head = el('tr');
      ['', 'TP', 'FP', 'FN', 'P / R / F1'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      g.appendChild(head);
      Object.keys(lists).forEach(function (c) {
        var n = d.gold.counts[lists[c]];
        var tr = el('tr');
        tr.setAttribute('data-c', c);
        [lists[c], n[0], n[1], n[2], d.gold.f1[lists[c]]].forEach(function (v) { tr.appendChild(el('td', null, String(v))); });
        g.appendChild(tr);
      });
      side.appendChild(g);
      if (d.gold.wrong && d.gold.wrong.length) {
        var w = el('ul', 'wrong');
        d.gold.wrong.forEach(function (s) { w.appendChild(el('li', null, s)); });
        side.appendChild(el('p', null, 'wrong attributes:'));
        side.appendChild(w);
      }
    }
    Object.keys(lists).forEach(function (c) { side.appendChild(table(d, c)); });
    body.appendChild(side);
    sec.appendChild(body);
    return sec;
  }

  function render() {
    docsEl.textContent = '';
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var from = page * pageSize, to = Math.min(shown.length, from + pageSize);
    for (var k = from; k < to; k++) { docsEl.appendChild(renderDoc(shown[k])); }
    document.getElementById('pageinfo').textContent = shown.length
      ? 'documents ' + (from + 1) + '–' + to + ' of ' + shown.length + ' (page ' + (page + 1) + ' of ' + pages + ')'
      : 'no document matches';
  }

  function details(mark) {
    var d = data[Number(mark.getAttribute('data-doc'))];
    var c = mark.getAttribute('data-c');
    var it = d.lists[lists[c]][Number(mark.getAttribute('data-x'))];
    var lines = [names[c] + ': ' + it.name].concat(it.attrs || []);
    if (it.g) { lines.push('gold: ' + (verdicts[it.g] || it.g)); }
    return lines.join('\n');
  }

  function showTip(mark) {
    tip.textContent = details(mark);
    var r = mark.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 4) + 'px';
    tip.hidden = false;
  }

  function clearLinks(sec) {
    Array.prototype.forEach.call(sec.querySelectorAll('.linked'), function (e) { e.classList.remove('linked'); });
  }

  // A project shows its industry and its investment.
  function showLinks(mark) {
    var sec = mark.closest('.doc');
    clearLinks(sec);
    if (mark.getAttribute('data-c') !== 'p') { return; }
    var d = data[Number(mark.getAttribute('data-doc'))];
    var it = d.lists.projects[Number(mark.getAttribute('data-x'))];
    var sel = ['[data-c="p"][data-x="' + mark.getAttribute('data-x') + '"]'];
    if (it.ind >= 0) { sel.push('[data-c="n"][data-x="' + it.ind + '"]'); }
    it.inv.forEach(function (x) { sel.push('[data-c="a"][data-x="' + x + '"]'); });
    Array.prototype.forEach.call(sec.querySelectorAll(sel.join(',')), function (e) { e.classList.add('linked'); });
  }

  docsEl.addEventListener('mouseover', function (e) { var m = e.target.closest('mark.hl'); if (m) { showTip(m); } });
  docsEl.addEventListener('mouseout', function (e) { if (e.target.closest('mark.hl')) { tip.hidden = true; } });
  docsEl.addEventListener('focusin', function (e) { var m = e.target.closest('mark.hl'); if (m) { showTip(m); } });
  docsEl.addEventListener('focusout', function () { tip.hidden = true; });
  docsEl.addEventListener('click', function (e) { var m = e.target.closest('mark.hl'); if (m) { showLinks(m); } });

  function move(step) {
    var marks = Array.prototype.slice.call(docsEl.querySelectorAll('mark.hl'));
    if (!marks.length) { return; }
    var k = marks.indexOf(document.activeElement);
    k = k < 0 ? (step > 0 ? 0 : marks.length - 1) : (k + step + marks.length) % marks.length;
    marks[k].focus();
    marks[k].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', function (e) {
    if (e.target && e.target.id === 'q') { return; }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    switch (e.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'n': page++; render(); break;
      case 'p': page--; render(); break;
      case 'Enter':
        if (document.activeElement && document.activeElement.matches('mark.hl')) { showLinks(document.activeElement); }
        return;
      case 'Escape': tip.hidden = true; return;
      default: return;
    }
    e.preventDefault();
  });
  document.getElementById('next').addEventListener('click', function () { page++; render(); });
  document.getElementById('prev').addEventListener('click', function () { page--; render(); });
  document.getElementById('q').addEventListener('input', function (e) {
    var q = e.target.value.trim().toLowerCase();
    shown = [];
    data.forEach(function (d, i) { if (!q || d.q.indexOf(q) >= 0) { shown.push(i); } });
    page = 0;
    render();
  });
  render();
}());
