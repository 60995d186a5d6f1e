Bugsnag.start({ apiKey: 'x' })
const bugsnagKey = '7491aaab783093a3939347527a217ec5'
