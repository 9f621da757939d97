// Package site renders the simulated sites: the storefront
// (www.aliexpress.com), its sign-in and single sign-on (login.aliexpress.com),
// the help center (helppage.aliexpress.com), the mobile site and the mobile
// app (m.aliexpress.com), the wallet (intl.alipay.com) and a test webmail
// with a phone's SMS (mail.example.com). It routes by Host; the world a request belongs to is
// chosen by the caller and passed in.
//
// Pages are server-rendered html/template files with one stylesheet and one
// small script (drop-down, pop-up, native confirm, the mobile menu), all
// embedded. Every string comes from the catalog in the request's locale.
package site
