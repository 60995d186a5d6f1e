// Package dtapp reviews Dynatrace app projects (the dt-app App Toolkit)
// for the guidance beyond secrets that Dynatrace gives and a scanner can
// check statically (research notes, section 7):
//
//   - least privilege: code under api/, ui/ and actions/ that calls an
//     @dynatrace-sdk client needs the call's scope declared
//     (RuleMissingScope), and a declared write, delete or admin scope (or
//     app-engine:apps:install) that no call in the project needs is raised
//     for review (RuleUnusedPrivilegedScope);
//   - every scope carries the justification Dynatrace asks for in its
//     comment (RuleScopeWithoutComment);
//   - build.sourceMaps true or 'all' ships the original source with the app
//     (RuleSourceMapsShipped).
//
// A project is a folder holding app.config.json with app.id, or
// app.config.{js,ts,cts} (read as text: it is code). Findings are placed at
// the exact line and column of the scope (or call) they are about. They
// hold no secret: the scope name stands in its place, so that the
// fingerprint is stable and a baseline or ignore entry can name it.
//
// The calls known (see sdkClients) are those of the common SDK clients;
// calls through fetch() or through clients not in the table are not seen,
// which is why unused scopes are raised for review and not as errors.
package dtapp
