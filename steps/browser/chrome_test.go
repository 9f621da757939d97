package browser

import (
	"cmp"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindChrome(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binary := write("chromium-bin", "\x7fELF")
	wrapper := write("chromium-wrapper", "#!/bin/sh\nexec chromium-bin \"$@\"\n")
	real := write("real-chromium", "\x7fELF")
	notExec := filepath.Join(dir, "not-exec")
	if err := os.WriteFile(notExec, []byte("\x7fELF"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing")

	onPath := func(found map[string]string) func(string) (string, error) {
		return func(name string) (string, error) {
			if p, ok := found[name]; ok {
				return p, nil
			}
			return "", exec.ErrNotFound
		}
	}
	cases := []struct {
		name     string
		why      string
		headless bool // FindHeadlessChrome rather than FindChrome
		shell    string
		explicit string
		env      string
		path     map[string]string
		fallback string
		want     string
		wantErr  bool
	}{
		{name: "explicit", why: "--chrome PATH wins over everything", explicit: binary, env: real,
			path: map[string]string{"chromium": real}, fallback: real, want: binary},
		{name: "explicit missing", why: "a wrong --chrome is an error, not a silent fallback",
			explicit: missing, fallback: real, wantErr: true},
		{name: "explicit not executable", why: "a file that cannot run is no browser",
			explicit: notExec, fallback: real, wantErr: true},
		{name: "env", why: "UNBIND_CHROME comes before PATH", env: binary,
			path: map[string]string{"chromium": real}, fallback: real, want: binary},
		{name: "path order", why: "chromium is looked up before google-chrome",
			path: map[string]string{"google-chrome": real, "chromium": binary}, fallback: missing, want: binary},
		{name: "later name", why: "any of the known names will do",
			path: map[string]string{"headless_shell": binary}, fallback: missing, want: binary},
		{name: "wrapper replaced", why: "Debian's /usr/bin/chromium is a shell wrapper around the real binary",
			path: map[string]string{"chromium": wrapper}, fallback: real, want: real},
		{name: "wrapper kept", why: "a wrapper is used when the real binary is not there",
			path: map[string]string{"chromium": wrapper}, fallback: missing, want: wrapper},
		{name: "fallback", why: "/usr/lib/chromium/chromium is found off PATH", fallback: real, want: real},
		{name: "nothing", why: "no browser anywhere: the error says how to install one", fallback: missing, wantErr: true},
		{name: "windowed run skips the shell", why: "a headless shell cannot show a window",
			path: map[string]string{"chromium": binary, "chromium-headless-shell": real}, fallback: missing, shell: real, want: binary},
		{name: "headless shell on PATH", why: "a windowless run prefers the headless shell", headless: true,
			path: map[string]string{"chromium": binary, "chrome-headless-shell": real}, fallback: binary, shell: missing, want: real},
		{name: "headless shell wrapper", why: "Debian's /usr/bin/chromium-headless-shell wraps the real binary", headless: true,
			path: map[string]string{"chromium-headless-shell": wrapper}, fallback: binary, shell: real, want: real},
		{name: "headless shell off PATH", why: "Debian's package puts the binary in /usr/lib/chromium", headless: true,
			path: map[string]string{"chromium": binary}, fallback: binary, shell: real, want: real},
		{name: "headless without a shell", why: "with no headless shell the full browser runs headless", headless: true,
			path: map[string]string{"chromium": binary}, fallback: missing, shell: missing, want: binary},
		{name: "headless env", why: "UNBIND_CHROME wins over the headless shell", headless: true, env: binary,
			path: map[string]string{"chromium-headless-shell": real}, fallback: missing, shell: real, want: binary},
		{name: "headless explicit", why: "--chrome wins over the headless shell", headless: true, explicit: binary,
			fallback: missing, shell: real, want: binary},
		{name: "headless nothing", why: "no browser of either kind: the error says how to install one", headless: true,
			fallback: missing, shell: missing, wantErr: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := finder{
				getenv:        func(k string) string { return map[string]string{ChromeEnv: c.env}[k] },
				lookPath:      onPath(c.path),
				names:         defaultFinder().names,
				fallback:      c.fallback,
				shellNames:    defaultFinder().shellNames,
				shellFallback: cmp.Or(c.shell, missing),
				isWrapper:     isShellScript,
			}
			find := f.find
			if c.headless {
				find = f.findHeadless
			}
			got, err := find(c.explicit)
			if c.wantErr {
				if !errors.Is(err, ErrNoChrome) || !strings.Contains(err.Error(), installHint) {
					t.Fatalf("find = %q, %v; want ErrNoChrome with the install hint (%s)", got, err, c.why)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("find = %q, %v; want %q (%s)", got, err, c.want, c.why)
			}
		})
	}
}

func TestHostResolverRules(t *testing.T) {
	cases := []struct {
		name string
		why  string
		m    map[string]string
		want string
	}{
		{"empty", "with no map every host but loopback fails to resolve", nil,
			"MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"},
		{"sorted", "the rules are sorted by host so the command line is stable",
			map[string]string{"intl.alipay.com": "127.0.0.1:8443", "*.aliexpress.com": "127.0.0.1:8080"},
			"MAP *.aliexpress.com 127.0.0.1:8080, MAP intl.alipay.com 127.0.0.1:8443, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := HostResolverRules(c.m); got != c.want {
				t.Errorf("HostResolverRules = %q, want %q (%s)", got, c.want, c.why)
			}
		})
	}
}
