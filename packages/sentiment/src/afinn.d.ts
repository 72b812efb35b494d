// The `sentiment` package ships AFINN-165 as CommonJS without types.
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> };
  export default english;
}
