package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// versusOptions say how to race unbind against the Playwright peer.
type versusOptions struct {
	unbind string   // the unbind binary
	peer   string   // the peer's folder, bench/playwright
	pairs  int      // runs of each, alternated
	chrome string   // the headless shell both drive
	paths  []string // the feature files unbind runs (the peer ports them)
}

// command is the command line that reproduces the comparison.
func (o versusOptions) command() string {
	return fmt.Sprintf("go run ./bench -peer %s -unbind %s -pairs %d %s", o.peer, o.unbind, o.pairs, strings.Join(o.paths, " "))
}

// process is what one run of a whole command measured.
type process struct {
	wall time.Duration
	cpu  time.Duration // the command and every process it waited for, and the sim's share
	load string        // the machine's 1-minute load average when it ended
}

// served is a running `unbind serve`: its address, token and host rules.
type served struct {
	cmd   *exec.Cmd
	addr  string
	token string
	rules string
}

var (
	servingLine = regexp.MustCompile(`^Simulated sites on (\S+) `)
	rulesFlag   = regexp.MustCompile(`--host-resolver-rules='([^']+)'`)
)

// serve starts `unbind serve` on a free loopback port and reads its
// address and host rules from what it prints.
func serve(ctx context.Context, unbind string) (*served, error) {
	tok := make([]byte, 16)
	_, _ = rand.Read(tok)
	s := &served{token: hex.EncodeToString(tok)}
	s.cmd = exec.CommandContext(ctx, unbind, "serve", "--addr", "127.0.0.1:0", "--token", s.token)
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s serve: %w", unbind, err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && (s.addr == "" || s.rules == "") {
		if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
			s.addr = m[1]
		}
		if m := rulesFlag.FindStringSubmatch(sc.Text()); m != nil {
			s.rules = m[1]
		}
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	if s.addr == "" || s.rules == "" {
		s.stop()
		return nil, errors.New("unbind serve printed no address or host rules")
	}
	return s, nil
}

func (s *served) stop() {
	_ = s.cmd.Process.Signal(os.Interrupt)
	_ = s.cmd.Wait()
}

// cpu is the CPU time the sim process has used so far, from /proc.
func (s *served) cpu() time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command's name in parentheses: utime is the 14th
	// field of the line, stime the 15th, in clock ticks (100 a second).
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// timed runs a command to its end and measures its wall time and the CPU
// time of it and of every process it started, those that outlived their
// parent included (adopted and reaped here, up to a few seconds after it
// ended); keep is the sim's process, which goes on running.
func timed(cmd *exec.Cmd, log io.Writer, keep int) (process, error) {
	cmd.Stdout, cmd.Stderr = log, log
	before := childrenCPU()
	start := time.Now()
	err := cmd.Run()
	p := process{wall: time.Since(start), load: loadAverage()}
	reapOrphans(keep, 5*time.Second)
	p.cpu = childrenCPU() - before
	return p, err
}

// childrenCPU is the CPU time of every child of this process reaped so far.
func childrenCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// versus runs unbind and the peer o.pairs times each, alternating which
// goes first, against one `unbind serve` for the peer (unbind runs its
// embedded sim, whose CPU is its own), and returns both series.
func versus(ctx context.Context, o versusOptions, progress io.Writer) (unbindRuns, peerRuns []process, err error) {
	if err := adoptOrphans(); err != nil {
		return nil, nil, fmt.Errorf("adopting the processes runs leave behind, to count their CPU: %w", err)
	}
	srv, err := serve(ctx, o.unbind)
	if err != nil {
		return nil, nil, err
	}
	defer srv.stop()
	logDir, err := os.MkdirTemp("", "unbind-bench-")
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(progress, "bench: sim on %s; logs and reports in %s\n", srv.addr, logDir)
	for i := range o.pairs {
		order := []string{"unbind", "playwright"}
		if i%2 == 1 {
			order[0], order[1] = order[1], order[0]
		}
		for _, who := range order {
			p, err := o.runOne(ctx, who, srv, filepath.Join(logDir, fmt.Sprintf("%s-%d", who, i+1)))
			fmt.Fprintf(progress, "bench: pair %d, %-10s wall %6.1f s, CPU %6.1f s, load %s\n", i+1, who, p.wall.Seconds(), p.cpu.Seconds(), p.load)
			if err != nil {
				return nil, nil, fmt.Errorf("%s, pair %d: %w (its log: %s.log)", who, i+1, err, filepath.Join(logDir, fmt.Sprintf("%s-%d", who, i+1)))
			}
			if who == "unbind" {
				unbindRuns = append(unbindRuns, p)
			} else {
				peerRuns = append(peerRuns, p)
			}
		}
	}
	return unbindRuns, peerRuns, nil
}

// runOne runs one of the two once; base names its log (and unbind's
// reports folder).
func (o versusOptions) runOne(ctx context.Context, who string, srv *served, base string) (process, error) {
	log, err := os.Create(base + ".log")
	if err != nil {
		return process{}, err
	}
	defer log.Close()
	if who == "unbind" {
		args := append([]string{"run", "--format", "progress", "--chrome", o.chrome, "--out", base}, o.paths...)
		return timed(exec.CommandContext(ctx, o.unbind, args...), log, srv.cmd.Process.Pid)
	}
	// The peer's spec file of each feature file: p01_x.feature is
	// tests/p01_x.spec.ts.
	var specs []string
	for _, f := range o.paths {
		specs = append(specs, strings.TrimSuffix(filepath.Base(f), ".feature")+".spec.ts")
	}
	cmd := exec.CommandContext(ctx, filepath.Join("scripts", "bench-playwright.sh"), specs...)
	cmd.Env = append(os.Environ(),
		"UNBIND_SIM_ADDR="+srv.addr, "UNBIND_ADMIN_TOKEN="+srv.token,
		"UNBIND_HOST_RULES="+srv.rules, "UNBIND_CHROME="+o.chrome)
	before := srv.cpu()
	p, err := timed(cmd, log, srv.cmd.Process.Pid)
	p.cpu += srv.cpu() - before
	return p, err
}

// printVersus prints both series, their medians and the ratios.
func printVersus(w io.Writer, o versusOptions, m machine, u, p []process) {
	fmt.Fprintf(w, "\nCommand: `%s` (`make bench`)\n", o.command())
	fmt.Fprintf(w, "Machine: %s\n", m)
	fmt.Fprintf(w, "Runs: %d of each, alternated; CPU counts every process of a run (and for the peer the sim's share)\n\n", o.pairs)
	fmt.Fprintln(w, "| | unbind | Playwright Test | unbind / Playwright |")
	fmt.Fprintln(w, "|---|---|---|---|")
	walls := func(ps []process, f func(process) time.Duration) []time.Duration {
		out := make([]time.Duration, len(ps))
		for i, x := range ps {
			out[i] = f(x)
		}
		return out
	}
	for _, r := range []struct {
		name string
		f    func(process) time.Duration
	}{{"wall, median", func(x process) time.Duration { return x.wall }}, {"CPU, all processes, median", func(x process) time.Duration { return x.cpu }}} {
		mu, mp := median(walls(u, r.f)), median(walls(p, r.f))
		fmt.Fprintf(w, "| %s (runs) | %.1f s (%s) | %.1f s (%s) | **%.2f** |\n", r.name,
			mu.Seconds(), seconds(walls(u, r.f)), mp.Seconds(), seconds(walls(p, r.f)), mu.Seconds()/mp.Seconds())
	}
	loads := make([]string, 0, len(u)+len(p))
	for i := range u {
		loads = append(loads, u[i].load, p[i].load)
	}
	fmt.Fprintf(w, "\nLoad average at the end of each run: %s\n", strings.Join(loads, ", "))
}

func seconds(ds []time.Duration) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = fmt.Sprintf("%.1f", d.Seconds())
	}
	return strings.Join(s, ", ")
}
