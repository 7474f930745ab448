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
    document.getElementById('comment')?.focus();
  });
})();
