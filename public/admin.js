// Progressive enhancement for the back office: every form here works without this file.
// The comment queue gains a working "select all" and keyboard shortcuts (j/k to move,
// a/s/t to approve, mark as spam or trash the current comment, x to check it).
(() => {
  const queue = document.querySelector('form.queue');
  if (!queue) return;
  const rows = Array.from(queue.querySelectorAll('.comments-table tbody tr'));
  const boxes = Array.from(queue.querySelectorAll('input[name="ids"]'));
  const selectAll = document.getElementById('select-all');
  const announcer = document.getElementById('queue-announce');
  const help = document.getElementById('shortcuts-help');
  const remembered = 'newsdesk-queue-row';

  // "All on this page" also ticks every row, and unticking a row unticks it (the server then takes the rows ticked).
  if (selectAll) {
    selectAll.addEventListener('change', () => {
      for (const box of boxes) box.checked = selectAll.checked;
    });
    for (const box of boxes) {
      box.addEventListener('change', () => {
        selectAll.checked = boxes.every((b) => b.checked);
      });
    }
  }

  if (help) help.hidden = false;
  let current = -1;

  function say(message) {
    if (!announcer) return;
    // Emptied first, so the same words twice are announced twice.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = message;
    }, 50);
  }

  function describe(row, index) {
    const author = row.querySelector('.author-name')?.textContent?.trim() || 'no name';
    const text = (row.querySelector('.comment-text')?.textContent ?? '').trim().replace(/\s+/g, ' ');
    return `Comment ${index + 1} of ${rows.length}, by ${author}: ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`;
  }

  function choose(index) {
    if (rows.length === 0) return;
    const next = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0) rows[current]?.classList.remove('is-current');
    current = next;
    const row = rows[current];
    row.classList.add('is-current');
    row.setAttribute('tabindex', '-1');
    row.focus();
    say(describe(row, current));
  }

  // In the Spam tab, approving is the "Not spam" button.
  const actionsOfKey = { a: ['approve', 'notspam'], s: ['spam'], t: ['trash'] };
  const actionWords = { approve: 'approved', spam: 'marked as spam', trash: 'moved to the trash' };

  function act(actions) {
    const row = rows[current];
    if (!row) {
      say('Press j to choose a comment first.');
      return;
    }
    const id = row.id.replace('comment-', '');
    const button = actions.map((action) => row.querySelector(`button[name="one"][value="${action}:${id}"]`)).find(Boolean);
    if (!button) {
      say(`This comment cannot be ${actionWords[actions[0]]} from this tab.`);
      return;
    }
    // After the page comes back, the comment that moves into this place is the current one.
    try {
      window.sessionStorage.setItem(remembered, String(current));
    } catch {
      // Storage refused (private mode): the queue simply starts from the top.
    }
    button.click();
  }

  function typing(target) {
    if (!(target instanceof Element)) return false;
    return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const key = event.key;
    if (key === 'j' || key === 'k') {
      event.preventDefault();
      choose(current < 0 ? 0 : current + (key === 'j' ? 1 : -1));
    } else if (Object.hasOwn(actionsOfKey, key)) {
      event.preventDefault();
      act(actionsOfKey[key]);
    } else if (key === 'x' && current >= 0) {
      event.preventDefault();
      const box = rows[current].querySelector('input[name="ids"]');
      if (box) {
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change'));
        say(box.checked ? 'Checked.' : 'Unchecked.');
      }
    }
  });

  let start = null;
  try {
    start = window.sessionStorage.getItem(remembered);
    window.sessionStorage.removeItem(remembered);
  } catch {
    start = null;
  }
  if (start !== null && rows.length > 0) choose(Number(start) || 0);
})();

// A progress part (an OPML import) that the server can report on: read the page again every
// few seconds and swap in its progress part, until the server stops asking for updates.
(() => {
  const part = document.querySelector('[data-poll]');
  if (!part || !window.DOMParser) return;
  const url = part.getAttribute('data-poll');
  const every = 3000;
  const update = async () => {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById(part.id);
      if (!fresh) return;
      part.replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
      if (!fresh.hasAttribute('data-poll')) return;
    } catch {
      // The link in the part still updates it by hand.
    }
    window.setTimeout(update, every);
  };
  window.setTimeout(update, every);
})();
