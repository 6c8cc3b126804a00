// Qingyang County deployment: Chinese (zh) whatever the browser's language. zh.json translates
// every label of the shipped en.json (LocalisationCompletenessTest keeps it so when Camunda adds
// labels), so nothing falls back to a bare label key.
export default {
  app: {
    name: '监控中心',
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
  // 主动发现工作看板 on the dashboard (issue 5): figures from /api/oversight/dashboard, which
  // answers within the viewer's authorizations.
  // A user whose password an administrator set is sent to /account/password.html
  // (docs/security-accounts.md); the dashboard's list stays as it was.
  customScripts: ['scripts/discovery-dashboard.js'].concat(['../../../account/password-change-guard'])
};
