// Camunda Forms in Tasklist are drawn by form-js, whose validation messages and a few
// placeholders are English only, with no way to translate them in 7.24 ("Field is required.",
// "Select", "Search", "No results"). A caseworker must read every message in Chinese, so this
// module (loaded through customScripts in config.js) translates them in the page as form-js
// draws them. It touches only form-js's own elements (.fjs-container) and only these fixed
// English texts; everything our forms say is Chinese already.

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `最多填写 ${m[1]} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确，请按本项下方的说明填写。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\./, () => '请填写有效的电话号码（如 +8613900001234）。'],
  [/^Date and time must both be entered\.$/, () => '日期和时间都须填写。'],
  [/^Date must match pattern yyyy-MM-dd$/, () => '日期格式应为 年-月-日（如 2026-11-29）。'],
  [/^Select$/, () => '请选择'],
  [/^No results$/, () => '没有匹配的选项'],
  [/^Nothing to show\.$/, () => '暂无内容。'],
  // the repeatable groups (dynamiclist) of a form, such as a household's members
  [/^Add new$/, () => '添加一项'],
  [/^Collapse$/, () => '收起'],
  [/^Expand all \((\d+)\)$/, (m) => `展开全部（${m[1]} 项）`]
];

const PLACEHOLDERS = {Search: '搜索', Select: '请选择'};

export function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function translateTree(node) {
  const root = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  if (!root || !(root.closest('.fjs-container') || root.querySelector('.fjs-container'))) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[A-Za-z]/.test(node.data) && node.parentElement && node.parentElement.closest('.fjs-container')) {
      const chinese = translate(node.data);
      if (chinese !== null) {
        node.data = chinese;
      }
    }
  }
  root.querySelectorAll('.fjs-container .fjs-repeat-row-remove[aria-label]').forEach((button) => {
    const match = button.getAttribute('aria-label').match(/^Remove list item (\d+)$/);
    if (match) {
      button.setAttribute('aria-label', `删除第 ${match[1]} 项`);
      button.setAttribute('title', `删除第 ${match[1]} 项`);
    }
  });
  root.querySelectorAll('.fjs-container [placeholder]').forEach((input) => {
    const chinese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (chinese) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateTree);
    } else {
      translateTree(mutation.target); // characterData: a text node; attributes: a placeholder
    }
  }
});

observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});
translateTree(document.body);
