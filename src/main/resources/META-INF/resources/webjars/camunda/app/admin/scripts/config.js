// Qingyang County deployment: Chinese (zh) whatever the browser's language. zh.json translates
// every label of the shipped en.json (LocalisationCompletenessTest keeps it so when Camunda adds
// labels), so nothing falls back to a bare label key.
export default {
  app: {
    name: '系统管理',
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
  // A user whose password an administrator set is sent to /account/password.html (docs/security-accounts.md).
  customScripts: ['../../../account/password-change-guard']
};
