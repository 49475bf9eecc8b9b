// The moderator console. Comment text and author fields are untrusted: they only ever reach the
// page through textContent / text nodes / setAttribute of plain attributes, never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);
const QUEUES = ['urgent', 'medical', 'spam', 'approved'];
const QUEUE_LABEL = { urgent: 'Urgent', medical: 'Medical', spam: 'Spam', approved: 'Unflagged' };
const ACTION_LABEL = { approve: 'Approved', reject: 'Rejected', spam: 'Marked as spam', not_spam: 'Marked as not spam' };

const state = {
  session: null,
  board: null,
  view: 'all',
  focusId: null,
  selected: new Set(),
  myClaim: null,          // id of the comment this console has claimed
  claimTimer: null,
  lastDecided: [],        // ids of this moderator's last decision(s), for undo
  loading: false,
  reloadTimer: null,
  events: null,
  pendingG: false,
  openHistory: new Set(),  // ids whose author history is expanded
  rendered: new Map(),     // id -> { node, item } of the queue as drawn
  nodes: new Map(),        // 'item <id>', 'heading <queue>', 'empty' -> { key, node }: unchanged, they keep their element
  decided: new Set()       // ids this console sent a decision for, until they leave the queue or are undone:
                           // the focus does not go back to them while the queues still show them undecided
};

// ---------- HTTP ----------

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (state.session) headers['X-CSRF-Token'] = state.session.csrf;
  }
  const res = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  if (res.status === 401 && path !== '/api/login') {
    showLogin('Your session ended; log in again.');
    throw new Error('unauthorised');
  }
  let data = null;
  const text = await res.text();
  if (text) { try { data = JSON.parse(text); } catch (e) { data = null; } }
  if (!res.ok) {
    const msg = data && data.errors ? data.errors.map(e => e.field + ' ' + e.message).join('; ') : (data && data.title) || ('HTTP ' + res.status);
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return data;
}

// ---------- login ----------

function showLogin(message) {
  state.session = null;
  if (state.events) { state.events.close(); state.events = null; }
  $('app').hidden = true;
  $('login-view').hidden = false;
  $('login-error').textContent = message || '';
  $('login-name').focus();
}

async function startApp(session) {
  state.session = session;
  $('login-view').hidden = true;
  $('app').hidden = false;
  $('whoami').textContent = session.moderator;
  const sel = $('bulk-reason');
  sel.replaceChildren();
  for (const r of session.rejectReasons) {
    const o = document.createElement('option');
    o.value = r; o.textContent = r;
    sel.appendChild(o);
  }
  listen();
  await load();
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('login-error').textContent = '';
  $('login-submit').disabled = true;
  try {
    const s = await api('POST', '/api/login', { name: $('login-name').value, password: $('login-password').value });
    $('login-password').value = '';
    await startApp(s);
  } catch (err) {
    $('login-error').textContent = err.message;
  } finally {
    $('login-submit').disabled = false;
  }
});

$('logout').addEventListener('click', async () => {
  // no new claim from now on; one already sent lands first, then is released with the rest
  clearTimeout(state.claimTimer);
  state.loggingOut = true;
  await state.claiming;
  await releaseClaim();
  try { await api('POST', '/api/logout', {}); } catch (e) { /* gone already */ }
  clearTimeout(state.claimTimer);
  state.loggingOut = false;
  showLogin('Logged out.');
});

// ---------- live updates ----------

function listen() {
  if (state.events) state.events.close();
  const es = new EventSource('/api/events');
  state.events = es;
  es.addEventListener('hello', () => setLive(true));
  es.addEventListener('changed', () => scheduleLoad(120));
  es.onerror = () => setLive(false);
}

function setLive(on) {
  const el = $('live');
  el.textContent = on ? '● live' : '○ reconnecting';
  el.classList.toggle('off', !on);
}

function scheduleLoad(delay) {
  clearTimeout(state.reloadTimer);
  state.reloadTimer = setTimeout(load, delay);
}

// ---------- loading and rendering ----------

async function load() {
  if (!state.session) return;
  if (state.loading) { scheduleLoad(200); return; }
  state.loading = true;
  try {
    if (['all', ...QUEUES].includes(state.view)) {
      state.board = await api('GET', '/api/queues');
      renderHeader();
      renderQueue();
    } else {
      if (state.view === 'published') await loadPublished();
      if (state.view === 'audit') await loadAudit();
      if (state.view === 'checks') await loadChecks();
      if (state.view === 'ops') await loadOps();
      state.board = await api('GET', '/api/queues');
      renderHeader();
    }
  } catch (err) {
    if (err.message !== 'unauthorised') toast(err.status === 503 ? 'Queues are loading…' : 'Could not load: ' + err.message);
  } finally {
    state.loading = false;
  }
}

function renderHeader() {
  const b = state.board;
  let all = 0;
  for (const q of QUEUES) {
    const n = (b.queues[q] || []).length;
    all += n;
    const el = document.querySelector('[data-count="' + q + '"]');
    if (el) el.textContent = n;
  }
  document.querySelector('[data-count="all"]').textContent = all;
  $('tab-unflagged').hidden = !(b.queues.approved && b.queues.approved.length);
  const alarm = $('alarm');
  alarm.hidden = !b.escalated;
  alarm.textContent = '⚠ ' + b.escalated + ' urgent ' + (b.escalated === 1 ? 'comment has' : 'comments have')
      + ' waited over ' + minutes(state.session.alarmSeconds);
  const dl = $('dead-letters');
  dl.textContent = 'Dead letters: ' + b.deadLetters;
  dl.classList.toggle('warn', b.deadLetters > 0);
  const inc = $('incomplete');
  inc.hidden = !b.incomplete.length;
  inc.textContent = b.incomplete.length ? 'Not every instance answered (' + b.incomplete.join(', ') + '); some comments may be missing.' : '';
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === state.view);
}

function visibleItems() {
  if (!state.board) return [];
  const qs = state.view === 'all' ? QUEUES : [state.view];
  const out = [];
  for (const q of qs) for (const it of (state.board.queues[q] || [])) out.push(it);
  return out;
}

function renderQueue() {
  const items = visibleItems();
  const ids = new Set(items.map(i => i.id));
  for (const id of [...state.selected]) if (!ids.has(id)) state.selected.delete(id);
  for (const id of [...state.decided]) if (!ids.has(id)) state.decided.delete(id);
  const wanted = [];
  const nextNodes = new Map();
  // the element drawn last time when its key is unchanged, else a new one
  const node = (name, key, draw) => {
    const old = state.nodes.get(name);
    const n = old && old.key === key ? old.node : draw();
    nextNodes.set(name, { key, node: n });
    wanted.push(n);
    return n;
  };
  state.rendered.clear();
  let lastQueue = null;
  if (!items.length) {
    const text = state.view === 'all' ? 'Nothing waits for review. 🎉' : 'Nothing waits in this queue.';
    node('empty', text, () => {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = text;
      return p;
    });
  }
  for (const it of items) {
    if (state.view === 'all' && it.queue !== lastQueue) {
      const text = QUEUE_LABEL[it.queue] + ' (' + state.board.queues[it.queue].length + ')';
      node('heading ' + it.queue, text, () => {
        const h = document.createElement('h2');
        h.className = 'queue-heading ' + it.queue;
        h.textContent = text;
        return h;
      });
      lastQueue = it.queue;
    }
    const n = node('item ' + it.id, JSON.stringify(it), () => renderItem(it));
    n.querySelector('.select').checked = state.selected.has(it.id);
    state.rendered.set(it.id, { node: n, item: it });
  }
  state.nodes = nextNodes;
  patchChildren($('items'), wanted);
  if (state.focusId && !ids.has(state.focusId)) state.focusId = null;
  if (!state.focusId) {
    const first = items.find(i => actionable(i) && !state.decided.has(i.id));
    if (first) focusItem(first.id, false);
  } else {
    markFocus();
  }
  updateBulk();
}

/**
 * Makes `wanted` the container's children, in order, moving as little as possible: an element
 * already in place stays in the page, and a redrawn one goes in before the one it replaces leaves.
 * Emptying the list and filling it again took out the element holding the focus (the button or
 * comment just clicked); Chromium then lays out the page without the list and clamps the scroll, so
 * the list jumped under the pointer on every redraw after a click and the next click landed elsewhere.
 */
function patchChildren(container, wanted) {
  const keep = new Set(wanted);
  let at = container.firstChild;
  for (const n of wanted) {
    while (at && !keep.has(at)) at = at.nextSibling; // on its way out, removed below
    if (n === at) at = at.nextSibling;
    else container.insertBefore(n, at);
  }
  for (const n of [...container.childNodes]) if (!keep.has(n)) n.remove();
}

function claimedByOther(it) {
  return it.claim && it.claim.moderator !== state.session.moderator && Date.parse(it.claim.expiresAt) > Date.now();
}

function actionable(it) {
  return !it.pending && !claimedByOther(it);
}

function renderItem(it) {
  const node = $('item-template').content.firstElementChild.cloneNode(true);
  node.dataset.id = it.id;
  node.classList.add(it.queue);
  const mine = it.claim && it.claim.moderator === state.session.moderator;
  const other = claimedByOther(it);
  node.classList.toggle('taken', !!other);
  node.classList.toggle('mine', !!mine);
  node.classList.toggle('is-pending', !!it.pending);

  const sel = node.querySelector('.select');
  sel.checked = state.selected.has(it.id);
  sel.disabled = !actionable(it);
  sel.addEventListener('change', () => { toggleSelect(it.id, sel.checked); });

  node.querySelector('.queue-badge').textContent = QUEUE_LABEL[it.queue];
  node.querySelector('.author').textContent = (it.author && it.author.name) || 'Anonymous';
  node.querySelector('.email').textContent = (it.author && it.author.email) || '';
  node.querySelector('.article').textContent = 'on ' + it.articleId;
  node.querySelector('.waiting').textContent = 'waiting ' + waited(it.heldAt);
  if (it.escalatedAt) {
    const e = node.querySelector('.escalated');
    e.hidden = false;
    e.textContent = '⚠ over ' + minutes(state.session.alarmSeconds);
  }
  const claim = node.querySelector('.claim');
  if (it.claim && Date.parse(it.claim.expiresAt) > Date.now()) {
    claim.hidden = false;
    claim.textContent = mine ? 'claimed by you' : 'taken by ' + it.claim.moderator;
    claim.classList.toggle('other', !!other);
  }

  node.querySelector('.body').appendChild(highlighted(it.body || '', it.flags || []));

  const ul = node.querySelector('.flags');
  for (const f of it.flags || []) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'flag-name ' + f.name;
    name.textContent = f.name.replace('_', ' ') + ' ' + Math.round(f.score * 100) + '%';
    li.appendChild(name);
    const reasons = document.createElement('ul');
    reasons.className = 'reasons';
    for (const r of f.reasons || []) {
      const ri = document.createElement('li');
      const check = document.createElement('code');
      check.textContent = r.check;
      ri.append(check, ' ', document.createTextNode(r.detail || ''));
      const quotes = [...new Set((r.spans || []).map(s => (it.body || '').slice(s.start, s.end)).filter(Boolean))];
      if (quotes.length && !quotes.every(q => (r.detail || '').includes(q))) {
        const q = document.createElement('q');
        q.textContent = quotes.join(' … ');
        ri.append(' ', q);
      }
      reasons.appendChild(ri);
    }
    li.appendChild(reasons);
    ul.appendChild(li);
  }
  if (!ul.children.length) {
    const li = document.createElement('li');
    li.className = 'muted';
    li.textContent = 'No flags: held because every comment is pre-moderated.';
    ul.appendChild(li);
  }

  const hist = node.querySelector('.history');
  const entries = it.history || [];
  const summary = hist.querySelector('summary');
  if (!entries.length) {
    summary.textContent = 'First comment from this author';
    hist.classList.add('none');
  } else {
    const counts = {};
    for (const e of entries) counts[e.status] = (counts[e.status] || 0) + 1;
    summary.textContent = 'Author history: ' + entries.length + ' earlier — '
        + Object.entries(counts).map(([k, v]) => v + ' ' + k.replace('_', ' ')).join(', ');
    const ol = hist.querySelector('.history-list');
    for (const e of entries) {
      const li = document.createElement('li');
      const st = document.createElement('span');
      st.className = 'status ' + e.status;
      st.textContent = e.status.replace('_', ' ') + (e.by && e.by !== 'auto' ? ' by ' + e.by : e.by === 'auto' ? ' (auto)' : '');
      const when = document.createElement('span');
      when.className = 'muted';
      when.textContent = ' ' + new Date(e.at).toLocaleString() + (e.reason ? ' — ' + e.reason : '');
      const ex = document.createElement('div');
      ex.className = 'excerpt';
      ex.textContent = e.excerpt;
      li.append(st, when, ex);
      ol.appendChild(li);
    }
    if (counts.rejected || counts.removed) summary.classList.add('warn');
  }

  if (state.openHistory.has(it.id)) hist.open = true;
  hist.addEventListener('toggle', () => {
    if (hist.open) state.openHistory.add(it.id); else state.openHistory.delete(it.id);
  });

  const pending = node.querySelector('.pending');
  if (it.pending) {
    pending.hidden = false;
    const mineP = it.pending.moderator === state.session.moderator;
    pending.querySelector('.pending-text').textContent = pendingText(it);
    const undo = pending.querySelector('.undo');
    undo.hidden = !mineP;
    undo.addEventListener('click', () => undoDecision([it.id]));
  }

  const can = actionable(it);
  for (const b of node.querySelectorAll('.actions > button:not(.claim-btn)')) b.disabled = !can;
  node.querySelector('.approve').addEventListener('click', () => decide([it.id], 'approve'));
  node.querySelector('.reject').addEventListener('click', () => askReason([it.id]));
  node.querySelector('.spam-btn').addEventListener('click', () => decide([it.id], 'spam'));
  node.querySelector('.not-spam').addEventListener('click', () => decide([it.id], 'not_spam'));
  const cb = node.querySelector('.claim-btn');
  cb.textContent = mine ? 'Release' : 'Claim';
  cb.disabled = !!other || !!it.pending;
  cb.addEventListener('click', () => (mine ? releaseClaim() : claim(it.id)));
  node.addEventListener('click', (e) => {
    if (e.target.closest('button, input, summary, a')) return;
    focusItem(it.id, true);
  });
  return node;
}

function pendingText(it) {
  const p = it.pending;
  const secs = Math.max(0, Math.ceil((Date.parse(p.applyAt) - Date.now()) / 1000));
  return (ACTION_LABEL[p.action] || p.action) + (p.reason && p.action === 'reject' ? ' (' + p.reason + ')' : '')
      + ' by ' + (p.moderator === state.session.moderator ? 'you' : p.moderator)
      + (secs > 0 ? ' — applies in ' + secs + ' s' : ' — applying…');
}

/** The body as text nodes, with each matched span (merged where they overlap) in a <mark>. */
function highlighted(body, flags) {
  const spans = [];
  for (const f of flags) for (const r of f.reasons || []) for (const s of r.spans || []) {
    if (s.start >= 0 && s.end <= body.length && s.end > s.start) spans.push({ start: s.start, end: s.end, why: f.name + ': ' + r.check });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.why.includes(s.why)) last.why += '; ' + s.why;
    } else {
      merged.push({ ...s });
    }
  }
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const s of merged) {
    frag.appendChild(document.createTextNode(body.slice(at, s.start)));
    const mark = document.createElement('mark');
    mark.textContent = body.slice(s.start, s.end);
    mark.setAttribute('title', s.why);
    frag.appendChild(mark);
    at = s.end;
  }
  frag.appendChild(document.createTextNode(body.slice(at)));
  return frag;
}

function waited(since) {
  const s = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 1000));
  if (s < 90) return s + ' s';
  if (s < 90 * 60) return Math.round(s / 60) + ' min';
  if (s < 48 * 3600) return Math.round(s / 3600) + ' h';
  return Math.round(s / 86400) + ' days';
}

function minutes(seconds) {
  return seconds >= 120 ? Math.round(seconds / 60) + ' min' : seconds + ' s';
}

// ---------- focus and claims ----------

function itemById(id) {
  return visibleItems().find(i => i.id === id);
}

function markFocus() {
  for (const el of document.querySelectorAll('.item.focused')) el.classList.remove('focused');
  const el = state.focusId && document.querySelector('.item[data-id="' + CSS.escape(state.focusId) + '"]');
  if (el) el.classList.add('focused');
  return el;
}

function focusItem(id, scroll) {
  state.focusId = id;
  const el = markFocus();
  if (el && scroll) el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  clearTimeout(state.claimTimer);
  const it = itemById(id);
  if (!it || !actionable(it)) {
    if (state.myClaim && state.myClaim !== id) releaseClaim();
    return;
  }
  if (it.claim && it.claim.moderator === state.session.moderator) { state.myClaim = id; return; }
  state.claimTimer = setTimeout(() => claim(id), 350);
}

function move(delta) {
  const items = visibleItems();
  if (!items.length) return;
  let i = items.findIndex(x => x.id === state.focusId);
  i = i < 0 ? 0 : Math.min(items.length - 1, Math.max(0, i + delta));
  focusItem(items[i].id, true);
}

async function claim(id) {
  if (state.loggingOut) return;
  if (state.myClaim && state.myClaim !== id) await releaseClaim();
  state.claiming = api('POST', '/api/comments/' + encodeURIComponent(id) + '/claim', {})
    .then(() => { state.myClaim = id; }, () => { /* the live view will show who has it */ });
  await state.claiming;
}

async function releaseClaim() {
  const id = state.myClaim;
  state.myClaim = null;
  if (!id) return;
  try { await api('POST', '/api/comments/' + encodeURIComponent(id) + '/release', {}); } catch (e) { /* expires anyway */ }
}

// Keep the claim on the focused comment alive while the console is open and looked at.
let lastRenewal = 0;
setInterval(() => {
  if (!state.session || !state.myClaim || document.visibilityState !== 'visible') return;
  const every = Math.max(5, state.session.claimSeconds / 2) * 1000;
  if (Date.now() - lastRenewal < every) return;
  lastRenewal = Date.now();
  api('POST', '/api/comments/' + encodeURIComponent(state.myClaim) + '/claim', {}).catch(() => {});
}, 2500);

window.addEventListener('pagehide', () => {
  if (state.myClaim && state.session) {
    fetch('/api/comments/' + encodeURIComponent(state.myClaim) + '/release', {
      method: 'POST', keepalive: true, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': state.session.csrf }, body: '{}'
    });
  }
});

// ---------- decisions ----------

async function decide(ids, action, reason) {
  ids = ids.filter(id => { const it = itemById(id); return it && actionable(it); });
  if (!ids.length) { toast('Taken by another moderator or already decided.'); return; }
  for (const id of ids) state.decided.add(id);
  const next = nextAfter(ids);
  try {
    if (ids.length === 1) {
      await api('POST', '/api/comments/' + encodeURIComponent(ids[0]) + '/decision', { action, reason });
    } else {
      await api('POST', '/api/decisions', { ids, action, reason });
    }
  } catch (err) {
    for (const id of ids) state.decided.delete(id);
    toast('Not recorded: ' + err.message);
    return;
  }
  for (const id of ids) state.selected.delete(id);
  if (state.myClaim && ids.includes(state.myClaim)) state.myClaim = null;
  state.lastDecided = ids;
  const what = (ACTION_LABEL[action] || action) + (ids.length > 1 ? ' ' + ids.length + ' comments' : '') + (action === 'reject' && reason ? ' (' + reason + ')' : '');
  const undoable = state.session.undoSeconds > 0;
  toast(what + (undoable ? ' — applies in ' + state.session.undoSeconds + ' s' : ''), undoable);
  if (next) focusItem(next, true);
  scheduleLoad(100);
}

function nextAfter(ids) {
  const items = visibleItems();
  const start = Math.max(0, items.findIndex(i => i.id === state.focusId));
  for (let k = 1; k <= items.length; k++) {
    const it = items[(start + k) % items.length];
    if (!ids.includes(it.id) && !state.decided.has(it.id) && actionable(it)) return it.id;
  }
  return null;
}

async function undoDecision(ids) {
  ids = ids || state.lastDecided;
  if (!ids || !ids.length) { toast('Nothing to undo.'); return; }
  let ok = 0;
  for (const id of ids) {
    try {
      await api('POST', '/api/comments/' + encodeURIComponent(id) + '/undo', {});
      state.decided.delete(id);
      ok++;
    } catch (e) { /* reported below */ }
  }
  state.lastDecided = [];
  toast(ok ? 'Undone: ' + ok + (ok === 1 ? ' comment is' : ' comments are') + ' back in the queue.' : 'Could not undo.');
  scheduleLoad(100);
}

function askReason(ids, title, onPick) {
  ids = ids.filter(id => { const it = itemById(id); return !it || actionable(it) || onPick; });
  if (!ids.length) { toast('Taken by another moderator or already decided.'); return; }
  const dlg = $('reason-dialog');
  $('reason-title').textContent = title || (ids.length > 1 ? 'Reject ' + ids.length + ' comments: why?' : 'Reject: why?');
  $('reason-subject').textContent = ids.length === 1 && itemById(ids[0]) ? '“' + (itemById(ids[0]).body || '').slice(0, 120) + '”' : '';
  const ol = $('reason-list');
  ol.replaceChildren();
  state.session.rejectReasons.forEach((r, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'reason';
    b.dataset.reason = r;
    const k = document.createElement('kbd');
    k.textContent = String(i + 1);
    b.append(k, ' ', r);
    b.addEventListener('click', () => {
      dlg.close();
      if (onPick) onPick(r); else decide(ids, 'reject', r);
    });
    li.appendChild(b);
    ol.appendChild(li);
  });
  dlg.showModal();
  const first = ol.querySelector('button');
  if (first) first.focus();
}

$('reason-cancel').addEventListener('click', () => $('reason-dialog').close());
$('reason-dialog').addEventListener('keydown', (e) => {
  const n = parseInt(e.key, 10);
  if (n >= 1 && n <= 9) {
    const b = $('reason-list').querySelectorAll('button')[n - 1];
    if (b) { e.preventDefault(); b.click(); }
  }
});

// ---------- selection and bulk ----------

function toggleSelect(id, on) {
  if (on) state.selected.add(id); else state.selected.delete(id);
  const el = document.querySelector('.item[data-id="' + CSS.escape(id) + '"] .select');
  if (el) el.checked = on;
  updateBulk();
}

function updateBulk() {
  const n = state.selected.size;
  $('selected-count').textContent = n ? n + ' selected' : '';
  $('bulk-approve').disabled = !n;
  $('bulk-reject').disabled = !n;
  $('bulk-approve').textContent = n ? 'Approve ' + n : 'Approve selected';
  $('bulk-reject').textContent = n ? 'Reject ' + n : 'Reject selected';
  const selectable = visibleItems().filter(actionable);
  $('select-all').checked = selectable.length > 0 && selectable.every(i => state.selected.has(i.id));
}

$('select-all').addEventListener('change', (e) => {
  for (const it of visibleItems()) if (actionable(it)) toggleSelect(it.id, e.target.checked);
});
$('bulk-approve').addEventListener('click', () => decide([...state.selected], 'approve'));
$('bulk-reject').addEventListener('click', () => decide([...state.selected], 'reject', $('bulk-reason').value));

// ---------- other views ----------

async function loadPublished() {
  const q = $('published-search').value.trim();
  const list = await api('GET', '/api/recent?limit=100' + (q ? '&q=' + encodeURIComponent(q) : ''));
  const box = $('published-list');
  const frag = document.createDocumentFragment();
  if (!list.length) {
    const p = document.createElement('p'); p.className = 'empty'; p.textContent = 'No approved comments found.'; frag.appendChild(p);
  }
  for (const r of list) {
    const node = $('published-template').content.firstElementChild.cloneNode(true);
    node.dataset.id = r.id;
    const badge = node.querySelector('.status-badge');
    badge.textContent = r.status;
    badge.className = 'status-badge status ' + r.status;
    node.querySelector('.author').textContent = r.authorName || 'Anonymous';
    node.querySelector('.article').textContent = 'on ' + r.articleId;
    node.querySelector('.when').textContent = 'approved ' + (r.approvedBy === 'auto' ? 'automatically' : 'by ' + r.approvedBy) + ' ' + new Date(r.approvedAt).toLocaleString();
    node.querySelector('.id').textContent = r.id;
    node.querySelector('.body').textContent = r.body;
    const btn = node.querySelector('.remove');
    if (r.status === 'removed') {
      btn.hidden = true;
      const rm = node.querySelector('.removed-note');
      rm.hidden = false;
      rm.textContent = 'Removed by ' + r.removedBy + ': ' + r.reason;
    }
    btn.addEventListener('click', () => askReason([r.id], 'Remove from the site: why?', async (reason) => {
      try {
        await api('POST', '/api/comments/' + encodeURIComponent(r.id) + '/remove', { reason });
        toast('Removal sent: the publisher takes it off the site.');
        scheduleLoad(300);
      } catch (e) { toast('Not recorded: ' + e.message); }
    }));
    frag.appendChild(node);
  }
  box.replaceChildren(frag);
}

async function loadAudit() {
  const q = $('audit-search').value.trim();
  const rows = await api('GET', '/api/audit?limit=300' + (q ? '&q=' + encodeURIComponent(q) : ''));
  const showClaims = $('audit-claims').checked;
  const tbody = $('audit-rows');
  const frag = document.createDocumentFragment();
  for (const a of rows) {
    if (!showClaims && (a.action === 'claim' || a.action === 'release')) continue;
    const tr = document.createElement('tr');
    tr.className = 'audit ' + a.action;
    const cells = [['when', new Date(a.at).toLocaleString()], ['who', a.moderator], ['action', a.action.replace('_', ' ')],
      ['comment', a.commentId], ['reason', a.reason || ''], ['outcome', a.outcome]];
    for (const [cls, v] of cells) {
      const td = document.createElement('td');
      td.className = cls;
      td.textContent = v;
      if (cls === 'comment') td.setAttribute('title', v);
      tr.appendChild(td);
    }
    frag.appendChild(tr);
  }
  tbody.replaceChildren(frag);
}

async function loadChecks() {
  const rows = await api('GET', '/api/checks');
  const learned = await api('GET', '/api/learning');
  const n = learned.spamLabels + learned.notSpamLabels;
  $('learning').textContent = n === 0
    ? 'The spam classifier has not learned from any decision yet: mark as spam (s) and not spam (n) teach it.'
    : 'The spam classifier has learned from ' + n + ' moderator decision' + (n === 1 ? '' : 's') + ' ('
      + learned.spamLabels + ' spam, ' + learned.notSpamLabels + ' not spam), on every instance.';
  const tbody = $('check-rows');
  const frag = document.createDocumentFragment();
  if (!rows.length) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = 4; td.className = 'muted'; td.textContent = 'No decisions yet.';
    tr.appendChild(td); frag.appendChild(tr);
  }
  for (const r of rows) {
    const tr = document.createElement('tr');
    const name = document.createElement('td');
    const code = document.createElement('code'); code.textContent = r.check; name.appendChild(code);
    const d = document.createElement('td'); d.className = 'num'; d.textContent = r.decided;
    const o = document.createElement('td'); o.className = 'num'; o.textContent = r.overturned;
    const rate = document.createElement('td');
    const bar = document.createElement('progress'); bar.max = 1; bar.value = r.overturnRate;
    rate.append(bar, ' ' + Math.round(r.overturnRate * 100) + '%');
    if (r.overturnRate >= 0.5 && r.decided >= 3) tr.className = 'warn';
    tr.append(name, d, o, rate);
    frag.appendChild(tr);
  }
  tbody.replaceChildren(frag);
}

// ---------- operations charts (plain SVG, drawn with DOM calls; every label via textContent) ----------

const SVG = 'http://www.w3.org/2000/svg';
const CHART = { width: 640, height: 200, left: 48, right: 12, top: 12, bottom: 28 };

function svg(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  return el;
}

function formatValue(v, unit) {
  if (unit !== 'seconds') return String(v);
  if (v < 90) return v + ' s';
  if (v < 5400) return Math.round(v / 60) + ' min';
  return (v / 3600).toFixed(1) + ' h';
}

function clockTime(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

async function loadOps() {
  const data = await api('GET', '/api/ops');
  const shown = Math.min(data.buckets, parseInt($('ops-range').value, 10) || 60);
  const start = new Date(data.start).getTime() + (data.buckets - shown) * data.bucketSeconds * 1000;
  const frag = document.createDocumentFragment();
  for (const chart of data.charts) frag.appendChild(drawChart(chart, shown, start, data.bucketSeconds * 1000));
  $('ops-charts').replaceChildren(frag);
  $('ops-updated').textContent = 'updated ' + new Date().toLocaleTimeString();
}

function drawChart(chart, shown, start, bucketMs) {
  const fig = document.createElement('figure');
  fig.className = 'chart';
  fig.dataset.chart = chart.id;
  const cap = document.createElement('figcaption');
  const title = document.createElement('strong');
  title.textContent = chart.title;
  const unit = document.createElement('span');
  unit.className = 'muted';
  unit.textContent = ' — ' + chart.unit;
  cap.append(title, unit);
  fig.appendChild(cap);

  const lines = chart.lines.map(l => ({ name: l.name, values: l.values.slice(l.values.length - shown) }));
  let max = 0;
  for (const l of lines) for (const v of l.values) if (v !== null && v > max) max = v;
  const top = max > 0 ? max : 1;
  const w = CHART.width - CHART.left - CHART.right;
  const h = CHART.height - CHART.top - CHART.bottom;
  const x = (i) => CHART.left + (shown > 1 ? i * w / (shown - 1) : 0);
  const y = (v) => CHART.top + h - v * h / top;

  const root = svg('svg', { viewBox: '0 0 ' + CHART.width + ' ' + CHART.height, class: 'chart-svg', role: 'img' });
  root.setAttribute('aria-label', chart.title);
  for (const frac of [0, 0.5, 1]) {
    const gy = CHART.top + h - frac * h;
    root.appendChild(svg('line', { x1: CHART.left, x2: CHART.left + w, y1: gy, y2: gy, class: 'grid-line' }));
    const label = svg('text', { x: CHART.left - 6, y: gy + 4, class: 'axis', 'text-anchor': 'end' });
    label.textContent = formatValue(Math.round(top * frac * 10) / 10, chart.unit);
    root.appendChild(label);
  }
  for (const i of [0, Math.floor((shown - 1) / 2), shown - 1]) {
    const label = svg('text', { x: x(i), y: CHART.height - 8, class: 'axis', 'text-anchor': i === 0 ? 'start' : i === shown - 1 ? 'end' : 'middle' });
    label.textContent = clockTime(start + i * bucketMs);
    root.appendChild(label);
  }

  const legend = document.createElement('ul');
  legend.className = 'legend';
  lines.forEach((l, n) => {
    const cls = 'series s' + n;
    const g = svg('g', { class: cls });
    g.dataset.series = l.name;
    let points = [];
    let total = 0;
    let count = 0;
    const flush = () => {
      if (points.length > 1) g.appendChild(svg('polyline', { points: points.join(' '), class: 'line' }));
      else if (points.length === 1) { const [px, py] = points[0].split(','); g.appendChild(svg('circle', { cx: px, cy: py, r: 2, class: 'dot' })); }
      points = [];
    };
    l.values.forEach((v, i) => {
      if (v === null) { flush(); return; }
      points.push(x(i).toFixed(1) + ',' + y(v).toFixed(1));
      total += v;
      count++;
    });
    flush();
    g.dataset.points = count;
    g.dataset.total = total;
    root.appendChild(g);

    const li = document.createElement('li');
    li.className = cls;
    li.dataset.series = l.name;
    const sw = document.createElement('span');
    sw.className = 'swatch';
    const last = [...l.values].reverse().find(v => v !== null);
    li.append(sw, l.name + (last === undefined ? '' : ' (last minute: ' + formatValue(last, chart.unit) + ')'));
    legend.appendChild(li);
  });
  fig.append(root, legend);
  return fig;
}

$('ops-range').addEventListener('change', load);

let searchTimer = null;
for (const id of ['published-search', 'audit-search']) {
  $(id).addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(load, 250); });
}
$('audit-claims').addEventListener('change', load);

// ---------- views ----------

function setView(view) {
  state.view = view;
  const queue = ['all', ...QUEUES].includes(view);
  $('queue-view').hidden = !queue;
  $('published-view').hidden = view !== 'published';
  $('audit-view').hidden = view !== 'audit';
  $('checks-view').hidden = view !== 'checks';
  $('ops-view').hidden = view !== 'ops';
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === view);
  state.focusId = null;
  if (queue && state.board) renderQueue();
  load();
}

for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => setView(t.dataset.view));
$('alarm').addEventListener('click', () => setView('urgent'));
$('help-button').addEventListener('click', () => { $('help').hidden = !$('help').hidden; });
$('toast-undo').addEventListener('click', () => undoDecision());

// ---------- toast ----------

let toastTimer = null;
function toast(text, undo) {
  $('toast-text').textContent = text;
  $('toast-undo').hidden = !undo;
  $('toast').hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { $('toast').hidden = true; }, undo ? state.session.undoSeconds * 1000 : 4000);
}

// ---------- keyboard ----------

document.addEventListener('keydown', (e) => {
  if (!state.session || $('app').hidden) return;
  if ($('reason-dialog').open) return;
  const t = e.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
    if (e.key === 'Escape') t.blur();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (state.pendingG) {
    state.pendingG = false;
    const to = { u: 'urgent', m: 'medical', s: 'spam', a: 'all', p: 'published', l: 'audit', o: 'ops' }[e.key];
    if (to) { e.preventDefault(); setView(to); }
    return;
  }
  const queue = ['all', ...QUEUES].includes(state.view);
  const id = state.focusId;
  switch (e.key) {
    case 'j': if (queue) { e.preventDefault(); move(1); } break;
    case 'k': if (queue) { e.preventDefault(); move(-1); } break;
    case 'a': if (queue && id) { e.preventDefault(); decide([id], 'approve'); } break;
    case 'r': if (queue && id) { e.preventDefault(); askReason([id]); } break;
    case 's': if (queue && id) { e.preventDefault(); decide([id], 'spam'); } break;
    case 'n': if (queue && id) { e.preventDefault(); decide([id], 'not_spam'); } break;
    case 'x': if (queue && id) { const it = itemById(id); if (it && actionable(it)) toggleSelect(id, !state.selected.has(id)); } break;
    case 'A': if (queue && state.selected.size) { e.preventDefault(); decide([...state.selected], 'approve'); } break;
    case 'R': if (queue && state.selected.size) { e.preventDefault(); askReason([...state.selected]); } break;
    case 'u': case 'z': e.preventDefault(); undoDecision(); break;
    case 'c': if (queue && id) { e.preventDefault(); if (state.myClaim === id) releaseClaim().then(load); else claim(id).then(load); } break;
    case 'g': state.pendingG = true; setTimeout(() => { state.pendingG = false; }, 1200); break;
    case '?': $('help').hidden = !$('help').hidden; break;
    case 'Escape': $('help').hidden = true; break;
    default: break;
  }
});

// Waiting times and undo countdowns move on without redrawing the queue.
setInterval(() => {
  if (!state.session || $('queue-view').hidden) return;
  for (const { node, item } of state.rendered.values()) {
    node.querySelector('.waiting').textContent = 'waiting ' + waited(item.heldAt);
    if (item.pending) node.querySelector('.pending-text').textContent = pendingText(item);
  }
}, 1000);
setInterval(() => { if (state.session) load(); }, 20000);

// ---------- start ----------

(async function boot() {
  try {
    const s = await api('GET', '/api/session');
    await startApp(s);
  } catch (e) {
    if (!state.session) showLogin('');
  }
})();
