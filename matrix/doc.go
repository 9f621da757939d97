// Package matrix answers an article's writer when the site changes: which
// articles still hold, under which versions of the site, and where each one
// breaks. It runs the article features (features/articles) once under each
// site profile (the versions of the site the articles describe, and none),
// through the same run as unbind run, and sums the record up as a table of
// articles by profiles: a cell passed, or the first documented step that
// broke, with the article line it stands for, the label it was written
// with and the error.
package matrix
