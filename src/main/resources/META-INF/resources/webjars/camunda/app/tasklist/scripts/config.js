// Qingyang County deployment: Chinese (zh) whatever the browser's language. zh.json translates
// every label of the shipped en.json (LocalisationCompletenessTest keeps it so when Camunda adds
// labels), so nothing falls back to a bare label key.
export default {
  app: {
    name: '任务办理',
    vendor: '青阳县民政局'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  // form-js's own English messages and placeholders, translated (scripts/form-js-zh.js); the task
  // view's 案件档案 tab with the "查看完整号码" action (scripts/case-file-tab.js); a user whose
  // password an administrator set is sent to /account/password.html (docs/security-accounts.md);
  // 完成 not left disabled by form-js's dynamic-list error bug (scripts/dynamic-list-complete.js)
  customScripts: ['scripts/form-js-zh.js', 'scripts/case-file-tab.js', '../../../account/password-change-guard',
    'scripts/dynamic-list-complete.js'],
  csrfCookieName: 'XSRF-TOKEN',
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '将焦点移到过滤器列表的第一项'},
    focusList: {key: 'ctrl+alt+l', description: '将焦点移到任务列表的第一项'},
    focusForm: {key: 'ctrl+alt+f', description: '将焦点移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“发起流程”对话框'}
  }
};
