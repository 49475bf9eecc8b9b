'use strict';
// Comment text is untrusted: it only ever reaches the page through textContent, never as HTML.
(function () {
  const section = document.getElementById('comments');
  const list = document.getElementById('comment-list');
  const empty = document.getElementById('comments-empty');
  const form = document.getElementById('comment-form');
  const statusLine = document.getElementById('submission-status');
  const articleId = section.dataset.article;
  let idempotencyKey = newKey();

  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  async function loadComments() {
    const res = await fetch('/api/articles/' + encodeURIComponent(articleId) + '/comments', { headers: { Accept: 'application/json' } });
    if (!res.ok) return;
    const comments = await res.json();
    list.replaceChildren();
    for (const c of comments) {
      const item = element('li', 'comment');
      const meta = element('p', 'meta');
      meta.append(element('strong', null, (c.author && c.author.name) || 'Anonymous'));
      if (c.publishedAt) {
        meta.append(document.createTextNode(' · '));
        const time = element('time', null, new Date(c.publishedAt).toLocaleString());
        time.dateTime = c.publishedAt;
        meta.append(time);
      }
      item.append(meta, element('p', 'text', String(c.body)));
      list.append(item);
    }
    empty.hidden = comments.length > 0;
  }

  function showStatus(text) {
    statusLine.textContent = text;
  }

  const labels = {
    pending: 'Your comment is awaiting moderation.',
    in_review: 'Your comment is awaiting moderation (a moderator will look at it).',
    approved: 'Your comment was approved and will appear shortly.',
    published: 'Your comment is published.',
    rejected: 'Your comment was not published.'
  };

  function pollStatus(commentId, remaining) {
    if (remaining <= 0) return;
    setTimeout(async function () {
      try {
        const res = await fetch('/api/comments/' + encodeURIComponent(commentId) + '/status', { headers: { Accept: 'application/json' } });
        if (res.ok) {
          const s = await res.json();
          showStatus(labels[s.status] || 'Your comment is awaiting moderation.');
          if (s.status === 'published') { loadComments(); return; }
          if (s.status === 'rejected') return;
        }
      } catch (e) { /* try again on the next tick */ }
      pollStatus(commentId, remaining - 1);
    }, 3000);
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const data = new FormData(form);
    const payload = { name: data.get('name'), email: data.get('email'), comment: data.get('comment') };
    showStatus('Sending…');
    try {
      const res = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(payload)
      });
      const answer = await res.json().catch(() => ({}));
      if (!res.ok) {
        showStatus('Could not send your comment: ' + (answer.detail || answer.title || res.status));
        return;
      }
      form.reset();
      idempotencyKey = newKey();
      showStatus(labels.pending);
      if (answer.id) pollStatus(answer.id, 200);
    } catch (e) {
      showStatus('Could not send your comment; please try again.');
    }
  });

  const pending = new URLSearchParams(location.search).get('pending');
  if (pending) { showStatus(labels.pending); pollStatus(pending, 200); }
  loadComments();
})();
