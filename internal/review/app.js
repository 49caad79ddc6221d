(function () {
  'use strict';
  var token = document.querySelector('meta[name="pressmine-token"]').getAttribute('content');
  var cats = { p: 'projects', i: 'institutes', n: 'industries', a: 'amounts' };
  var names = { p: 'project', i: 'institute', n: 'industry', a: 'amount' };
  var kinds = ['', 'research', 'university', 'government', 'bank', 'fund', 'company', 'association', 'media', 'other'];
  var roles = ['', 'investment', 'output_value', 'revenue', 'financing', 'fund_size', 'registered_capital', 'tax', 'other'];
  var textEl = document.getElementById('text');
  var sideEl = document.getElementById('side');
  var statusEl = document.getElementById('status');
  var state = null;
  var undoStack = [];
  var queue = { docs: [] };
  var saving = Promise.resolve();

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function status(msg, bad) {
    statusEl.textContent = msg;
    statusEl.className = bad ? 'error' : '';
  }

  function api(method, url, body) {
    var opts = { method: method, headers: { 'X-Pressmine-Token': token } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + ': ' + t.trim()); }); }
      return r.json();
    });
  }

  function loadQueue() {
    return api('GET', '/api/queue').then(function (q) {
      queue = q;
      document.getElementById('progress').textContent = 'reviewed ' + q.reviewed + ' / ' + q.total;
    });
  }

  function open(id) {
    return api('GET', '/api/doc?id=' + encodeURIComponent(id)).then(function (d) {
      state = d;
      undoStack = [];
      document.getElementById('docid').textContent = d.id + (d.reviewed ? ' (reviewed)' : ' (suggested by the model)');
      if (location.hash !== '#' + encodeURIComponent(d.id)) { history.replaceState(null, '', '#' + encodeURIComponent(d.id)); }
      render();
      status('');
    }).catch(function (e) { status(e.message, true); });
  }

  function save() {
    var body = { version: state.version, gold: state.gold };
    var id = state.id;
    saving = saving.then(function () {
      body.version = state.version;
      return api('PUT', '/api/doc?id=' + encodeURIComponent(id), body).then(function (r) {
        if (state.id === id) {
          state.version = r.version;
          state.reviewed = true;
          document.getElementById('docid').textContent = id + ' (reviewed)';
        }
        status('saved');
        document.body.setAttribute('data-saved', String(Number(document.body.getAttribute('data-saved') || 0) + 1));
        return loadQueue();
      }).catch(function (e) { status('not saved: ' + e.message, true); });
    });
    return saving;
  }

  function change(fn) {
    undoStack.push(JSON.stringify(state.gold));
    fn(state.gold);
    render();
    return save();
  }

  function undo() {
    if (!undoStack.length) { status('nothing to undo'); return; }
    state.gold = JSON.parse(undoStack.pop());
    render();
    save();
  }

  // Every place in the text where an entity's name or alias, or an
  // amount's text, is written.
  function mentions() {
    var text = state.text, out = [];
    Object.keys(cats).forEach(function (c) {
      state.gold[cats[c]].forEach(function (e, x) {
        var ns = c === 'a' ? [e.text] : [e.name].concat(e.aliases || []);
        ns.forEach(function (n) {
          var cs = Array.from((n || '').replace(/\s+/g, ''));
          if (!cs.length) { return; }
          // The name as written, white space allowed between its characters.
          var re = new RegExp(cs.map(function (ch) { return ch.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'); }).join('\\s*'), 'gu');
          for (var mt = re.exec(text); mt; mt = re.exec(text)) {
            var s = Array.from(text.slice(0, mt.index)).length;
            out.push({ c: c, x: x, s: s, e: s + Array.from(mt[0]).length, opt: !!e.optional });
          }
        });
      });
    });
    out.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    return out;
  }

  function renderText() {
    textEl.textContent = '';
    var cps = Array.from(state.text), ms = mentions();
    var bounds = [0, cps.length];
    ms.forEach(function (m) { bounds.push(m.s, m.e); });
    bounds.sort(function (a, b) { return a - b; });
    bounds = bounds.filter(function (b, k) { return k === 0 || b !== bounds[k - 1]; });
    var stack = [];
    for (var k = 0; k + 1 < bounds.length; k++) {
      var a = bounds[k], b = bounds[k + 1], cover = [];
      for (var q = 0; q < ms.length; q++) { if (ms[q].s <= a && ms[q].e >= b) { cover.push(q); } }
      var j = 0;
      while (j < stack.length && j < cover.length && stack[j].m === cover[j]) { j++; }
      stack.length = j;
      for (var r = j; r < cover.length; r++) {
        var m = ms[cover[r]];
        var mark = el('mark', 'c-' + m.c + (m.opt ? ' opt' : ''));
        mark.tabIndex = 0;
        mark.setAttribute('data-c', m.c);
        mark.setAttribute('data-x', String(m.x));
        mark.title = names[m.c] + (m.opt ? ' (optional)' : '');
        (r === 0 ? textEl : stack[r - 1].el).appendChild(mark);
        stack.push({ m: cover[r], el: mark });
      }
      (stack.length ? stack[stack.length - 1].el : textEl).appendChild(document.createTextNode(cps.slice(a, b).join('')));
    }
  }

  function select(options, value, onchange) {
    var s = el('select');
    options.forEach(function (o) {
      var opt = el('option', null, o === '' ? '—' : o);
      opt.value = o;
      if (o === (value || '')) { opt.selected = true; }
      s.appendChild(opt);
    });
    s.addEventListener('change', function () { onchange(s.value); });
    return s;
  }

  function renderSide() {
    sideEl.textContent = '';
    Object.keys(cats).forEach(function (c) {
      var list = state.gold[cats[c]];
      sideEl.appendChild(el('h3', null, cats[c] + ' (' + list.length + ')'));
      var t = el('table');
      list.forEach(function (e, x) {
        var tr = el('tr');
        tr.setAttribute('data-c', c);
        tr.appendChild(el('td', 'c-' + c, c === 'a' ? e.text : e.name));
        var attrs = el('td');
        if (c === 'i') {
          attrs.appendChild(select(kinds, e.kind, function (v) { change(function (g) { g.institutes[x].kind = v; }); }));
        }
        if (c === 'p') {
          attrs.appendChild(document.createTextNode('industry '));
          attrs.appendChild(select([''].concat(state.gold.industries.map(function (n) { return n.name; })), e.industry,
            function (v) { change(function (g) { g.projects[x].industry = v; }); }));
          attrs.appendChild(document.createTextNode(' investment '));
          attrs.appendChild(select([''].concat(state.gold.amounts.map(function (a) { return a.text; })), e.investment,
            function (v) { change(function (g) { g.projects[x].investment = v; }); }));
        }
        if (c === 'a') {
          attrs.appendChild(document.createTextNode(e.value + ' ' + e.currency + ' '));
          attrs.appendChild(select(roles, e.role, function (v) { change(function (g) { g.amounts[x].role = v; }); }));
          var ap = el('label', null, ' approx ');
          var cb = el('input');
          cb.type = 'checkbox';
          cb.checked = !!e.approx;
          cb.addEventListener('change', function () { change(function (g) { g.amounts[x].approx = cb.checked; }); });
          ap.appendChild(cb);
          attrs.appendChild(ap);
          var mx = el('input');
          mx.size = 12;
          mx.placeholder = 'max';
          mx.value = e.max || '';
          mx.addEventListener('change', function () { change(function (g) { g.amounts[x].max = mx.value.trim(); }); });
          attrs.appendChild(mx);
        } else {
          var ol = el('label', null, ' optional ');
          var ob = el('input');
          ob.type = 'checkbox';
          ob.checked = !!e.optional;
          ob.addEventListener('change', function () { change(function (g) { g[cats[c]][x].optional = ob.checked; }); });
          ol.appendChild(ob);
          attrs.appendChild(ol);
        }
        tr.appendChild(attrs);
        // Re-label with the mouse: move the mention to another category.
        var move = select(Object.keys(cats).map(function (k) { return names[k]; }), names[c], function (v) {
          var to = Object.keys(names).filter(function (k) { return names[k] === v; })[0];
          if (to && to !== c) { add(to, c === 'a' ? e.text : e.name, { c: c, x: x }); }
        });
        move.title = 're-label';
        move.setAttribute('data-relabel', c + x);
        var mv = el('td');
        mv.appendChild(move);
        tr.appendChild(mv);
        var del = el('button', null, '✗');
        del.type = 'button';
        del.title = 'reject';
        del.addEventListener('click', function () { remove(c, x); });
        var td = el('td');
        td.appendChild(del);
        tr.appendChild(td);
        t.appendChild(tr);
      });
      sideEl.appendChild(t);
    });
  }

  function render() {
    var focused = document.activeElement && document.activeElement.matches('#text mark') ?
      [document.activeElement.getAttribute('data-c'), document.activeElement.getAttribute('data-x')] : null;
    renderText();
    renderSide();
    if (focused) {
      var m = textEl.querySelector('mark[data-c="' + focused[0] + '"][data-x="' + focused[1] + '"]');
      if (m) { m.focus(); }
    }
  }

  function remove(c, x) {
    change(function (g) {
      var gone = g[cats[c]].splice(x, 1)[0];
      if (c === 'n') { g.projects.forEach(function (p) { if (p.industry === gone.name) { p.industry = ''; } }); }
      if (c === 'a') { g.projects.forEach(function (p) { if (p.investment === gone.text) { p.investment = ''; } }); }
    });
  }

  function selectionText() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !textEl.contains(sel.anchorNode) || !textEl.contains(sel.focusNode)) { return ''; }
    return sel.toString().trim();
  }

  function entityFrom(g, c, x) {
    return c === 'a' ? g.amounts[x].text : g[cats[c]][x].name;
  }

  // add puts name into category c; an amount's value is read by the server.
  function add(c, name, replace) {
    if (!name) { status('select some text first', true); return; }
    var put = function (a) {
      change(function (g) {
        if (replace) { g[cats[replace.c]].splice(replace.x, 1); }
        if (c === 'a') {
          g.amounts.push({ text: name, value: a.value, currency: a.currency, approx: false, role: 'other' });
        } else {
          g[cats[c]].push({ name: name, aliases: [] });
        }
      });
    };
    if (c === 'a') {
      api('POST', '/api/amount', { text: name }).then(put).catch(function (e) { status(e.message, true); });
    } else {
      put(null);
    }
  }

  function moveFocus(step) {
    var marks = Array.prototype.slice.call(textEl.querySelectorAll('mark'));
    if (!marks.length) { return; }
    var k = marks.indexOf(document.activeElement);
    k = k < 0 ? (step > 0 ? 0 : marks.length - 1) : (k + step + marks.length) % marks.length;
    marks[k].focus();
  }

  function step(d) {
    var ids = queue.docs.map(function (e) { return e.id; });
    var k = ids.indexOf(state.id);
    if (k + d >= 0 && k + d < ids.length) { open(ids[k + d]); }
  }

  document.addEventListener('keydown', function (e) {
    if (e.target.matches('input, select, textarea') || e.altKey || e.metaKey) { return; }
    if (e.ctrlKey && e.key === 'z') { undo(); e.preventDefault(); return; }
    if (e.ctrlKey || !state) { return; }
    var focused = document.activeElement && document.activeElement.matches('#text mark') ? document.activeElement : null;
    var sel = selectionText();
    var key = e.key;
    if (cats[key]) {
      if (sel) {
        add(key, sel);
      } else if (focused) { // re-label the focused mention
        var c = focused.getAttribute('data-c'), x = Number(focused.getAttribute('data-x'));
        if (c !== key) { add(key, entityFrom(state.gold, c, x), { c: c, x: x }); }
      } else {
        return;
      }
    } else if ((key === 'x' || key === 'Delete' || key === 'Backspace') && focused) {
      remove(focused.getAttribute('data-c'), Number(focused.getAttribute('data-x')));
    } else if (key === 'b' && focused && sel) {
      var bc = focused.getAttribute('data-c'), bx = Number(focused.getAttribute('data-x'));
      add(bc, sel, { c: bc, x: bx });
    } else if (key === 'o' && focused && focused.getAttribute('data-c') !== 'a') {
      var oc = focused.getAttribute('data-c'), ox = Number(focused.getAttribute('data-x'));
      change(function (g) { g[cats[oc]][ox].optional = !g[cats[oc]][ox].optional; });
    } else if (key === 'j') { moveFocus(1); } else if (key === 'k') { moveFocus(-1); } else if (key === 'u') { undo(); } else if (key === ']') { step(1); } else if (key === '[') { step(-1); } else { return; }
    e.preventDefault();
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-add]'), function (b) {
    b.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the selection
    b.addEventListener('click', function () { add(b.getAttribute('data-add'), selectionText()); });
  });
  document.getElementById('undo').addEventListener('click', undo);
  document.getElementById('nextdoc').addEventListener('click', function () { step(1); });
  document.getElementById('prevdoc').addEventListener('click', function () { step(-1); });

  loadQueue().then(function () {
    var want = decodeURIComponent(location.hash.slice(1));
    var first = queue.docs.filter(function (e) { return e.id === want; })[0] || queue.docs[0];
    if (first) { return open(first.id); }
  }).catch(function (e) { status(e.message, true); });
}());
