// Comment text is untrusted: it is only ever inserted with textContent / text nodes, never as HTML.
'use strict';

const queuesEl = document.getElementById('queues');
const template = document.getElementById('item');

function highlighted(body, flags) {
  const spans = [];
  for (const f of flags) for (const r of f.reasons || []) for (const s of r.spans || []) spans.push([s.start, s.end]);
  spans.sort((a, b) => a[0] - b[0]);
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end > body.length) continue;
    frag.appendChild(document.createTextNode(body.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = body.slice(start, end);
    frag.appendChild(mark);
    at = end;
  }
  frag.appendChild(document.createTextNode(body.slice(at)));
  return frag;
}

function waited(since) {
  const s = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 1000));
  return s < 120 ? s + ' s' : Math.round(s / 60) + ' min';
}

async function decide(id, action) {
  const body = { action };
  if (action === 'reject') body.reason = 'rejected in console';
  const res = await fetch('/api/comments/' + encodeURIComponent(id) + '/decision', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  });
  if (!res.ok) alert('Decision not recorded: ' + res.status);
  setTimeout(load, 300);
}

function render(queues) {
  queuesEl.replaceChildren();
  for (const [name, items] of Object.entries(queues)) {
    const section = document.createElement('section');
    const h = document.createElement('h2');
    h.textContent = name + ' (' + items.length + ')';
    section.appendChild(h);
    if (items.length === 0) {
      const p = document.createElement('p'); p.className = 'empty'; p.textContent = 'Nothing waiting.'; section.appendChild(p);
    }
    for (const v of items) {
      const node = template.content.firstElementChild.cloneNode(true);
      node.classList.add(v.route);
      node.dataset.id = v.id;
      node.querySelector('.route').textContent = v.route;
      node.querySelector('.article').textContent = v.comment.articleId;
      node.querySelector('.author').textContent = v.comment.author.name;
      node.querySelector('.waiting').textContent = 'waiting ' + waited(v.moderatedAt);
      node.querySelector('.body').appendChild(highlighted(v.comment.body, v.flags));
      const ul = node.querySelector('.flags');
      for (const f of v.flags) for (const r of f.reasons) {
        const li = document.createElement('li');
        li.textContent = f.name + ' ' + f.score.toFixed(2) + ' — ' + r.check + ': ' + r.detail;
        ul.appendChild(li);
      }
      node.querySelector('.approve').addEventListener('click', () => decide(v.id, 'approve'));
      node.querySelector('.reject').addEventListener('click', () => decide(v.id, 'reject'));
      section.appendChild(node);
    }
    queuesEl.appendChild(section);
  }
  document.getElementById('updated').textContent = 'updated ' + new Date().toLocaleTimeString();
}

async function load() {
  const res = await fetch('/api/queues');
  if (res.ok) render(await res.json());
}

load();
setInterval(load, 3000);
