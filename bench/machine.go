package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/unbind/unbind/steps/browser"
)

// machine describes where the figures come from.
type machine struct {
	cpus     int
	cpuModel string
	memory   string
	kernel   string
	chromium string
	goVer    string
	// chromiumPath is the headless shell's binary, which both sides of a
	// comparison drive.
	chromiumPath string
}

func describeMachine(chrome string) (machine, error) {
	path, err := browser.FindHeadlessChrome(chrome)
	if err != nil {
		return machine{}, err
	}
	version, err := exec.Command(path, "--version").Output()
	if err != nil {
		return machine{}, fmt.Errorf("asking %s for its version: %w", path, err)
	}
	kernel, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	return machine{
		cpus:     runtime.NumCPU(),
		cpuModel: procField("/proc/cpuinfo", "model name"),
		memory:   procField("/proc/meminfo", "MemTotal"),
		kernel:   strings.TrimSpace(string(kernel)),
		chromium: strings.TrimSpace(string(version)) + " (" + path + ")",
		goVer:    runtime.Version(),

		chromiumPath: path,
	}, nil
}

// procField is the value of the first "key: value" line of a /proc file.
func procField(file, key string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return "unknown"
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return "unknown"
}

// cpuTime is the CPU time this process and its waited-for children (a
// browser it started and stopped, with all its processes) have used.
func cpuTime() time.Duration {
	var self, children syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	tv := func(t syscall.Timeval) time.Duration { return time.Duration(t.Nano()) }
	return tv(self.Utime) + tv(self.Stime) + tv(children.Utime) + tv(children.Stime)
}

// loadAverage is the 1-minute load average of the machine, from
// /proc/loadavg: other work on it slows the suite down.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return "unknown"
	}
	return fields[0]
}

func (m machine) String() string {
	return fmt.Sprintf("%d CPUs (%s), %s memory, Linux %s, %s, %s", m.cpus, m.cpuModel, m.memory, m.kernel, m.chromium, m.goVer)
}
