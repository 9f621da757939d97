package doccheck

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
)

// sentForms are the forms a reader sends to reach the pages behind them,
// by the path they are sent to: registering a wallet (e-mail, security,
// personal data) and asking for a new password; a reader with an account
// also signs in where the wallet asks (its own /login.htm). Each is sent once a
// crawl.
var sentForms = []string{"/register/email.htm", "/register/security.htm", "/register/identity.htm", "/password/forgot.htm"}

// forms are the requests that send the page's forms of sentForms, filled
// in as a reader fills them.
func (cr *crawler) forms(doc *goquery.Document, page *url.URL) []*http.Request {
	var out []*http.Request
	doc.Find("form").Each(func(_ int, f *goquery.Selection) {
		action, err := page.Parse(f.AttrOr("action", page.Path))
		signIn := action.Host == sim.HostWallet && action.Path == "/login.htm" && cr.buyer != nil
		if err != nil || !strings.EqualFold(f.AttrOr("method", "get"), "post") ||
			!(signIn || slices.Contains(sentForms, action.Path)) || cr.sent[action.Host+action.Path] {
			return
		}
		cr.sent[action.Host+action.Path] = true
		values := cr.fill(f)
		if signIn {
			values.Set("email", cr.buyer.Email)
			values.Set("password", cr.buyer.Password)
		}
		req, err := http.NewRequest(http.MethodPost, action.String(), strings.NewReader(values.Encode()))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		out = append(out, req)
	})
	return out
}

// fill is what a reader puts in a form: what it holds already (the
// hidden fields, a pre-filled e-mail), the captcha's answer, a payment
// password the wallet takes, a different question in each list, and a
// plausible value in every other empty field.
func (cr *crawler) fill(f *goquery.Selection) url.Values {
	v := url.Values{}
	f.Find("input[name]").Each(func(_ int, in *goquery.Selection) {
		name, typ := in.AttrOr("name", ""), in.AttrOr("type", "text")
		if (typ == "checkbox" || typ == "radio") && !in.Is("[checked]") {
			return
		}
		value := in.AttrOr("value", "")
		if value == "" {
			value = cr.answer(name, typ)
		}
		v.Set(name, value)
	})
	f.Find("select[name]").Each(func(i int, sel *goquery.Selection) {
		var options []string
		sel.Find("option").Each(func(_ int, o *goquery.Selection) {
			if val := o.AttrOr("value", o.Text()); val != "" {
				options = append(options, val)
			}
		})
		if len(options) > 0 {
			v.Set(sel.AttrOr("name", ""), options[i%len(options)])
		}
	})
	return v
}

// answer is a value for an empty field, by its name and type.
func (cr *crawler) answer(name, typ string) string {
	switch n := strings.ToLower(name); {
	case strings.Contains(n, "captcha"):
		return cr.w.CaptchaAnswer()
	case typ == "password" || strings.Contains(n, "password") || n == "confirm":
		return "804613"
	case typ == "email" || strings.Contains(n, "email"):
		return "reader@example.com"
	case strings.Contains(n, "birth"):
		return "01.02.1990"
	case typ == "tel" || strings.Contains(n, "phone"):
		return "+62 812 0000 0003"
	case strings.Contains(n, "number"):
		return "AB1234567"
	}
	return "Reader " + name
}
