// Qingyang County deployment: Chinese (zh) whatever the browser's language. zh.json translates
// every label of the shipped en.json (LocalisationCompletenessTest keeps it so when Camunda adds
// labels), so nothing falls back to a bare label key.
export default {
  app: {
    name: '首页',
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
  csrfCookieName: 'XSRF-TOKEN',
  // Our own pages, on the welcome page's list of links (issue 16: the yearly holiday step).
  links: [
    {label: '节假日安排', href: '/calendar/index.html', description: '录入或上传每年国务院办公厅发布的放假安排（办理期限按工作日推算）'},
    {label: '一户一档', href: '/household/index.html', description: '按姓名、身份证号或案件编号查看家庭档案'}
  ],
  // A user whose password an administrator set is sent to /account/password.html (docs/security-accounts.md).
  customScripts: ['../../../account/password-change-guard']
};
