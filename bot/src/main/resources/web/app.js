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
  async function post(path, body) {
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                  body: JSON.stringify(body) });
    return r.json();
  }
  // 👍/👎 under an answer to the reader's question; the reply to the vote takes their place
  function verdictButtons(answer, question) {
    const bar = document.createElement('div');
    bar.className = 'verdict';
    for (const [helpful, label] of [[true, '👍 有帮助'], [false, '👎 没帮上']]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = helpful ? 'up' : 'down';
      b.textContent = label;
      b.addEventListener('click', async () => {
        bar.querySelectorAll('button').forEach((x) => { x.disabled = true; });
        try {
          const data = await post('/api/verdict', { question, helpful, user });
          bar.textContent = data.text || data.error || '评价没有记下,请稍后再试。';
        } catch (err) {
          bar.textContent = '连接失败,评价没有记下。';
        }
        bar.classList.add('done');
      });
      bar.appendChild(b);
    }
    answer.appendChild(bar);
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
      const data = await post('/api/chat', { text, user });
      pending.innerHTML = data.html || data.error || '出错了,请稍后再试。';
      pending.classList.add('answer');
      if (data.question) verdictButtons(pending, data.question);
    } catch (err) {
      pending.textContent = '连接失败,请稍后再试。';
    }
  });
