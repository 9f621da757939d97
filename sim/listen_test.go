package sim_test

import (
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/simtest"
)

func TestListenServesHTTPAndHTTPSOnOnePort(t *testing.T) {
	s, srv := simtest.NewServer(t)
	if host, _, _ := net.SplitHostPort(srv.Addr()); host != "127.0.0.1" {
		t.Errorf("listening on %s, want loopback", srv.Addr())
	}
	client := srv.Client()
	cases := []struct {
		why, url, want string
		tls            bool // whether the page comes over TLS in the end
	}{
		{"plain http to the storefront moves to https", "http://www.aliexpress.com/", "My AliExpress", true},
		{"TLS to the wallet's direct link", "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", "Sign in to AliExpress", true},
		{"TLS to the help center", "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm", "How do I unbind my bank card?", true},
		{"plain http to the mobile site moves to https", "http://m.aliexpress.com/ru/index.htm", "AliExpress для телефона", true},
		{"the sim's own address stays plain http", "http://" + srv.Addr() + "/", "www.aliexpress.com", false},
	}
	for _, tc := range cases {
		res, err := client.Get(tc.url)
		if err != nil {
			t.Errorf("%s: %v", tc.why, err)
			continue
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !strings.Contains(string(body), tc.want) {
			t.Errorf("%s: %d, body lacks %q", tc.why, res.StatusCode, tc.want)
		}
		if (res.TLS != nil) != tc.tls {
			t.Errorf("%s: TLS = %v, want %v", tc.why, res.TLS != nil, tc.tls)
		}
	}
	_ = s
}

func TestCertificateCoversEveryHost(t *testing.T) {
	_, srv := simtest.NewServer(t)
	for _, host := range sim.Hosts() {
		conn, err := tls.DialWithDialer(&net.Dialer{Timeout: 5 * time.Second}, "tcp", srv.Addr(),
			&tls.Config{ServerName: host, RootCAs: srv.CertPool(), MinVersion: tls.VersionTLS12})
		if err != nil {
			t.Errorf("%s: %v", host, err)
			continue
		}
		conn.Close()
	}
}

func TestSilentConnectionDoesNotBlockOthers(t *testing.T) {
	_, srv := simtest.NewServer(t)
	silent, err := net.Dial("tcp", srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	res, err := srv.Client().Get("https://www.aliexpress.com/")
	if err != nil {
		t.Fatalf("a silent connection blocked the next one: %v", err)
	}
	res.Body.Close()
}

func TestCloseStopsTheServer(t *testing.T) {
	srv, err := sim.Listen("", sim.New(sim.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr()
	if err := srv.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if err := srv.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Error("the port still accepts connections after Close")
	}
	if _, err := http.Get("http://" + addr + "/"); err == nil {
		t.Error("the server still answers after Close")
	}
}
