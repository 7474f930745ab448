// Progressive enhancement only: every link and form here works without this file.
// Reply links move the comment form under the comment being answered, as WordPress does.
(() => {
  const respond = document.getElementById('respond');
  const form = document.getElementById('commentform');
  const parentField = document.getElementById('parent_id');
  const title = document.getElementById('reply-title');
  if (!respond || !form || !parentField || !title) return;
  const home = respond.parentNode;
  const homeNext = respond.nextSibling;
  const originalTitle = 'Leave a Reply';
  /** Words of the answered comment shown above the form. */
  const CONTEXT_WORDS = 20;

  function firstWords(text, count) {
    const words = text.split(/\s+/).filter(Boolean);
    return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
  }

  // "Replying to X: <first words>", so the thread stays in view while the form is under it.
  function setContext(item, name) {
    document.getElementById('reply-context')?.remove();
    if (!item) return;
    const text = item.querySelector(':scope > .comment-body .comment-text')?.textContent ?? '';
    const context = document.createElement('div');
    context.id = 'reply-context';
    context.className = 'reply-context';
    const lead = document.createElement('p');
    lead.append('Replying to ');
    const link = document.createElement('a');
    link.href = `#${item.id}`;
    link.textContent = name;
    lead.append(link, ':');
    const quote = document.createElement('blockquote');
    const words = document.createElement('p');
    words.textContent = firstWords(text, CONTEXT_WORDS);
    quote.append(words);
    context.append(lead, quote);
    title.after(context);
  }

  function setTitle(name) {
    title.textContent = name ? `Leave a Reply to ${name} ` : originalTitle;
    if (!name) return;
    const small = document.createElement('small');
    const cancel = document.createElement('a');
    cancel.id = 'cancel-reply';
    cancel.href = '#respond';
    cancel.textContent = 'Cancel reply';
    cancel.addEventListener('click', (event) => {
      event.preventDefault();
      parentField.value = '0';
      setTitle('');
      setContext(null, '');
      home.insertBefore(respond, homeNext);
      document.getElementById('comment')?.focus();
    });
    small.appendChild(cancel);
    title.appendChild(small);
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.reply-link') : null;
    if (!link) return;
    const item = link.closest('li.comment');
    if (!item) return;
    event.preventDefault();
    parentField.value = link.dataset.replyTo ?? '0';
    setTitle(link.dataset.author ?? '');
    item.querySelector(':scope > .comment-body')?.after(respond);
    setContext(item, link.dataset.author ?? '');
    document.getElementById('comment')?.focus();
  });
})();

// "N characters left" under the comment box, announced politely and at most twice a second.
(() => {
  const box = document.getElementById('comment');
  const counter = document.getElementById('comment-counter');
  if (!(box instanceof HTMLTextAreaElement) || !counter) return;
  const limit = Number(box.dataset.limit) || box.maxLength;
  if (!(limit > 0)) return;
  const THROTTLE_MS = 500;
  let timer = 0;
  let last = 0;

  function show() {
    timer = 0;
    last = Date.now();
    const left = limit - box.value.length;
    counter.textContent = `${left.toLocaleString('en')} ${Math.abs(left) === 1 ? 'character' : 'characters'} left`;
  }

  box.addEventListener('input', () => {
    if (timer) return;
    timer = window.setTimeout(show, Math.max(0, THROTTLE_MS - (Date.now() - last)));
  });
  show();
})();

// "Copy link" beside each comment's link, for readers who want to share one comment.
(() => {
  if (!navigator.clipboard) return;
  for (const link of document.querySelectorAll('.comment-meta a.comment-link')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    const status = document.createElement('span');
    status.className = 'copy-link-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(new URL(link.getAttribute('href') ?? '', window.location.href).href).then(
        () => {
          status.textContent = 'Link copied';
        },
        () => {
          status.textContent = 'Could not copy: use the Link instead';
        },
      );
    });
    link.after(' ', button, status);
  }
})();
