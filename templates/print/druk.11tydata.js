// The print edition exists only when the site stage passes the global `print` (scripts/site/print-view.ts).
// The PDF stage prints /druk/ and then deletes it, so it is never published; it is no collection item either.
export default {
  eleventyExcludeFromCollections: true,
  eleventyComputed: {
    permalink: (data) => (data.print ? '/druk/index.html' : false),
  },
};
