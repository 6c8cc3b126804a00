// Qingyang County deployment: Chinese (zh) is the default locale for every browser language
// other than English; English stays available. zh.json translates every label of en.json
// (LocalisationCompletenessTest keeps it so), so a Chinese user never sees an English label.
export default {
  app: {
    name: '监控中心',
    vendor: '青阳县民政局'
  },
  locales: {
    availableLocales: ['zh', 'en'],
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
  csrfCookieName: 'XSRF-TOKEN'
};
