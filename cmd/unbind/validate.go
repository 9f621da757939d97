package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"time"
)

// maxConcurrency is the most scenarios --concurrency runs at once. Each
// holds a browser context of its own with its renderer process (about 130 MB
// in the headless shell) and a sim world, and beyond a few per CPU they only
// wait on each other: on 2 CPUs the suite is no faster at 3 than at 2. 64
// leaves room for a big machine or a remote browser pool while keeping a
// typo like 1000 from starting a thousand contexts.
const maxConcurrency = 64

// check refuses, before anything starts, every flag value the run could not
// honour.
func (o runOptions) check() error {
	b := o.Launch.Browser
	return errors.Join(
		checkConcurrency(o.Concurrency),
		checkDeadline("--step-timeout", b.StepTimeout),
		checkDeadline("--start-timeout", b.StartTimeout),
		checkSimAddr(o.Launch.SimAddr),
		checkChrome(b.ExecPath),
		checkRemote(b.RemoteURL),
		checkDocs(o.docs),
	)
}

func checkConcurrency(n int) error {
	if n < 1 || n > maxConcurrency {
		return fmt.Errorf("--concurrency %d: want 1 to %d scenarios at once (each holds a browser context and its renderer process, about 130 MB; more than a few per CPU only wait on each other, and this machine has %d)", n, maxConcurrency, runtime.NumCPU())
	}
	return nil
}

func checkDeadline(flag string, d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("%s %v: want a deadline above zero, like 10s", flag, d)
	}
	return nil
}

func checkSimAddr(addr string) error {
	if addr == "" {
		return nil
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("--sim-addr %q: want host:port, like 127.0.0.1:8080: %w", addr, err)
	}
	return nil
}

func checkChrome(path string) error {
	if path == "" {
		return nil
	}
	if _, err := exec.LookPath(path); err != nil {
		return fmt.Errorf("--chrome %q: not a program that can be run: %w", path, err)
	}
	return nil
}

func checkRemote(remote string) error {
	if remote == "" {
		return nil
	}
	u, err := url.Parse(remote)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") || u.Host == "" {
		return fmt.Errorf("--browser %q: want a DevTools websocket URL, like ws://127.0.0.1:9222/devtools/browser/ID", remote)
	}
	return nil
}

// docsFlag adds --docs: the folder of the articles scenarios cite. There
// is none by default: a project names its own, in unbind.yaml.
func docsFlag(fs *flag.FlagSet, docs *string) {
	fs.StringVar(docs, "docs", "", "folder of the articles the scenarios cite; the HTML report quotes the cited lines (none by default; unbind.yaml names it, relative to itself)")
}

func checkDocs(docs string) error {
	if docs == "" {
		return nil
	}
	if fi, err := os.Stat(docs); err != nil || !fi.IsDir() {
		return fmt.Errorf("--docs %s is not a folder of articles", docs)
	}
	return nil
}
