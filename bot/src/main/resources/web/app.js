  const log = document.getElementById('log');
  const user = localStorage.getItem('newsbot-user') || crypto.randomUUID();
  localStorage.setItem('newsbot-user', user);
  function add(cls, html, isText) {
    const div = document.createElement('div');
    div.className = 'msg ' + cls;
    if (isText) { div.textContent = html; } else { div.innerHTML = html; }
    log.appendChild(div);
    div.scrollIntoView();
    return div;
  }
  document.getElementById('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = document.getElementById('q');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    add('me', text, true);
    const pending = add('bot', '正在查找……', true);
    try {
      const r = await fetch('/api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                           body: JSON.stringify({ text, user }) });
      const data = await r.json();
      pending.innerHTML = data.html || data.error || '出错了,请稍后再试。';
      pending.classList.add('answer');
    } catch (err) {
      pending.textContent = '连接失败,请稍后再试。';
    }
  });
