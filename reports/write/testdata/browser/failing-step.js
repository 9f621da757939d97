// What a reader of the report sees of the first failing step: its
// screenshot once loaded, and the article passages of its scenario and of
// the list of steps that no longer work.
(async () => {
  const step = document.querySelector('details.scenario[open] li.step.failing');
  if (!step) {
    return { problem: 'no failing step in an unfolded scenario' };
  }
  const img = step.querySelector('figure.shot img');
  if (!img) {
    return { problem: 'the failing step shows no screenshot', step: step.innerText };
  }
  if (!img.complete) {
    await new Promise((loaded, failed) => {
      img.addEventListener('load', loaded);
      img.addEventListener('error', failed);
    });
  }
  const quote = step.closest('details.scenario').querySelector('blockquote[lang="ru"]');
  const problemQuote = document.querySelector('.problem blockquote[lang="ru"]');
  return {
    step: step.innerText,
    imageWidth: img.naturalWidth,
    imageHeight: img.naturalHeight,
    imageShown: img.checkVisibility() && img.getBoundingClientRect().width > 0,
    quote: quote ? quote.innerText : '',
    quoteShown: quote ? quote.checkVisibility() : false,
    problemQuote: problemQuote ? problemQuote.innerText : '',
    problemQuoteShown: problemQuote ? problemQuote.checkVisibility() : false,
  };
})()
